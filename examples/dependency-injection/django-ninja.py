# Per-request resource: Django Ninja has no dependency injection; a decorator added to the router
# opens the resource on the request before the operation runs and closes it afterwards.
import functools

from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.urls import path

settings.configure(ALLOWED_HOSTS=["127.0.0.1", "localhost"], ROOT_URLCONF=__name__, SECRET_KEY="example-only")
# Django Ninja reads Django's settings when imported, so it comes after settings.configure().
from ninja import NinjaAPI, Router  # noqa: E402

stats = {"opened": 0, "closed": 0}


class Resource:
    def __init__(self):
        stats["opened"] += 1
        self.state = "open"

    def close(self):
        stats["closed"] += 1


def with_resource(operation):
    @functools.wraps(operation)
    def wrapper(request, *args, **kwargs):
        request.resource = Resource()
        try:
            return operation(request, *args, **kwargs)
        finally:
            request.resource.close()

    return wrapper


api = NinjaAPI()
resources = Router()
resources.add_decorator(with_resource)


@resources.get("/resource")
def use_resource(request):
    return {"resource": request.resource.state}


@api.get("/stats")
def read_stats(request):
    return stats


api.add_router("", resources)
urlpatterns = [path("", api.urls)]
app = get_wsgi_application()
