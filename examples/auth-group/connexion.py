# Routes grouped by API: the admin document is mounted under /admin and its bearer security scheme guards every operation in it.
from connexion import AsyncApp
from connexion.resolver import RelativeResolver

TOKEN = "secret-token"


def check_token(token):
    """Connexion's bearer info function: token info for a good token, None (401) otherwise."""
    return {"sub": "admin"} if token == TOKEN else None


ADMIN_SPEC = {
    "openapi": "3.0.3",
    "info": {"title": "Admin", "version": "1.0"},
    "components": {
        "securitySchemes": {
            "bearer": {"type": "http", "scheme": "bearer", "x-bearerInfoFunc": f"{__name__}.check_token"}
        }
    },
    "security": [{"bearer": []}],  # applies to every operation of this API
    "paths": {"/stats": {"get": {"operationId": "admin_stats", "responses": {"200": {"description": "Stats"}}}}},
}
PUBLIC_SPEC = {
    "openapi": "3.0.3",
    "info": {"title": "Public", "version": "1.0"},
    "paths": {"/public": {"get": {"operationId": "public", "responses": {"200": {"description": "Open"}}}}},
}


def admin_stats():
    return {"admin": True}


def public():
    return {"public": True}


app = AsyncApp(__name__)
app.add_api(ADMIN_SPEC, base_path="/admin", resolver=RelativeResolver(__name__))
app.add_api(PUBLIC_SPEC, resolver=RelativeResolver(__name__))
