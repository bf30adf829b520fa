# File[UploadedFile] reads a multipart upload through Django's upload handlers.
from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.urls import path

settings.configure(ALLOWED_HOSTS=["127.0.0.1", "localhost"], ROOT_URLCONF=__name__, SECRET_KEY="example-only")
# Django Ninja reads Django's settings when imported, so it comes after settings.configure().
from ninja import File, NinjaAPI, UploadedFile  # noqa: E402

api = NinjaAPI()


@api.post("/upload")
def upload(request, file: File[UploadedFile]):
    return {"filename": file.name, "size": file.size}


urlpatterns = [path("", api.urls)]
app = get_wsgi_application()
