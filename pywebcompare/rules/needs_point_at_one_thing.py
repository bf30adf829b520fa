"""A need in a guide or questionnaire answer measures exactly one thing."""

NAME = "needs-point-at-one-thing"
DESCRIPTION = "A need names either a feature or a fact (with the values that match), never both or neither."


def check(files, today):
    guides = files.get("guides")
    if guides is None:
        return
    for need_path, need in needs(guides.data):
        if ("feature" in need) == ("fact" in need):
            yield (
                guides,
                need_path,
                "a need names both or neither of feature and fact",
                "expected exactly one: `feature: <id>` or `fact: interface|built_on` with `values`",
            )
        elif "fact" in need and "values" not in need:
            yield (
                guides,
                need_path + ("fact",),
                "a fact need has no values",
                "expected `values: [...]` listing the values that match",
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
