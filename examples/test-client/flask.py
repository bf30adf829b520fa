# A test with Flask's own test client (app.test_client()), run by pytest.
from flask import Flask

app = Flask(__name__)


@app.get("/")
def status():
    return {"status": "ok"}


def test_status():
    response = app.test_client().get("/")
    assert response.status_code == 200
    assert response.json == {"status": "ok"}
