# An HTML page from templates/hello.html with the Django template engine (autoescaping on).
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


def hello(request, name):
    return render(request, "hello.html", {"name": name})


urlpatterns = [path("hello/<str:name>", hello)]
app = get_wsgi_application()
