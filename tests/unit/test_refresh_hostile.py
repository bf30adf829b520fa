"""The refresh on hostile index answers (tests/fixtures/index/hostile/, written by its make.py).

Each answer is the recorded Flask page or wheel changed one way: a relative file URL, a file:// URL,
a truncated page, a wheel whose METADATA inflates to 100 MiB, a separate metadata file (PEP 658).
The in-process replay serves them by URL and keeps the same byte caps as the real client; the last
tests run the real client against a real HTTP server on 127.0.0.1.
"""

from __future__ import annotations

import datetime as dt
import http.server
import io
import shutil
import threading
import tracemalloc
from pathlib import Path

import pytest

from pywebcompare.data.yamlsafe import load_file
from pywebcompare.evidence import refresh

RECORDED = Path(__file__).resolve().parent.parent / "fixtures" / "index"
HOSTILE = RECORDED / "hostile"
FIXTURE_DATA = RECORDED.parent / "data"
BASE = "https://index.test/simple/"
FILES = "https://files.index.test/packages/"
WHEEL = "Flask-1.1.4-py2.py3-none-any.whl"
TODAY = dt.date(2026, 11, 30)


class Served:
    """The index as a table of URLs; `flask` names the page served for Flask. Honours the byte
    limit the way refresh.http_fetch does, and remembers every URL asked for."""

    def __init__(self, flask: str = "flask.json"):
        self.flask, self.asked = flask, []

    def __call__(self, url: str, accept: str, limit: int) -> bytes:
        self.asked.append(url)
        if url == BASE + "flask/":
            body = (HOSTILE / self.flask if (HOSTILE / self.flask).exists() else RECORDED / self.flask).read_bytes()
        elif url == BASE + "aiohttp/":
            body = (RECORDED / "aiohttp.json").read_bytes()
        elif url.startswith(("https://index.test/packages/", FILES)):
            rest = url.split("/packages/", 1)[1]
            path = HOSTILE / rest if (HOSTILE / rest).is_file() else RECORDED / rest.rsplit("/", 1)[-1]
            if not path.is_file():
                raise refresh.FetchError(url, "HTTP 404 Not Found", 404)
            body = path.read_bytes()
        else:
            raise AssertionError(f"the refresh asked for {url}, which no index would send it to")
        if len(body) > limit:
            raise refresh.FetchError(url, f"response larger than the {limit // refresh.MiB} MiB cap")
        return body


@pytest.fixture
def root(tmp_path) -> Path:
    shutil.copytree(FIXTURE_DATA, tmp_path / "data")
    (tmp_path / "data/index").mkdir()
    return tmp_path


def run(root: Path, fetch, ids=(), base=BASE) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = refresh.refresh(root, list(ids), fetch, base, TODAY, out, err)
    return status, out.getvalue(), err.getvalue()


def written(root: Path) -> list[str]:
    return sorted(p.name for p in (root / "data/index").iterdir())


def test_a_relative_file_url_is_resolved_against_the_page(root):
    served = Served("relative.json")
    status, out, err = run(root, served, ["alpha"])
    assert (status, err) == (0, ""), err
    assert "https://index.test/packages/" + WHEEL in served.asked  # ../../packages/<wheel> from /simple/flask/
    assert load_file(root / "data/index/alpha.yaml").data["metadata"]["file"] == WHEEL


def test_a_file_url_is_refused_and_the_others_still_refresh(root):
    served = Served("file-url.json")
    status, out, err = run(root, served)
    assert status == 1
    assert err.startswith(f"alpha (Flask): {WHEEL}: the index gave the URL 'file:///etc/passwd'")
    assert "does not use the index's own scheme (https://); not downloaded" in err
    assert not any(u.startswith("file:") for u in served.asked)
    assert "beta (aiohttp): new snapshot" in out and written(root) == ["beta.yaml"]
    assert "1 of 2 not refreshed: alpha" in err and "Traceback" not in err


def test_truncated_json_is_one_clear_error(root):
    status, out, err = run(root, Served("truncated.json"))
    assert status == 1
    first = err.splitlines()[0]
    assert first.startswith(f"alpha (Flask): malformed response from {BASE}flask/: not JSON")
    assert "expected the PEP 691 JSON API" in first and written(root) == ["beta.yaml"]


def test_a_metadata_bomb_is_refused_without_unpacking_it(root):
    tracemalloc.start()
    try:
        status, out, err = run(root, Served("bomb.json"), ["alpha"])
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert status == 1
    assert f"alpha (Flask): METADATA of {WHEEL} would unpack to 10486" in err  # 100 MiB and the headers
    assert f"more than the {refresh.MAX_METADATA // refresh.MiB} MiB cap" in err
    assert peak < 16 * refresh.MiB, f"peak {peak / refresh.MiB:.0f} MiB"
    assert written(root) == []


def test_a_member_larger_than_its_header_says_is_cut_off(root, monkeypatch):
    # A header may lie about the size: the read itself stops at the cap.
    monkeypatch.setattr(refresh, "MAX_METADATA", 1024)
    with pytest.raises(refresh.RefreshError, match="unpacks to more than the 0 MiB cap"):
        refresh._capped(io.BytesIO(b"x" * 5000).read, 10, "METADATA of x.whl")


def test_the_separate_metadata_file_is_read_instead_of_the_wheel(root):
    served = Served("core-metadata.json")
    status, out, err = run(root, served, ["alpha"])
    assert (status, err) == (0, ""), err
    assert served.asked == [BASE + "flask/", f"{FILES}core-metadata/{WHEEL}.metadata"]  # the wheel is never downloaded
    meta = load_file(root / "data/index/alpha.yaml").data["metadata"]
    assert meta["version"] == "1.1.4" and meta["file"] == WHEEL and meta["requires_dist"]


