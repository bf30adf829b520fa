# A not-found view and an exception view for any Exception render JSON errors.
from pyramid.config import Configurator


def boom(request):
    raise RuntimeError("something broke")


def not_found(request):
    request.response.status = 404
    return {"error": "not found"}


def internal_error(exc, request):
    request.response.status = 500
    return {"error": "internal error"}


with Configurator() as config:
    config.add_route("boom", "/boom")
    config.add_view(boom, route_name="boom")
    config.add_notfound_view(not_found, renderer="json")
    config.add_exception_view(internal_error, context=Exception, renderer="json")
    app = config.make_wsgi_app()
