"""One problem found in a data file, and how it is printed."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    file: str
    line: int
    column: int
    field: str  # dotted path in the data, "" for the whole file
    wrong: str  # what is wrong
    expected: str  # what is expected, or how to fix it
    level: str = "error"  # "warning" is printed but stops nothing

    def __str__(self) -> str:
        field = self.field or "(file)"
        prefix = "warning: " if self.level == "warning" else ""
        return f"{self.file}:{self.line}:{self.column}: {prefix}{field}: {self.wrong}; {self.expected}"


class DataError(Exception):
    """Raised by the build when the data has problems; its text lists every one."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(problems)
        super().__init__(format_report(self.problems))


def format_report(problems: list[Problem]) -> str:
    lines = [str(p) for p in problems]
    errors = sum(p.level == "error" for p in problems)
    warnings = len(problems) - errors
    summary = f"{errors} problem{'s' if errors != 1 else ''} in the data"
    if warnings:
        summary += f" and {warnings} warning{'s' if warnings != 1 else ''}"
    lines.append(summary + "; see CONTRIBUTING.md.")
    return "\n".join(lines)


def dotted(path) -> str:
    """('features', 'orm', 'note') -> 'features.orm.note'; list indexes as [0]."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def short(value, limit: int = 60) -> str:
    """A value as it may appear in a message: repr'd, one line, truncated."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"
