# StreamingHttpResponse sends what a generator yields, chunk by chunk.
from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.http import StreamingHttpResponse
from django.urls import path

settings.configure(ALLOWED_HOSTS=["127.0.0.1", "localhost"], ROOT_URLCONF=__name__, SECRET_KEY="example-only")


def lines():
    for i in range(5):
        yield f"{i}\n"


def stream(request):
    return StreamingHttpResponse(lines(), content_type="text/plain")


urlpatterns = [path("stream", stream)]
app = get_wsgi_application()
