"""Serve one example's `app` on 127.0.0.1 in the foreground, until killed.

    python examples/serve.py --server KIND [--extras standard] [--flag NAME=VALUE ...] --port N [--workers 1] FILE

Run it with the framework's own interpreter (.venv-examples/<framework>/bin/python). The server
configuration is the server kind, its extras and its flags: `--extras standard` on uvicorn (or
palfrey) serves with httptools and uvloop, named explicitly, as uvicorn[standard] installs them;
without it, with h11 and asyncio; `--flag` sets one server setting (http, loop, threads,
interface). The speed harness serves a framework and its bare baseline with the very same
arguments. A bare app (a raw WSGI or ASGI callable, an RSGI coroutine, a low-level aiohttp handler,
a Tornado request callback) is served as such by its server.

Before serving
it prints one line `app: <module>.<class>` naming the class of the loaded `app`, so the specs can
check which framework really serves the example. Imports only the standard library at the top:
each server is imported when chosen.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import os
import sys
from pathlib import Path

KINDS = (
    "gunicorn",
    "gthread",
    "uvicorn",
    "hypercorn",
    "aiohttp",
    "tornado",
    "sanic",
    "cherrypy",
    "waitress",
    "gevent-websocket",
    "granian",
    "granian-asgi",
    "rocket",
    "robyn",
    "nicegui",
    "palfrey",
    "reflex",
)
ENV_FILE = "PWC_EXAMPLE_FILE"  # lets worker processes of uvicorn and granian re-load the example by path


def load_module(path: str | Path):
    """Import an example file under a private name (a file called flask.py must not shadow flask)."""
    path = Path(path).resolve()
    name = f"example_{path.parent.name.replace('-', '_')}_{path.stem}"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # Django's ROOT_URLCONF = __name__ imports it back by name
    spec.loader.exec_module(module)
    return module


def load_app(path: str | Path):
    app = getattr(load_module(path), "app", None)
    if app is None:
        sys.exit(f"{path}: defines no module-level `app`")
    return app


PROFILE_ENV = "PWC_PROFILE"  # a folder: each server process profiles itself into <folder>/<pid>.pstats;
# SIGPROF starts the profile afresh (the harness sends it once the server is warm)


PROFILING = {"live": False, "threads": []}  # after SIGPROF: each thread's profiler, made on its next call


def start_profile():
    """cProfile this process (and, through fork, its workers) until it exits, when PWC_PROFILE names a folder.
    Threads (waitress, gthread, CherryPy) get a profiler each once SIGPROF has said the server is warm."""
    folder = os.environ.get(PROFILE_ENV)
    if not folder or getattr(start_profile, "on", False):
        return
    import atexit
    import cProfile
    import marshal
    import signal
    import threading

    profiler = cProfile.Profile()
    start_profile.on = True

    def in_thread(frame, event, arg):  # each new thread's profile hook until the profile goes live
        if PROFILING["live"]:
            mine = cProfile.Profile()
            PROFILING["threads"].append(mine)
            mine.enable()  # replaces this hook in this thread

    def dump():
        profiler.disable()
        profiler.dump_stats(f"{folder}/{os.getpid()}.pstats")
        for n, mine in enumerate(PROFILING["threads"]):  # read, not disabled: that would stop this thread's
            mine.snapshot_stats()
            with open(f"{folder}/{os.getpid()}-thread{n}.pstats", "wb") as out:
                marshal.dump(mine.stats, out)

    def restart(signum, frame):  # SIGPROF from the harness: forget start-up and imports, profile from here
        profiler.disable()
        profiler.clear()
        profiler.enable()
        PROFILING["live"] = True

    with contextlib.suppress(ValueError):  # only the main thread may set a handler
        signal.signal(signal.SIGPROF, restart)
    threading.setprofile(in_thread)
    atexit.register(dump)
    profiler.enable()


def env_app():
    """Factory for uvicorn's worker processes: the example named in the environment."""
    start_profile()
    return load_app(os.environ[ENV_FILE])


def serve_gunicorn(path, port, workers, threads=1):
    from gunicorn.app.base import BaseApplication

    class Example(BaseApplication):
        def load_config(self):
            self.cfg.set("bind", f"127.0.0.1:{port}")
            self.cfg.set("workers", workers)
            self.cfg.set("worker_class", "gthread" if threads > 1 else "sync")
            self.cfg.set("threads", threads)
            self.cfg.set("accesslog", None)
            self.cfg.set("loglevel", "warning")

        def load(self):
            return load_app(path)

    Example().run()


