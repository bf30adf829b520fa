# Hello world: a NinjaAPI mounted in a single-file Django project; the operation returns a plain-text HttpResponse.
from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.http import HttpResponse
from django.urls import path

settings.configure(
    DEBUG=False, ALLOWED_HOSTS=["127.0.0.1", "localhost"], ROOT_URLCONF=__name__, SECRET_KEY="example-only"
)
# Django Ninja reads Django's settings when imported, so it comes after settings.configure().
from ninja import NinjaAPI  # noqa: E402

api = NinjaAPI()


@api.get("/")
def hello(request):
    return HttpResponse("Hello, World!", content_type="text/plain")


urlpatterns = [path("", api.urls)]
app = get_wsgi_application()
