# Serialization: a dataclass holds the record; the view picks the public fields for JsonResponse.
from dataclasses import dataclass

from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.http import Http404, JsonResponse
from django.urls import path

settings.configure(ALLOWED_HOSTS=["127.0.0.1", "localhost"], ROOT_URLCONF=__name__, SECRET_KEY="example-only")


@dataclass
class User:
    id: int
    name: str
    email: str
    password_hash: str


USERS = {1: User(1, "Ada Lovelace", "ada@example.com", "pbkdf2:sha256:not-a-real-hash")}


def read_user(request, user_id):
    user = USERS.get(user_id)
    if user is None:
        raise Http404("user not found")
    return JsonResponse({"id": user.id, "name": user.name, "email": user.email})


urlpatterns = [path("users/<int:user_id>", read_user)]
app = get_wsgi_application()
