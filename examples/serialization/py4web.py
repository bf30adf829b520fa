# An action returns a dict, which py4web sends as JSON; only the public fields are copied into it.
__name__ = "apps.serialization"

from dataclasses import dataclass

from py4web import HTTP, action
from py4web.core import bottle


@dataclass
class User:
    id: int
    name: str
    email: str
    password_hash: str


USERS = {1: User(1, "Ada Lovelace", "ada@example.com", "pbkdf2:sha256$not-a-real-hash")}


@action("/users/<user_id:int>", method="GET")
def get_user(user_id):
    user = USERS.get(user_id)
    if user is None:
        raise HTTP(404, body={"error": "not found"})
    return {"id": user.id, "name": user.name, "email": user.email}


app = bottle.default_app()
