# Django Ninja uses Django's middleware: a timing middleware, and django-cors-headers for one origin.
import time

from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.http import HttpResponse
from django.urls import path


def process_time_middleware(get_response):
    def middleware(request):
        start = time.perf_counter()
        response = get_response(request)
        response["X-Process-Time"] = f"{time.perf_counter() - start:.6f}"
        return response

    return middleware


settings.configure(
    ALLOWED_HOSTS=["127.0.0.1", "localhost"],
    ROOT_URLCONF=__name__,
    SECRET_KEY="example-only",
    INSTALLED_APPS=["corsheaders"],
    MIDDLEWARE=[f"{__name__}.process_time_middleware", "corsheaders.middleware.CorsMiddleware"],
    CORS_ALLOWED_ORIGINS=["https://example.org"],
)
# Django Ninja reads Django's settings when imported, so it comes after settings.configure().
from ninja import NinjaAPI  # noqa: E402

api = NinjaAPI()


@api.get("/")
def hello(request):
    return HttpResponse("Hello, World!", content_type="text/plain")


urlpatterns = [path("", api.urls)]
app = get_wsgi_application()
