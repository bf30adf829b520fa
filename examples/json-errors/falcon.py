# Error handlers turn an unknown route and an unexpected exception into JSON errors.
import falcon


class BoomResource:
    def on_get(self, req, resp):
        raise RuntimeError("something broke")


def not_found(req, resp, ex, params):
    resp.status = falcon.HTTP_404
    resp.media = {"error": "not found"}


def internal_error(req, resp, ex, params):
    resp.status = falcon.HTTP_500
    resp.media = {"error": "internal error"}


app = falcon.App()
app.add_route("/boom", BoomResource())
app.add_error_handler(Exception, internal_error)  # the most specific handler wins
app.add_error_handler(falcon.HTTPNotFound, not_found)
