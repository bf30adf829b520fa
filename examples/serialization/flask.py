# Serialization: a dataclass holds the record; the view returns only the public fields as JSON.
from dataclasses import dataclass

from flask import Flask, abort

app = Flask(__name__)


@dataclass
class User:
    id: int
    name: str
    email: str
    password_hash: str

    def public(self):
        return {"id": self.id, "name": self.name, "email": self.email}


USERS = {1: User(1, "Ada Lovelace", "ada@example.com", "pbkdf2:sha256:not-a-real-hash")}


@app.get("/users/<int:user_id>")
def read_user(user_id):
    user = USERS.get(user_id) or abort(404)
    return user.public()
