# Responses shaped from an internal dataclass: only the public fields go into resp.media.
from dataclasses import dataclass

import falcon


@dataclass
class User:
    id: int
    name: str
    email: str
    password_hash: str

    def to_public(self):
        return {"id": self.id, "name": self.name, "email": self.email}


USERS = {1: User(1, "Ada Lovelace", "ada@example.com", "pbkdf2:sha256$not-a-real-hash")}


class UserResource:
    def on_get(self, req, resp, user_id):
        user = USERS.get(user_id)
        if user is None:
            raise falcon.HTTPNotFound()
        resp.media = user.to_public()


app = falcon.App()
app.add_route("/users/{user_id:int}", UserResource())
