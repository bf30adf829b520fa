# py4web has no route groups: every /admin action declares the same bearer-token fixture in action.uses.
__name__ = "apps.auth_group"

from py4web import HTTP, action, request
from py4web.core import Fixture, bottle

TOKEN = "secret-token"


class BearerToken(Fixture):
    def on_request(self, context):
        if request.headers.get("Authorization") != f"Bearer {TOKEN}":
            raise HTTP(401, body={"error": "unauthorized"}, headers={"WWW-Authenticate": "Bearer"})


admin = BearerToken()


@action("/admin/stats", method="GET")
@action.uses(admin)
def admin_stats():
    return {"admin": True}


@action("/public", method="GET")
def public():
    return {"public": True}


app = bottle.default_app()
