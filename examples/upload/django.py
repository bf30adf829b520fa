# A multipart upload read from request.FILES.
from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.http import JsonResponse
from django.urls import path
from django.views.decorators.http import require_POST

settings.configure(ALLOWED_HOSTS=["127.0.0.1", "localhost"], ROOT_URLCONF=__name__, SECRET_KEY="example-only")


@require_POST
def upload(request):
    file = request.FILES["file"]
    return JsonResponse({"filename": file.name, "size": file.size})


urlpatterns = [path("upload", upload)]
app = get_wsgi_application()
