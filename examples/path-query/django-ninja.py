# Path and query parameters are declared by the operation's type hints and validated by Pydantic.
from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.urls import path

settings.configure(ALLOWED_HOSTS=["127.0.0.1", "localhost"], ROOT_URLCONF=__name__, SECRET_KEY="example-only")
# Django Ninja reads Django's settings when imported, so it comes after settings.configure().
from ninja import NinjaAPI  # noqa: E402

api = NinjaAPI()


@api.get("/items/{item_id}")
def read_item(request, item_id: int, q: str | None = None, limit: int = 10):
    return {"item_id": item_id, "q": q, "limit": limit}


urlpatterns = [path("", api.urls)]
app = get_wsgi_application()
