# Response shaping: the JSON service serializes a dict built from the public fields only.
from dataclasses import dataclass

from emmett import App, abort
from emmett.tools import service

app = App(__name__)


@dataclass
class User:
    id: int
    name: str
    email: str
    password: str


USERS = {1: User(1, "Ada Lovelace", "ada@example.com", "s3cret")}


@app.route("/users/<int:user_id>", methods="get")
@service.json
async def get_user(user_id):
    user = USERS.get(user_id) or abort(404)
    return {"id": user.id, "name": user.name, "email": user.email}
