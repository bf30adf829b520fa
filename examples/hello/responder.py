# Hello world: setting resp.text sends plain text.
import responder

api = responder.API()


@api.route("/")
def hello(req, resp):
    resp.text = "Hello, World!"


app = api  # serve.py looks for `app`; Responder's docs call it `api`
