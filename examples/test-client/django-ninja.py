# A test with Django Ninja's TestClient, which calls the router's operations without a server.
from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.urls import path

settings.configure(ALLOWED_HOSTS=["127.0.0.1", "localhost"], ROOT_URLCONF=__name__, SECRET_KEY="example-only")
# Django Ninja reads Django's settings when imported, so it comes after settings.configure().
from ninja import NinjaAPI, Router  # noqa: E402
from ninja.testing import TestClient  # noqa: E402

api = NinjaAPI()
router = Router()


@router.get("/")
def status(request):
    return {"status": "ok"}


api.add_router("", router)
urlpatterns = [path("", api.urls)]
app = get_wsgi_application()


def test_status():
    response = TestClient(router).get("/")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
