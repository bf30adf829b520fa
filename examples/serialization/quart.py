# Response shaping: Quart-Schema serialises the handler's object through a public model.
from dataclasses import dataclass

from quart import Quart, abort
from quart_schema import QuartSchema, validate_response

app = Quart(__name__)
QuartSchema(app)


@dataclass
class User:
    id: int
    name: str
    email: str
    password_hash: str


@dataclass
class UserOut:
    id: int
    name: str
    email: str


USERS = {1: User(1, "Ada Lovelace", "ada@example.com", "pbkdf2:sha256:...")}


@app.get("/users/<int:user_id>")
@validate_response(UserOut)
async def read_user(user_id: int):
    user = USERS.get(user_id)
    if user is None:
        abort(404)
    return UserOut(id=user.id, name=user.name, email=user.email)
