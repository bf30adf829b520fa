# An app and a test using WebTest, the test client Bottle's recipes name (Bottle has none of its own).
from bottle import Bottle
from webtest import TestApp

app = Bottle()


@app.get("/")
def status():
    return {"status": "ok"}


def test_status():
    client = TestApp(app)
    result = client.get("/")
    assert result.status_code == 200
    assert result.json == {"status": "ok"}
