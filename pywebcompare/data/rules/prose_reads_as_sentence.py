"""Prose reads as full sentences, so a note cut short shows up: an unquoted ` #` in YAML starts a
comment and silently drops the rest of the line."""

import re

from pywebcompare.data.rules._walk import leaves

NAME = "prose-reads-as-sentence"
DESCRIPTION = "Notes, summaries, uses, explanations and other prose start like a sentence and end with . ! or ?"
PROSE = {"note", "summary", "use", "explanation", "why", "text", "situation", "claim"}
ENDS = re.compile(r"[.!?][\"'”’)\]]*$")  # a full stop, perhaps inside a closing quote or bracket
OPENERS = "\"'“‘([`"
CODE = re.compile(r"[._()=/-]")  # a first word such as app.static(), use_cors or django-admin


def starts_well(text: str, names: set[str]) -> bool:
    first = text.split()[0].rstrip(",:;").removesuffix("'s")  # a name or its possessive
    return text[0].isupper() or text[0].isdigit() or text[0] in OPENERS or bool(CODE.search(first)) or first in names


def check(files, today):
    names = files.framework_ids  # a sentence may start with a lower-case project name: aiohttp, quart
    for loaded in files.hand_written():
        for path, value in leaves(loaded):
            if not (isinstance(value, str) and path and path[-1] in PROSE):
                continue
            text = value.strip()
            if not text:
                continue
            if not ENDS.search(text):
                yield (
                    loaded,
                    path,
                    f"the {path[-1]} stops without a full stop: …{text[-40:]!r}",
                    "expected a full sentence ending with . ! or ?; text after an unquoted ` #` is read as a "
                    "YAML comment and dropped, so put the whole text in quotes",
                )
            elif not starts_well(text, names):
                yield (
                    loaded,
                    path,
                    f"the {path[-1]} does not start like a sentence: {text[:40]!r}…",
                    "expected a capital letter, a digit, a quote, or a name or code word at the start",
                )
