"""Server configurations: how the speed harness serves a framework, and the bare app it measures on each.

A configuration is a server kind of examples/serve.py with its extras and flags, e.g. Uvicorn with
its standard extras, httptools and uvloop named explicitly. Each framework runs on the
configuration its data's `deployment` names (and on each of its `alternatives`), and every
configuration used has a bare baseline: the same server, extras and flags serving a minimal app with
no framework, in an environment holding the very same server packages. Where a server cannot serve
anything but its own framework, `no_bare` says so, and its frameworks get no ratio.

Plain data: server kinds are the only names here, never a framework's.
"""

from __future__ import annotations

from dataclasses import dataclass

BASELINE_PREFIX = "baseline-"


@dataclass(frozen=True)
class Setup:
    id: str
    server: str  # the serve.py kind
    label: str  # what a reader sees beside a figure
    extras: tuple[str, ...] = ()
    flags: tuple[tuple[str, str], ...] = ()  # settings named explicitly, passed as --flag NAME=VALUE
    packages: tuple[str, ...] = ()  # what makes the server; the first one's version is the server's version
    pins: str | None = None  # baselines/server-<pins>.txt; None: the server is the framework's own package
    bare: str | None = None  # the bare app in baselines/, or None when the server has no bare mode
    no_bare: str = ""  # why there is no bare app (when bare is None)
    bare_note: str = ""  # what the bare app runs through, when more than the server

    @property
    def baseline(self) -> str:
        """The id of this configuration's bare baseline in a run's results."""
        return BASELINE_PREFIX + self.id

    def serve_args(self) -> list[str]:
        """examples/serve.py's arguments for this configuration, before --port."""
        args = ["--server", self.server]
        if self.extras:
            args += ["--extras", ",".join(self.extras)]
        for name, value in self.flags:
            args += ["--flag", f"{name}={value}"]
        return args

    def config(self, version: str) -> dict:
        """The `server_config` of a result: id, server, version, extras and flags."""
        return {
            "id": self.id,
            "server": self.server,
            "version": version,
            "extras": list(self.extras),
            "flags": dict(self.flags),
        }


ASGI_BARE = "asgi.py"
WSGI_BARE = "wsgi.py"
SETUPS = {
    s.id: s
    for s in (
        Setup(
            "uvicorn-standard",
            "uvicorn",
            "Uvicorn with httptools and uvloop (uvicorn[standard])",
            ("standard",),
            (("http", "httptools"), ("loop", "uvloop")),
            ("uvicorn", "httptools", "uvloop"),
            "uvicorn-standard",
            ASGI_BARE,
        ),
        Setup(
            "uvicorn",
            "uvicorn",
            "Uvicorn with h11 and asyncio (no extras)",
            (),
            (("http", "h11"), ("loop", "asyncio")),
            ("uvicorn", "h11"),
            "uvicorn",
            ASGI_BARE,
        ),
        Setup(
            "gunicorn",
            "gunicorn",
            "Gunicorn, 1 sync worker",
            (),
            (("worker_class", "sync"),),
            ("gunicorn",),
            "gunicorn",
            WSGI_BARE,
        ),
        Setup(
            "gthread",
            "gthread",
            "Gunicorn, 1 gthread worker with 8 threads",
            (),
            (("worker_class", "gthread"), ("threads", "8")),
            ("gunicorn",),
            "gunicorn",
            WSGI_BARE,
        ),
        Setup(
            "waitress", "waitress", "Waitress, 4 threads", (), (("threads", "4"),), ("waitress",), "waitress", WSGI_BARE
        ),
        Setup("hypercorn", "hypercorn", "Hypercorn on asyncio", (), (), ("hypercorn", "h11"), "hypercorn", ASGI_BARE),
        Setup(
            "granian",
            "granian",
            "Granian, RSGI interface",
            (),
            (("interface", "rsgi"),),
            ("granian",),
            "granian",
            "rsgi.py",
        ),
        Setup(
            "granian-asgi",
            "granian-asgi",
            "Granian, ASGI interface",
            (),
            (("interface", "asgi"),),
            ("granian",),
            "granian",
            ASGI_BARE,
        ),
        Setup(
            "aiohttp",
            "aiohttp",
            "aiohttp's own server (web.run_app)",
            packages=("aiohttp",),
            bare="aiohttp_bare.py",
            bare_note="a handler on aiohttp's low-level server (web.Server), with no Application or router",
        ),
        Setup(
            "tornado",
            "tornado",
            "Tornado's own HTTPServer",
            packages=("tornado",),
            bare="tornado_bare.py",
            bare_note="a request callback on tornado.httpserver.HTTPServer, with no Application or handler",
        ),
        Setup(
            "cherrypy",
            "cherrypy",
            "CherryPy's engine on Cheroot, 10 threads",
            packages=("cheroot", "cherrypy"),
            bare=WSGI_BARE,
            bare_note="a raw WSGI callable grafted into CherryPy's tree, so it passes through the engine as any app does",
        ),
        Setup("rocket", "rocket", "Rocket3, multi-threaded WSGI server", packages=("rocket3",), bare=WSGI_BARE),
        Setup(
            "palfrey",
            "palfrey",
            "Palfrey with h11 and asyncio",
            (),
            (("http", "h11"), ("loop", "asyncio")),
            ("palfrey",),
            bare=ASGI_BARE,
        ),
        Setup(
            "gevent-websocket",
            "gevent-websocket",
            "gevent's WSGI server with gevent-websocket",
            packages=("gevent",),
            bare=WSGI_BARE,
        ),
        Setup(
            "sanic",
            "sanic",
            "Sanic's own server",
            packages=("sanic",),
            no_bare="Sanic's server runs only Sanic applications: there is no bare app to measure on it.",
        ),
        Setup(
            "robyn",
            "robyn",
            "Robyn's own Rust server",
            packages=("robyn",),
            no_bare="Robyn's Rust server runs only Robyn applications: there is no bare app to measure on it.",
        ),
        Setup(
            "nicegui",
            "nicegui",
            "NiceGUI's ui.run() (Uvicorn inside)",
            packages=("nicegui", "uvicorn"),
            no_bare="ui.run() starts Uvicorn on NiceGUI's own application: it serves no other app.",
        ),
        Setup(
            "reflex",
            "reflex",
            "Reflex's production backend (Granian inside)",
            packages=("reflex", "granian"),
            no_bare="Reflex's backend starts Granian on the app Reflex builds: it serves no other app.",
        ),
    )
}


def setup_id(server: str, extras: tuple[str, ...] | list[str] = ()) -> str:
    """The configuration a deployment (server kind and extras) names: uvicorn[standard] is its own."""
    return f"{server}-standard" if "standard" in extras and f"{server}-standard" in SETUPS else server


def setups_of(profile) -> list[tuple[str, str, str]]:
    """(configuration id, why, source) of each set-up a framework's data names: its deployment first,
    then its alternatives."""
    out = [(setup_id(profile.server, profile.server_extras), profile.server_note, profile.server_source)]
    out += [(setup_id(server, extras), note, source) for server, extras, note, source in profile.alternatives]
    return [row for i, row in enumerate(out) if row[0] not in [r[0] for r in out[:i]]]


def is_baseline(framework: str) -> bool:
    return framework.startswith(BASELINE_PREFIX)
