# Startup code: neither Django Ninja nor Django has a lifespan hook; AppConfig.ready() runs once
# when Django sets up, before the first request reaches the API.
from pathlib import Path

from django.apps import AppConfig, apps
from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.urls import path


class ExampleConfig(AppConfig):
    name = __name__
    label = "example"
    path = str(Path(__file__).parent)

    def ready(self):
        self.state = {"greeting": "hi"}


settings.configure(
    ALLOWED_HOSTS=["127.0.0.1", "localhost"],
    ROOT_URLCONF=__name__,
    SECRET_KEY="example-only",
    INSTALLED_APPS=[f"{__name__}.ExampleConfig"],
)
# Django Ninja reads Django's settings when imported, so it comes after settings.configure().
from ninja import NinjaAPI  # noqa: E402

api = NinjaAPI()


@api.get("/state")
def state(request):
    config = apps.get_app_config("example")
    return {"started": apps.ready, "greeting": config.state["greeting"]}


urlpatterns = [path("", api.urls)]
app = get_wsgi_application()
