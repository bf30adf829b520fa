# A generator operation with a JSONL response type: Django Ninja streams one JSON line per item.
from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.urls import path

settings.configure(ALLOWED_HOSTS=["127.0.0.1", "localhost"], ROOT_URLCONF=__name__, SECRET_KEY="example-only")
# Django Ninja reads Django's settings when imported, so it comes after settings.configure().
from ninja import JSONL, NinjaAPI  # noqa: E402

api = NinjaAPI()


@api.get("/stream", response=JSONL[int])
def stream(request):
    yield from range(5)


urlpatterns = [path("", api.urls)]
app = get_wsgi_application()
