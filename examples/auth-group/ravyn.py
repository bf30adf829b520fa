# An Include groups the /admin routes; one permission on it checks the bearer token for all of them.
from ravyn import BasePermission, Gateway, Include, NotAuthenticated, Ravyn, get

TOKEN = "secret-token"


class HasAdminToken(BasePermission):
    def has_permission(self, request, controller):
        if request.headers.get("Authorization") != f"Bearer {TOKEN}":
            raise NotAuthenticated("a valid bearer token is required")
        return True


@get("/stats")
def stats() -> dict:
    return {"admin": True}


@get("/public")
def public() -> dict:
    return {"public": True}


app = Ravyn(
    routes=[
        Include("/admin", routes=[Gateway(handler=stats)], permissions=[HasAdminToken]),
        Gateway(handler=public),
    ]
)
