# A Router for /admin with one HttpBearer auth class guards every operation on it.
from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.urls import path

settings.configure(ALLOWED_HOSTS=["127.0.0.1", "localhost"], ROOT_URLCONF=__name__, SECRET_KEY="example-only")
# Django Ninja reads Django's settings when imported, so it comes after settings.configure().
from ninja import NinjaAPI, Router  # noqa: E402
from ninja.security import HttpBearer  # noqa: E402

TOKEN = "secret-token"


class AdminToken(HttpBearer):
    def authenticate(self, request, token):
        if token == TOKEN:
            return token


api = NinjaAPI()
admin = Router(auth=AdminToken())


@admin.get("/stats")
def stats(request):
    return {"admin": True}


@api.get("/public")
def public(request):
    return {"public": True}


api.add_router("/admin", admin)
urlpatterns = [path("", api.urls)]
app = get_wsgi_application()
