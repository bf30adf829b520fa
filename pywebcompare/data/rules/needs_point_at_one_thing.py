"""A need in a guide or questionnaire answer measures exactly one thing."""

NAME = "needs-point-at-one-thing"
DESCRIPTION = (
    "A need names exactly one criterion (feature, fact with its values, async, maintenance, speed, code_size or knows)."
)
KINDS = ("feature", "fact", "async", "maintenance", "speed", "code_size", "knows")


def check(files, today):
    guides = files.get("guides")
    if guides is None:
        return
    for need_path, need in needs(guides.data):
        named = [k for k in KINDS if k in need]
        if len(named) != 1:
            yield (
                guides,
                need_path,
                f"a need names {' and '.join(named) if named else 'no criterion'}",
                "expected exactly one of " + ", ".join(KINDS),
            )
        elif "fact" in need and "values" not in need:
            yield (
                guides,
                need_path + ("fact",),
                "a fact need has no values",
                "expected `values: [...]` listing the values that match",
            )
        elif "values" in need and "fact" not in need:
            yield guides, need_path + ("values",), "values without a fact", "expected `values` only beside `fact`"
        elif "at_least" in need and "feature" not in need:
            yield (
                guides,
                need_path + ("at_least",),
                "at_least without a feature",
                "expected `at_least` only beside `feature`",
            )


def needs(data):
    """(path, need) for every need of every scenario and questionnaire answer."""
    for si, scenario in enumerate(data["scenarios"]):
        for ni, need in enumerate(scenario["needs"]):
            yield ("scenarios", si, "needs", ni), need
    for qi, question in enumerate(data["questions"]):
        for ai, answer in enumerate(question["answers"]):
            for ni, need in enumerate(answer["needs"]):
                yield ("questions", qi, "answers", ai, "needs", ni), need
