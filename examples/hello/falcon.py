# Hello world: one resource class whose on_get responder returns plain text.
import falcon


class HelloResource:
    def on_get(self, req, resp):
        resp.content_type = falcon.MEDIA_TEXT
        resp.text = "Hello, World!"


app = falcon.App()
app.add_route("/", HelloResource())
