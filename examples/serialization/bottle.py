# Returning a dict gives JSON; the dict is built from the public fields of an internal dataclass.
from dataclasses import dataclass

from bottle import Bottle, abort

app = Bottle()


@dataclass
class User:
    id: int
    name: str
    email: str
    password_hash: str

    def to_public(self):
        return {"id": self.id, "name": self.name, "email": self.email}


USERS = {1: User(1, "Ada Lovelace", "ada@example.com", "pbkdf2:sha256$not-a-real-hash")}


@app.get("/users/<user_id:int>")
def get_user(user_id):
    user = USERS.get(user_id)
    if user is None:
        abort(404, "No such user.")
    return user.to_public()
