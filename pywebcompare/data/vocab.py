"""The words and symbols pages use for the data's enumerations.

Each mapping mirrors an enum of the JSON Schemas; tests/unit/test_vocab.py holds them equal, so a
level added to one and not the other fails a test rather than a build.
"""

SUPPORT = {  # level -> (icon, words, score used for sorting and ranking)
    # Circles filling up with the level: plain shapes that every font has, never colour alone.
    "built-in": ("●", "Built in", 4),
    "official": ("◕", "Official extension", 3),
    "third-party": ("◑", "Third-party package", 2),
    "partial": ("◔", "Partial", 1),
    "none": ("○", "Not available", 0),
}
VERDICTS = {  # verdict -> (icon, words, meaning)
    "true": ("✔", "True", "The primary sources support it."),
    "partly-true": ("◐", "Partly true", "Some of it holds; the explanation says which part."),
    "false": ("✖", "False", "The primary sources contradict it."),
    "misattributed": ("↔", "Misattributed", "True of something else, such as another framework."),
    "outdated": ("↺", "Outdated", "It was true once and no longer is."),
    "unverifiable": ("?", "Unverifiable", "No primary source we could find shows it either way."),
    "opinion": ("❝", "Opinion", "A judgement, not a fact that sources can settle."),
}
SINCE_DIFFERS = {  # features.<id>.since_differs.because -> the words a cell adds beside the collected date
    "example-newer": "the example uses a newer API",
    "python-newer": "older releases do not run on the Python used",
}
EVIDENCE = {"docs": "docs", "source": "source code", "changelog": "changelog", "benchmark": "benchmark", "blog": "blog"}
WEIGHTS = {1: "nice to have", 2: "important", 3: "essential"}
FACTS = [  # fact key -> label, in the order pages show them
    ("interface", "Interface"),
    ("latest_version", "Latest version"),
    ("min_python", "Minimum Python"),
    ("license", "License"),
    ("first_release", "First release"),
    ("built_on", "Built on"),
]
FACT_LABEL = dict(FACTS)


def fact_words(key: str) -> str:
    """A fact's label inside a sentence: 'Minimum Python' -> 'minimum Python'."""
    label = FACT_LABEL[key]
    return label[:1].lower() + label[1:]


# The kind of async a framework offers (features.async-views.async_model in its data file): its
# concurrency and the server it runs on, in the words every page and ranking uses.
ASYNC_WORDS = {
    "event-loop": "async views share an event loop, so a request that awaits frees the process for others",
    "thread-per-request": "coroutines run inside each request's worker thread, so async adds no concurrency",
    "none": "no async views",
}
SERVER_WORDS = {"asgi": "an ASGI server", "own-event-loop": "its own event-loop server", "wsgi": "a WSGI server"}


def async_model_text(model: dict | None) -> str:
    """'async views share an event loop, ..., on an ASGI server', or '' when not recorded."""
    if not model:
        return ""
    return f"{ASYNC_WORDS[model['concurrency']]}, on {SERVER_WORDS[model['server']]}"


SUPPORT_SHORT = {  # level -> the short word of a compact matrix cell (its accessible name says SUPPORT's words)
    "built-in": "Built in",
    "official": "Official",
    "third-party": "3rd-party",
    "partial": "Partial",
    "none": "None",
}
ASYNC_SHORT = {  # async_model.concurrency -> the words a matrix cell adds to the async-views level
    "event-loop": "event loop",
    "thread-per-request": "a thread per request",
    "none": "no coroutine views",
}

# Joins two framework ids in a pair page's address, so no framework id may contain it.
PAIR_SEPARATOR = "-vs-"

# A framework's kind (framework.schema.json `kind`): the word shown beside its name, and what it means.
KINDS = {
    "full-stack": ("Full-stack", "ORM, admin, templates, auth and more in one project"),
    "micro": ("Micro", "a small core you add to"),
    "api": ("API framework", "built for HTTP APIs"),
    "api-layer": ("API layer", "an API layer on another framework"),
    "async-toolkit": ("Async toolkit", "a low-level async HTTP toolkit or server library"),
    "ui": ("UI framework", "Python-only user interfaces, the web layer hidden"),
}
# Health (evidence/index.py HEALTH_RULE): the badge word per status.
HEALTH = {"maintained": "Maintained", "slowing": "Slowing", "unmaintained": "Unmaintained"}
