"""The contributor docs name only things that exist: every repository path, module, link and command in
README.md, CONTRIBUTING.md and contributing/*.md.

- a path is inline code holding a `/` or a file name with an extension; it is read from the repository
  root (a bare file name may sit anywhere in it), and each placeholder such as <id> or <task> is a glob
  that must match at least one real file;
- a module is inline code naming `pywebcompare.<...>`;
- a relative Markdown link must reach a file, and its #anchor a heading of that file;
- `python3 dev.py X` must be a command of dev.py's dispatcher; `python -m pywebcompare X` one of
  pywebcompare/cli.py COMMANDS, with only the options that command takes.
"""

from __future__ import annotations

import ast
import importlib.util
import json
import os
import re
from pathlib import Path

import pytest
from support import ROOT

from pywebcompare.cli import COMMANDS
from pywebcompare.data.dataset import KINDS

DOCS = [
    "README.md",
    "CONTRIBUTING.md",
    *sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "contributing").glob("*.md")),
]
# Folders the docs name that the tools make on first use; each must be ignored by git (.gitignore).
MADE_BY_TOOLS = {".venv", ".venv-examples", ".cache", "site", "shots", "node_modules", "mutants"}
SKIP_DIRS = {".git", "__pycache__", "node_modules"}
EXTENSIONS = "py|yaml|yml|json|md|txt|in|j2|js|css|toml|cfg|ini|lua|svg|html|xml|lock|csv"
FENCE = re.compile(r"^```.*?^```", re.M | re.S)
INLINE = re.compile(r"`([^`\n]+)`")
FILE_NAME = re.compile(rf"^[\w.*<>-]+\.(?:{EXTENSIONS})$")
PLACEHOLDER = re.compile(r"<[^<>/]+>")
MODULE = re.compile(r"^pywebcompare(?:\.\w+)+$")
LINK = re.compile(r"\]\(([^)\s]+)\)")
DEV = re.compile(r"python3? dev\.py ([^\s`|]+)")
CLI = re.compile(r"(?:python3?|\.venv/bin/python) -m pywebcompare ([^\s`|]+)((?:[ \t]+[^`\n|#]*)?)")
RUN_MODULE = re.compile(r"(?:python3?|\.venv/bin/python) -m (pywebcompare\.[\w.]+)")


def repo_files(root: Path = ROOT) -> list[str]:
    """Every file and folder of the project (as posix paths, folders with a trailing /), tool-made folders aside."""
    out = []
    for here, dirs, files in os.walk(root):
        rel = Path(here).relative_to(root).as_posix()
        made = MADE_BY_TOOLS if rel == "." else set()
        dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS | made and not d.startswith(".venv"))
        prefix = "" if rel == "." else rel + "/"
        out += [prefix + d + "/" for d in dirs] + [prefix + f for f in files]
    return out


def _glob_re(pattern: str) -> re.Pattern:
    """A doc path with placeholders and * as a regex over repo_files(): each matches within one folder."""
    parts = re.split(r"(<[^<>/]+>|\*)", pattern)
    return re.compile("".join("[^/]+" if p and (p == "*" or PLACEHOLDER.fullmatch(p)) else re.escape(p) for p in parts))


def path_exists(path: str, files: list[str]) -> bool:
    """A path from the root, or a bare name (no / but a trailing one) matching the last part of any path."""
    if path.split("/", 1)[0] in MADE_BY_TOOLS:
        return True
    wanted = _glob_re(path.rstrip("/") + "/" if path.endswith("/") else path)
    if "/" not in path.rstrip("/"):
        return any(wanted.fullmatch(f.rstrip("/").rsplit("/", 1)[-1] + "/" * f.endswith("/")) for f in files)
    return any(wanted.fullmatch(f) or wanted.fullmatch(f.rstrip("/")) for f in files)


