# Response shaping: a dict or list return value becomes JSON, so the handler picks the public fields itself.
from dataclasses import dataclass

from microdot.asgi import Microdot

app = Microdot()


@dataclass
class User:
    id: int
    name: str
    email: str
    password: str


USERS = {1: User(1, "Ada Lovelace", "ada@example.com", "not-for-clients")}


def public(user):
    return {"id": user.id, "name": user.name, "email": user.email}


@app.get("/users/<int:user_id>")
async def get_user(request, user_id):
    user = USERS.get(user_id)
    if user is None:
        return {"error": "not found"}, 404
    return public(user)
