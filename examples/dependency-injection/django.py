# Per-request resource: Django has no dependency injection; a view decorator opens the resource,
# passes it to the view and closes it afterwards.
import functools

from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.http import JsonResponse
from django.urls import path

settings.configure(ALLOWED_HOSTS=["127.0.0.1", "localhost"], ROOT_URLCONF=__name__, SECRET_KEY="example-only")
stats = {"opened": 0, "closed": 0}


class Resource:
    def __init__(self):
        stats["opened"] += 1
        self.state = "open"

    def close(self):
        stats["closed"] += 1


def with_resource(view):
    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        resource = Resource()
        try:
            return view(request, resource, *args, **kwargs)
        finally:
            resource.close()

    return wrapper


@with_resource
def use_resource(request, resource):
    return JsonResponse({"resource": resource.state})


def read_stats(request):
    return JsonResponse(stats)


urlpatterns = [path("resource", use_resource), path("stats", read_stats)]
app = get_wsgi_application()
