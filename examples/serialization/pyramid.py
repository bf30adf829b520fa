# The view returns the internal object; an adapter registered on the json renderer picks its public fields.
from dataclasses import dataclass

from pyramid.config import Configurator
from pyramid.httpexceptions import HTTPNotFound
from pyramid.renderers import JSON


@dataclass
class User:
    id: int
    name: str
    email: str
    password_hash: str


USERS = {1: User(1, "Ada Lovelace", "ada@example.com", "pbkdf2:sha256$not-a-real-hash")}


def user_to_json(user, request):
    return {"id": user.id, "name": user.name, "email": user.email}


def get_user(request):
    user = USERS.get(int(request.matchdict["user_id"]))
    if user is None:
        raise HTTPNotFound()
    return user


with Configurator() as config:
    json_renderer = JSON()
    json_renderer.add_adapter(User, user_to_json)
    config.add_renderer("json", json_renderer)
    config.add_route("user", r"/users/{user_id:\d+}")
    config.add_view(get_user, route_name="user", renderer="json")
    app = config.make_wsgi_app()
