# JSON errors: error handlers registered on the app replace Connexion's default problem responses for 404 and for any exception.
from connexion import AsyncApp
from connexion.lifecycle import ConnexionResponse
from connexion.resolver import RelativeResolver

SPEC = {
    "openapi": "3.0.3",
    "info": {"title": "Errors", "version": "1.0"},
    "paths": {"/boom": {"get": {"operationId": "boom", "responses": {"200": {"description": "Never"}}}}},
}


def boom():
    raise RuntimeError("something broke")


def not_found(request, exc):
    return ConnexionResponse(status_code=404, content_type="application/json", body='{"error": "not found"}')


def internal_error(request, exc):
    return ConnexionResponse(status_code=500, content_type="application/json", body='{"error": "internal error"}')


app = AsyncApp(__name__)
app.add_error_handler(404, not_found)
app.add_error_handler(Exception, internal_error)
app.add_api(SPEC, resolver=RelativeResolver(__name__))
