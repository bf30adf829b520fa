# Typed path and query parameters: an int path converter; query values are read and converted by hand.
from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.http import JsonResponse
from django.urls import path

settings.configure(ALLOWED_HOSTS=["127.0.0.1", "localhost"], ROOT_URLCONF=__name__, SECRET_KEY="example-only")


def read_item(request, item_id):
    try:
        limit = int(request.GET.get("limit", 10))
    except ValueError:
        return JsonResponse({"error": "limit must be an integer"}, status=400)
    return JsonResponse({"item_id": item_id, "q": request.GET.get("q"), "limit": limit})


urlpatterns = [path("items/<int:item_id>", read_item)]
app = get_wsgi_application()
