# The response schema picks the fields that leave the server, so the stored password never does.
from dataclasses import dataclass

from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.urls import path

settings.configure(ALLOWED_HOSTS=["127.0.0.1", "localhost"], ROOT_URLCONF=__name__, SECRET_KEY="example-only")
# Django Ninja reads Django's settings when imported, so it comes after settings.configure().
from ninja import NinjaAPI, Schema  # noqa: E402
from ninja.errors import HttpError  # noqa: E402

api = NinjaAPI()


@dataclass
class User:
    id: int
    name: str
    email: str
    password: str


USERS = {1: User(1, "Ada Lovelace", "ada@example.com", "secret")}


class UserOut(Schema):
    id: int
    name: str
    email: str


@api.get("/users/{user_id}", response=UserOut)
def read_user(request, user_id: int):
    if user_id not in USERS:
        raise HttpError(404, "user not found")
    return USERS[user_id]


urlpatterns = [path("", api.urls)]
app = get_wsgi_application()
