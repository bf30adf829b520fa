# A blueprint groups the /admin routes; its before_request hook checks the bearer token once for all.
from flask import Blueprint, Flask, abort, request

app = Flask(__name__)
admin = Blueprint("admin", __name__, url_prefix="/admin")


@admin.before_request
def require_token():
    if request.headers.get("Authorization") != "Bearer secret-token":
        abort(401)


@admin.get("/stats")
def stats():
    return {"admin": True}


@app.get("/public")
def public():
    return {"public": True}


app.register_blueprint(admin)
