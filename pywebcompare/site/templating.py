"""The Jinja environment: built once per process, each template compiled once.

Autoescaping is on, so text from data files is always escaped; only http(s) links pass safe_url.
"""

from __future__ import annotations

import functools
import re

from jinja2 import Environment, FileSystemBytecodeCache, FileSystemLoader, StrictUndefined
from markupsafe import Markup, escape

from pywebcompare import ROOT, cache_dir
from pywebcompare.data.vocab import (
    ASYNC_SHORT,
    EVIDENCE,
    FACTS,
    HEALTH,
    KINDS,
    SINCE_DIFFERS,
    SUPPORT,
    SUPPORT_SHORT,
    VERDICTS,
    WEIGHTS,
)
from pywebcompare.evidence import examples, since, speed
from pywebcompare.evidence.index import DORMANT_MONTHS, HEALTH_RULE
from pywebcompare.site import behaviour, guides
from pywebcompare.site.compare import by_support, cell_key, fact_text, sort_value
from pywebcompare.site.urls import MATRIX_NOTES, PAIR_URL_PATTERN, framework_file, pair_id, pair_url, safe_url


def code_spans(text: str) -> Markup:
    """A data sentence with its `backticked` parts as code; the whole text is escaped first."""
    return Markup(re.sub(r"`([^`]+)`", r"<code>\1</code>", str(escape(text))))


_DICT_ATTRS = frozenset(dir(dict))


class _DataEnvironment(Environment):
    """Looks `x.name` up in a plain dict as its key first. Jinja tries the attribute first, which for
    the data's dicts raises and catches an AttributeError on every lookup (most of a page's drawing
    time). A name that is not a dict attribute gives exactly what Jinja would give, only sooner."""

    def getattr(self, obj, attribute):
        if type(obj) is dict and attribute not in _DICT_ATTRS:
            try:
                return obj[attribute]
            except KeyError:
                return self.undefined(obj=obj, name=attribute)
        return super().getattr(obj, attribute)


@functools.cache
def environment() -> Environment:
    compiled = cache_dir("jinja")  # each template's compiled code, keyed by a checksum of its source
    env = _DataEnvironment(
        loader=FileSystemLoader(ROOT / "templates"),
        bytecode_cache=FileSystemBytecodeCache(str(compiled)) if compiled else None,
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(safe_url=safe_url, fact_text=fact_text, code_spans=code_spans)
    env.globals.update(
        SUPPORT=SUPPORT,
        SUPPORT_SHORT=SUPPORT_SHORT,
        ASYNC_SHORT=ASYNC_SHORT,
        sort_value=sort_value,
        cell_key=cell_key,
        FACTS=FACTS,
        NOTES_URL=MATRIX_NOTES,
        EVIDENCE=EVIDENCE,
        WEIGHTS=WEIGHTS,
        VERDICTS=VERDICTS,
        KINDS=KINDS,
        HEALTH=HEALTH,
        HEALTH_RULE=HEALTH_RULE,
        DORMANT_MONTHS=DORMANT_MONTHS,
        pair_id=pair_id,
        pair_url=pair_url,
        PAIR_URL_PATTERN=PAIR_URL_PATTERN,
        framework_file=framework_file,
        by_support=by_support,
        gaps=guides.gaps,
        speed_pair=speed.pair,
        tasks_for_feature=examples.tasks_for_feature,
        tested_task=examples.tested_task,
        since_check=examples.since_check,
        since_found=lambda data, fid, feature: since.found(data.since, fid, feature),
        since_how=since.how,
        since_contradiction=since.contradiction,
        since_explained=since.explained,
        SINCE_DIFFERS=SINCE_DIFFERS,
        LONG_CODE=examples.LONG,
        place_label=guides.place_label,
        leaders=guides.leaders,
        tie_words=guides.tie_words,
        behaviour_cell=behaviour.cell,
    )
    return env


PRE = re.compile(r"(<pre\b.*?</pre>)", re.S)


def render(template: str, **context) -> str:
    text = environment().get_template(template).render(**context)
    # A blank line would end an HTML block in Markdown; templates never need one inside HTML. Code in a
    # <pre> keeps its blank lines (highlighted code has a <span> after them).
    return "".join(
        part if part.startswith("<pre") else re.sub(r"\n\s*\n(?=\s*<)", "\n", part) for part in PRE.split(text)
    )