# uvicorn picks httptools and uvloop when an environment happens to hold them, so serve.py always
# names them: h11 and asyncio by default, httptools and uvloop with the standard extras.
UVICORN = {"http": "h11", "loop": "asyncio"}
UVICORN_STANDARD = {"http": "httptools", "loop": "uvloop"}
FLAGS: dict[str, str] = {}  # --flag NAME=VALUE, read by the servers that take them


def uvicorn_settings(extras=(), flags=None):
    """uvicorn's (and palfrey's) http and loop settings for a server configuration."""
    chosen = dict(UVICORN_STANDARD if "standard" in extras else UVICORN)
    chosen.update({k: v for k, v in (flags or {}).items() if k in ("http", "loop")})
    return chosen


def serve_uvicorn(path, port, workers):
    import uvicorn

    if workers == 1:
        uvicorn.run(load_app(path), host="127.0.0.1", port=port, log_level="warning", access_log=False, **UVICORN)
    else:
        sys.path.insert(0, str(Path(__file__).parent))
        os.environ[ENV_FILE] = str(Path(path).resolve())
        uvicorn.run(
            "serve:env_app",
            factory=True,
            host="127.0.0.1",
            port=port,
            workers=workers,
            log_level="warning",
            access_log=False,
            **UVICORN,
        )


def serve_hypercorn(path, port, workers):
    import asyncio

    from hypercorn.asyncio import serve
    from hypercorn.config import Config

    if workers != 1:
        sys.exit("hypercorn: serve.py runs one worker; use --workers 1")
    config = Config()
    config.bind = [f"127.0.0.1:{port}"]
    config.loglevel = "WARNING"
    asyncio.run(serve(load_app(path), config))


def serve_aiohttp(path, port, workers):
    """web.run_app for an aiohttp Application; a bare handler (`async def app(request)`) on aiohttp's
    low-level server (web.Server), the same HTTP protocol with no application, router or middleware."""
    import asyncio

    from aiohttp import web

    if workers != 1:
        sys.exit("aiohttp: web.run_app runs one process; use --workers 1")
    app = load_app(path)
    if isinstance(app, web.Application):
        web.run_app(app, host="127.0.0.1", port=port, print=None, access_log=None)
        return

    async def main():
        server = web.Server(app, access_log=None)
        await asyncio.get_running_loop().create_server(server, "127.0.0.1", port)
        await asyncio.Event().wait()

    asyncio.run(main())


def serve_tornado(path, port, workers):
    """app.listen for a Tornado Application; a bare request callback on tornado.httpserver.HTTPServer."""
    import asyncio

    async def main():
        from tornado.httpserver import HTTPServer
        from tornado.web import Application

        app = load_app(path)
        if isinstance(app, Application):
            app.listen(port, address="127.0.0.1")
        else:
            HTTPServer(app).listen(port, address="127.0.0.1")
        await asyncio.Event().wait()

    if workers != 1:
        sys.exit("tornado: serve.py runs one process; use --workers 1")
    asyncio.run(main())


def serve_sanic(path, port, workers):
    app = load_app(path)
    if workers != 1:
        sys.exit("sanic: serve.py runs a single process; use --workers 1")
    app.run(host="127.0.0.1", port=port, single_process=True, access_log=False, motd=False)


def serve_cherrypy(path, port, workers):
    import cherrypy

    app = load_app(path)
    cherrypy.config.update(
        {
            "server.socket_host": "127.0.0.1",
            "server.socket_port": port,
            "engine.autoreload.on": False,
            "log.screen": False,
            "server.thread_pool": max(10, workers * 10),
        }
    )
    if not isinstance(app, cherrypy._cptree.Application):  # a mounted Application is already in the tree
        cherrypy.tree.graft(app, "/")
    cherrypy.engine.start()
    cherrypy.engine.block()


def serve_waitress(path, port, workers):
    import waitress

    waitress.serve(
        load_app(path), host="127.0.0.1", port=port, threads=int(FLAGS.get("threads", max(4, workers * 4))), _quiet=True
    )


def serve_gevent_websocket(path, port, workers):
    """gevent's WSGI server with gevent-websocket's handler (WebSockets for plain WSGI apps such as Bottle)."""
    from gevent.pywsgi import WSGIServer
    from geventwebsocket.handler import WebSocketHandler

    if workers != 1:
        sys.exit("gevent-websocket: serve.py runs one process; use --workers 1")
    WSGIServer(("127.0.0.1", port), load_app(path), handler_class=WebSocketHandler, log=None).serve_forever()


