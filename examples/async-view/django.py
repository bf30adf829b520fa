# An async view (Django 3.1+): under ASGI it runs on the event loop; under WSGI, in a loop of its own.
import asyncio

from django.conf import settings
from django.core.asgi import get_asgi_application
from django.http import JsonResponse
from django.urls import path

settings.configure(ALLOWED_HOSTS=["127.0.0.1", "localhost"], ROOT_URLCONF=__name__, SECRET_KEY="example-only")


async def async_view(request):
    await asyncio.sleep(0)
    return JsonResponse({"async": True})


urlpatterns = [path("async", async_view)]
app = get_asgi_application()
