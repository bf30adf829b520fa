# handler404 and handler500 in the URLconf replace Django's error pages with JSON bodies.
from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.http import JsonResponse
from django.urls import path

settings.configure(
    DEBUG=False, ALLOWED_HOSTS=["127.0.0.1", "localhost"], ROOT_URLCONF=__name__, SECRET_KEY="example-only"
)


def not_found(request, exception):
    return JsonResponse({"error": "not found"}, status=404)


def internal_error(request):
    return JsonResponse({"error": "internal error"}, status=500)


def boom(request):
    raise RuntimeError("something broke")


handler404 = not_found
handler500 = internal_error
urlpatterns = [path("boom", boom)]
app = get_wsgi_application()
