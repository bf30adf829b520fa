# Error handlers turn the 404 and any unhandled exception into JSON bodies.
from flask import Flask
from werkzeug.exceptions import HTTPException

app = Flask(__name__)


@app.errorhandler(404)
def not_found(error):
    return {"error": "not found"}, 404


@app.errorhandler(Exception)
def internal_error(error):
    if isinstance(error, HTTPException):  # other HTTP errors keep their own response
        return error
    app.logger.exception("unhandled error")
    return {"error": "internal error"}, 500


@app.get("/boom")
def boom():
    raise RuntimeError("something broke")
