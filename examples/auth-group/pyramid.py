# Admin routes are included under the /admin prefix and need a permission that a bearer-token security policy grants.
from pyramid.security import Allowed, Denied
from pyramid.config import Configurator
from pyramid.httpexceptions import HTTPUnauthorized

TOKEN = "secret-token"


class BearerTokenPolicy:
    def identity(self, request):
        return "admin" if request.headers.get("Authorization") == f"Bearer {TOKEN}" else None

    def authenticated_userid(self, request):
        return self.identity(request)

    def permits(self, request, context, permission):
        if permission == "admin" and self.identity(request) == "admin":
            return Allowed("valid admin token")
        return Denied("no valid admin token")

    def remember(self, request, userid, **kw):
        return []

    def forget(self, request, **kw):
        return []


def admin_stats(request):
    return {"admin": True}


def public(request):
    return {"public": True}


def unauthorized(request):
    # Pyramid answers a denied permission with 403; without credentials 401 is the right status.
    return HTTPUnauthorized(headers={"WWW-Authenticate": "Bearer"})


def admin_routes(config):
    config.add_route("admin_stats", "/stats")
    config.add_view(admin_stats, route_name="admin_stats", renderer="json", permission="admin")


with Configurator() as config:
    config.set_security_policy(BearerTokenPolicy())
    config.include(admin_routes, route_prefix="/admin")
    config.add_forbidden_view(unauthorized)
    config.add_route("public", "/public")
    config.add_view(public, route_name="public", renderer="json")
    app = config.make_wsgi_app()
