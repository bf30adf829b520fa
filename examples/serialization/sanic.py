# Response shaping: a handler maps the internal object to the public fields and returns json().
from dataclasses import dataclass

from sanic import Sanic
from sanic.exceptions import NotFound
from sanic.response import json

app = Sanic("Serialization")


@dataclass
class User:
    id: int
    name: str
    email: str
    password_hash: str

    def public(self) -> dict:
        return {"id": self.id, "name": self.name, "email": self.email}


USERS = {1: User(1, "Ada Lovelace", "ada@example.com", "pbkdf2:sha256:...")}


@app.get("/users/<user_id:int>")
async def read_user(request, user_id: int):
    user = USERS.get(user_id)
    if user is None:
        raise NotFound("no such user")
    return json(user.public())
