# Hello world: a single-file Django project with one view returning plain text.
from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.http import HttpResponse
from django.urls import path

settings.configure(
    DEBUG=False, ALLOWED_HOSTS=["127.0.0.1", "localhost"], ROOT_URLCONF=__name__, SECRET_KEY="example-only"
)


def hello(request):
    return HttpResponse("Hello, World!", content_type="text/plain")


urlpatterns = [path("", hello)]
app = get_wsgi_application()
