"""Task `template`: an HTML page rendered from a template file, with autoescaping."""

import requests

TASK = "template"


def test_rendered(example):
    r = requests.get(example.url + "/hello/Ada", timeout=10)
    assert r.status_code == 200
    assert r.headers["Content-Type"].startswith("text/html")
    assert "<h1>Hello, Ada!</h1>" in r.text


def test_escaped(example):
    r = requests.get(example.url + "/hello/%3Cb%3E", timeout=10)
    assert "&lt;b&gt;" in r.text
    assert "<b>" not in r.text


def test_template_is_a_file(example):
    others = [
        p for p in example.file.parent.rglob("*") if p.is_file() and p.suffix != ".py" and "Hello" in p.read_text()
    ]
    assert others, "expected the page's template in a file beside the examples (e.g. templates/hello.html)"
