# An app and a test using falcon.testing.TestClient, which calls the app in-process.
import falcon
import falcon.testing


class StatusResource:
    def on_get(self, req, resp):
        resp.media = {"status": "ok"}


app = falcon.App()
app.add_route("/", StatusResource())


def test_status():
    client = falcon.testing.TestClient(app)
    result = client.simulate_get("/")
    assert result.status_code == 200
    assert result.json == {"status": "ok"}
