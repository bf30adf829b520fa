# A test with Django's test client (django.test.Client), run by pytest.
from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.http import JsonResponse
from django.test import Client
from django.urls import path

settings.configure(
    ALLOWED_HOSTS=["127.0.0.1", "localhost", "testserver"], ROOT_URLCONF=__name__, SECRET_KEY="example-only"
)


def status(request):
    return JsonResponse({"status": "ok"})


urlpatterns = [path("", status)]
app = get_wsgi_application()


def test_status():
    response = Client().get("/")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
