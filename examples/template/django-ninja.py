# An operation may return any Django response, so the page comes from Django's render() and
# templates/hello.html (autoescaping on).
from pathlib import Path

from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.shortcuts import render
from django.urls import path

settings.configure(
    ALLOWED_HOSTS=["127.0.0.1", "localhost"],
    ROOT_URLCONF=__name__,
    SECRET_KEY="example-only",
    TEMPLATES=[
        {"BACKEND": "django.template.backends.django.DjangoTemplates", "DIRS": [Path(__file__).parent / "templates"]}
    ],
)
# Django Ninja reads Django's settings when imported, so it comes after settings.configure().
from ninja import NinjaAPI  # noqa: E402

api = NinjaAPI()


@api.get("/hello/{name}")
def hello(request, name: str):
    return render(request, "hello.html", {"name": name})


urlpatterns = [path("", api.urls)]
app = get_wsgi_application()