def test_a_metadata_file_that_does_not_match_its_hash_is_refused(root, tmp_path):
    page = (HOSTILE / "core-metadata.json").read_text()
    (HOSTILE / "wrong-hash.json").write_text(
        page.replace('"core-metadata": {\n    "sha256": "', '"core-metadata": {\n    "sha256": "0')
    )
    try:
        status, out, err = run(root, Served("wrong-hash.json"), ["alpha"])
    finally:
        (HOSTILE / "wrong-hash.json").unlink()
    assert status == 1 and f"the metadata file of {WHEEL} does not match the sha256 the index lists" in err


@pytest.mark.parametrize(
    "change, words",
    [
        (lambda f: f.update(yanked=[1]), "file 2 ('Flask-1.1.4-py2.py3-none-any.whl') has a yanked of the wrong type"),
        (lambda f: f.update(hashes="abc"), "has a hashes of the wrong type"),
        (lambda f: f.update({"upload-time": 5}), "has a upload-time of the wrong type"),
        (lambda f: f.update({"core-metadata": {"sha256": 1}}), "has a core-metadata that is not text"),
    ],
)
def test_a_file_entry_of_the_wrong_shape_names_the_package(root, change, words):
    import json

    page = json.loads((RECORDED / "flask.json").read_text())
    change(next(f for f in page["files"] if f["filename"] == WHEEL))
    (HOSTILE / "shape.json").write_text(json.dumps(page))
    try:
        status, out, err = run(root, Served("shape.json"))
    finally:
        (HOSTILE / "shape.json").unlink()
    assert status == 1 and err.startswith(f"alpha (Flask): malformed response from {BASE}flask/: ") and words in err
    assert written(root) == ["beta.yaml"]


def test_metadata_of_another_version_is_refused(root):
    served = Served("core-metadata.json")
    meta = HOSTILE / "core-metadata" / f"{WHEEL}.metadata"
    before = meta.read_bytes()
    page = (HOSTILE / "core-metadata.json").read_text()
    try:
        meta.write_bytes(before.replace(b"Version: 1.1.4", b"Version: 9.9"))
        (HOSTILE / "core-metadata.json").write_text(
            page.replace('"core-metadata": {', '"core-metadata-x": {').replace(
                '"core-metadata-x": {\n    "sha256"', '"core-metadata": {\n    "md5"'
            )
        )
        status, out, err = run(root, served, ["alpha"])
    finally:
        meta.write_bytes(before)
        (HOSTILE / "core-metadata.json").write_text(page)
    assert status == 1 and f"the metadata of {WHEEL} names version '9.9', not 1.1.4" in err


@pytest.mark.parametrize("base", ["http://index.test/simple/", "file:///opt/simple/", "ftp://index.test/simple/"])
def test_an_index_that_is_not_https_is_refused(root, base):
    status, out, err = run(root, Served(), base=base)
    assert status == 2 and "is not an https:// address" in err and written(root) == []


# -- the real client, against a real server on 127.0.0.1 ------------------------------------------
class Handler(http.server.BaseHTTPRequestHandler):
    routes: dict = {}

    def do_GET(self):
        status, headers, body = self.routes.get(self.path, (404, {}, b"not found"))
        self.send_response(status)
        for k, v in headers.items():
            self.send_header(k, v)
        if "Content-Length" not in headers:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{srv.server_port}"
    srv.shutdown()
    srv.server_close()


def test_the_real_client_refreshes_from_a_local_index_with_relative_urls(root, server):
    Handler.routes = {
        "/simple/flask/": (200, {}, (HOSTILE / "relative.json").read_bytes()),
        f"/packages/{WHEEL}": (200, {}, (RECORDED / WHEEL).read_bytes()),
    }
    status, out, err = run(root, refresh.http_fetch, ["alpha"], base=server + "/simple/")
    assert (status, err) == (0, ""), err
    assert load_file(root / "data/index/alpha.yaml").data["metadata"]["version"] == "1.1.4"


def test_the_real_client_caps_a_response_and_refuses_a_redirect_to_a_file(root, server, monkeypatch):
    big = b"{" + b" " * (2 * refresh.MiB) + b"}"
    Handler.routes = {
        "/declared": (200, {}, big),
        "/undeclared": (200, {"Content-Length": "0"}, b""),  # replaced below: a body longer than declared
        "/to-file": (302, {"Location": "file:///etc/passwd"}, b""),
        "/to-other-host": (302, {"Location": "http://127.0.0.2/x"}, b""),
    }
    with pytest.raises(refresh.FetchError, match="larger than the 1 MiB cap"):
        refresh.http_fetch(server + "/declared", limit=refresh.MiB)
    with pytest.raises(refresh.FetchError, match="file:///etc/passwd' is not allowed"):  # urllib's own check
        refresh.http_fetch(server + "/to-file")
    with pytest.raises(refresh.FetchError, match="refused"):
        refresh.http_fetch(server + "/to-other-host")
    with pytest.raises(refresh.FetchError, match="only https:// URLs are read"):
        refresh.http_fetch("file:///etc/passwd")
    Handler.routes["/undeclared"] = (
        200,
        {"Transfer-Encoding": "identity", "Connection": "close", "Content-Length": ""},
        big,
    )
    with pytest.raises(refresh.FetchError, match="cap"):
        refresh.http_fetch(server + "/undeclared", limit=refresh.MiB)