def serve_granian(path, port, workers, interface="rsgi"):
    """Granian on its RSGI interface, as `emmett serve` runs it (or on ASGI: granian-asgi); its workers
    load the example by path."""
    from granian import Granian
    from granian.constants import Interfaces
    from granian.log import LogLevels

    os.environ[ENV_FILE] = str(Path(path).resolve())
    Granian(
        "serve:env_app",
        address="127.0.0.1",
        port=port,
        interface=Interfaces.ASGI if FLAGS.get("interface", interface) == "asgi" else Interfaces.RSGI,
        workers=workers,
        factory=True,
        working_dir=Path(__file__).parent,
        log_level=LogLevels.warning,
    ).serve()


def serve_granian_asgi(path, port, workers):
    serve_granian(path, port, workers, interface="asgi")


def serve_rocket(path, port, workers):
    """Rocket3, the multi-threaded WSGI server py4web runs by default (`py4web run`)."""
    from rocket3 import Rocket3

    if workers != 1:
        sys.exit("rocket: serve.py runs one process; use --workers 1")
    Rocket3(("127.0.0.1", port), "wsgi", {"wsgi_app": load_app(path)}).start()


def serve_robyn(path, port, workers):
    """Robyn's own Rust server, in this process: one process with one worker thread."""
    app = load_app(path)
    if workers != 1:
        sys.exit("robyn: serve.py runs one process with one worker; use --workers 1")
    app.config.processes = 1
    app.config.workers = 1
    app.start(host="127.0.0.1", port=port, _check_port=False)  # the check would prompt on stdin


def serve_nicegui(path, port, workers):
    """NiceGUI's ui.run(), which starts Uvicorn itself and adds NiceGUI's own middleware and start-up hooks."""
    from nicegui import ui

    load_app(path)
    if workers != 1:
        sys.exit("nicegui: NiceGUI does not support several workers; use --workers 1")
    os.environ.pop("PYTEST_CURRENT_TEST", None)  # NiceGUI treats it as a test run and skips the real server
    ui.run(host="127.0.0.1", port=port, reload=False, show=False, show_welcome_message=False)


def serve_palfrey(path, port, workers):
    """Palfrey, the ASGI server of the Dymmond projects (Ravyn's docs run apps with it)."""
    import palfrey

    if workers == 1:
        palfrey.run(load_app(path), host="127.0.0.1", port=port, log_level="warning", access_log=False, **UVICORN)
    else:
        sys.path.insert(0, str(Path(__file__).parent))
        os.environ[ENV_FILE] = str(Path(path).resolve())
        palfrey.run(
            "serve:env_app",
            factory=True,
            host="127.0.0.1",
            port=port,
            workers=workers,
            log_level="warning",
            access_log=False,
            **UVICORN,
        )


def prepare_reflex():
    """Reflex writes .web and .states folders into the working directory (here: temp ones), and its production
    backend skips the frontend compile, which needs Node.js; set both before the example is imported."""
    import tempfile

    work = Path(tempfile.mkdtemp(prefix="reflex-"))
    os.environ.setdefault("REFLEX_WEB_WORKDIR", str(work / ".web"))
    os.environ.setdefault("REFLEX_STATES_WORKDIR", str(work / ".states"))
    os.environ["__REFLEX_SKIP_COMPILE"] = "true"


def serve_reflex(path, port, workers):
    """Granian, the server Reflex's production backend uses, with the rx.App as its ASGI factory."""
    import asyncio

    from granian.constants import Interfaces
    from granian.log import LogLevels
    from granian.server.embed import Server

    if workers != 1:
        sys.exit("reflex: serve.py runs one embedded Granian worker; use --workers 1")
    server = Server(
        load_app(path),
        address="127.0.0.1",
        port=port,
        interface=Interfaces.ASGI,
        factory=True,
        log_level=LogLevels.warning,
    )
    asyncio.run(server.serve())


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--server", choices=KINDS, required=True)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--extras", default="", help="the server's extras, comma-separated (standard)")
    parser.add_argument("--flag", action="append", default=[], help="NAME=VALUE: one server setting")
    parser.add_argument("file")
    args = parser.parse_args(argv)
    FLAGS.update(f.split("=", 1) for f in args.flag if "=" in f)
    start_profile()
    extras = tuple(e for e in args.extras.split(",") if e)
    UVICORN.update(uvicorn_settings(extras, FLAGS))
    with contextlib.redirect_stdout(sys.stderr):  # a banner printed on import (Panther's) must not come first
        app = load_app(args.file)
    if args.server == "reflex":
        prepare_reflex()
    app = load_app(args.file)
    print(f"app: {type(app).__module__}.{type(app).__qualname__}", flush=True)
    if args.server == "gthread":
        serve_gunicorn(args.file, args.port, args.workers, threads=int(FLAGS.get("threads", 8)))
    else:
        globals()[f"serve_{args.server.replace('-', '_')}"](args.file, args.port, args.workers)


if __name__ == "__main__":
    main()
