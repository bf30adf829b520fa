# api.exception_handler turns errors raised in operations into JSON; an unknown URL never reaches
# the API, so Django's handler404 in the URLconf answers it.
from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.http import JsonResponse
from django.urls import path

settings.configure(
    DEBUG=False, ALLOWED_HOSTS=["127.0.0.1", "localhost"], ROOT_URLCONF=__name__, SECRET_KEY="example-only"
)
# Django Ninja reads Django's settings when imported, so it comes after settings.configure().
from ninja import NinjaAPI  # noqa: E402

api = NinjaAPI()


@api.exception_handler(Exception)
def internal_error(request, exc):
    return api.create_response(request, {"error": "internal error"}, status=500)


@api.get("/boom")
def boom(request):
    raise RuntimeError("something broke")


def not_found(request, exception):
    return JsonResponse({"error": "not found"}, status=404)


handler404 = not_found
urlpatterns = [path("", api.urls)]
app = get_wsgi_application()