def module_exists(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except ModuleNotFoundError:
        return False


def dev_commands(root: Path = ROOT) -> set[str]:
    """The commands of dev.py's dispatcher: every `command == "x"` in its main()."""
    tree = ast.parse((root / "dev.py").read_text())
    main = next(n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "main")
    return {
        node.comparators[0].value
        for node in ast.walk(main)
        if isinstance(node, ast.Compare)
        and isinstance(node.left, ast.Name)
        and node.left.id == "command"
        and isinstance(node.comparators[0], ast.Constant)
    }


def headings(text: str) -> set[str]:
    """GitHub's anchors of a Markdown file's headings."""
    out = set()
    for line in FENCE.sub("", text).splitlines():
        if m := re.match(r"#{1,6}\s+(.*)", line):
            slug = re.sub(r"[^\w\- ]", "", m.group(1).strip().lower().replace("`", "")).replace(" ", "-")
            out.add(slug)
    return out


def problems_in(name: str, text: str, root: Path = ROOT, files: list[str] | None = None) -> list[str]:
    """What a doc names that does not exist, one line each."""
    files = repo_files(root) if files is None else files
    found = []
    prose = FENCE.sub("", text)
    for code in INLINE.findall(prose):
        code = code.strip()
        if MODULE.fullmatch(code):
            if not module_exists(code):
                found.append(f"{name}: module `{code}` does not exist")
            continue
        if " " in code or "://" in code or code.startswith(("/", "..", "-", "$")) or code.count("'") or code.count('"'):
            continue  # commands, links out, site addresses, relative modelines, options, quoted words
        if re.search(r"[a-z]", code) and (
            ("/" in code and re.fullmatch(r"[\w.*<>/-]+", code)) or FILE_NAME.fullmatch(code)
        ):
            if not path_exists(code, files):
                found.append(f"{name}: path `{code}` does not exist")
    for target in LINK.findall(prose):
        if "://" in target or target.startswith(("mailto:", "/")):
            continue
        file, _, anchor = target.partition("#")
        dest = (root / name).parent / file if file else root / name
        if not dest.exists():
            found.append(f"{name}: link ({target}) reaches no file")
        elif anchor and dest.is_file() and anchor not in headings(dest.read_text()):
            found.append(f"{name}: link ({target}) names no heading of {file or name}")
    dev = dev_commands(root)
    for command in DEV.findall(text):
        if command not in dev:
            found.append(f"{name}: `python3 dev.py {command}` is not a dev.py command ({', '.join(sorted(dev))})")
    for command, rest in CLI.findall(text):
        if command in ("--help", "-h"):
            continue
        if command not in COMMANDS:
            found.append(f"{name}: `python -m pywebcompare {command}` is not a command ({', '.join(COMMANDS)})")
            continue
        allowed = {"--help", "--root", *(o for o in getattr(COMMANDS[command], "options", {}) if o.startswith("--"))}
        for flag in re.findall(r"(?<![\w-])--[\w-]+", rest):
            if flag not in allowed:
                found.append(f"{name}: `python -m pywebcompare {command}` takes no {flag}")
    for module in RUN_MODULE.findall(text):
        if not module_exists(module.rstrip(".")):
            found.append(f"{name}: module {module} does not exist")
    return found


@pytest.mark.parametrize("name", DOCS)
def test_every_path_link_and_command_the_doc_names_exists(name):
    assert problems_in(name, (ROOT / name).read_text()) == []


def test_the_docs_are_all_read():
    assert {"README.md", "CONTRIBUTING.md", "contributing/data.md", "contributing/code.md"} <= set(DOCS)


def test_folders_the_tools_make_are_ignored_by_git():
    ignored = {line.strip().strip("/") for line in (ROOT / ".gitignore").read_text().splitlines()}
    assert MADE_BY_TOOLS <= ignored


def test_the_checker_finds_what_does_not_exist():
    doc = "\n".join(
        [
            "Edit `data/frameworks/<id>.yaml` and `examples/<task>/<id>.py`; see `flask.yaml` and `pywebcompare/data/`.",
            "Then `data/framework/<id>.yaml`, `pywebcompare/rules.py`, `nothere.yaml` and `examples/<task>/<id>.rb`.",
            "Module `pywebcompare.data.vocab`, and `pywebcompare.data.nothing`.",
            "[core](CONTRIBUTING.md#add-a-framework) [gone](contributing/nothing.md) [bad](CONTRIBUTING.md#no-such-part)",
            "```sh",
            "python3 dev.py validate",
            "python3 dev.py launch",
            "python -m pywebcompare scaffold my-fw --name X --package x",
            "python -m pywebcompare stale --weeks 3",
            "python -m pywebcompare deploy",
            "python -m pywebcompare.evidence.harness --quick",
            "python -m pywebcompare.evidence.nothing",
            "```",
        ]
    )
    assert problems_in("README.md", doc) == [
        "README.md: path `data/framework/<id>.yaml` does not exist",
        "README.md: path `pywebcompare/rules.py` does not exist",
        "README.md: path `nothere.yaml` does not exist",
        "README.md: path `examples/<task>/<id>.rb` does not exist",
        "README.md: module `pywebcompare.data.nothing` does not exist",
        "README.md: link (contributing/nothing.md) reaches no file",
        "README.md: link (CONTRIBUTING.md#no-such-part) names no heading of CONTRIBUTING.md",
        f"README.md: `python3 dev.py launch` is not a dev.py command ({', '.join(sorted(dev_commands()))})",
        "README.md: `python -m pywebcompare stale` takes no --weeks",
        f"README.md: `python -m pywebcompare deploy` is not a command ({', '.join(COMMANDS)})",
        "README.md: module pywebcompare.evidence.nothing does not exist",
    ]


def test_the_editor_settings_map_every_kind_of_data_file_to_its_schema():
    """contributing/data.md promises completion in VS Code for every kind (pywebcompare/data/dataset.py KINDS)."""
    mapped = json.loads((ROOT / ".vscode/settings.json").read_text())["yaml.schemas"]
    wanted = {f"./schemas/{k.schema}": k.path + ("/*.yaml" if k.folder else "") for k in KINDS}
    assert mapped == wanted
