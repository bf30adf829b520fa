# An async operation: under Django's ASGI handler it runs on the event loop.
import asyncio

from django.conf import settings
from django.core.asgi import get_asgi_application
from django.urls import path

settings.configure(ALLOWED_HOSTS=["127.0.0.1", "localhost"], ROOT_URLCONF=__name__, SECRET_KEY="example-only")
# Django Ninja reads Django's settings when imported, so it comes after settings.configure().
from ninja import NinjaAPI  # noqa: E402

api = NinjaAPI()


@api.get("/async")
async def async_view(request):
    await asyncio.sleep(0)
    return {"async": True}


urlpatterns = [path("", api.urls)]
app = get_asgi_application()
