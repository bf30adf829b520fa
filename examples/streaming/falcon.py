# A generator assigned to resp.stream is sent as it is produced, without a Content-Length.
import falcon


def count():
    for i in range(5):
        yield f"{i}\n".encode()


class StreamResource:
    def on_get(self, req, resp):
        resp.content_type = falcon.MEDIA_TEXT
        resp.stream = count()


app = falcon.App()
app.add_route("/stream", StreamResource())
