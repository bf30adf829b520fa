# The json_out tool encodes the returned dict, built from the public fields of an internal dataclass.
from dataclasses import dataclass

import cherrypy


@dataclass
class User:
    id: int
    name: str
    email: str
    password_hash: str

    def to_public(self):
        return {"id": self.id, "name": self.name, "email": self.email}


USERS = {1: User(1, "Ada Lovelace", "ada@example.com", "pbkdf2:sha256$not-a-real-hash")}


@cherrypy.popargs("user_id")
class Users:
    @cherrypy.expose
    @cherrypy.tools.params()
    @cherrypy.tools.json_out()
    def index(self, user_id: int):
        user = USERS.get(user_id)
        if user is None:
            raise cherrypy.NotFound()
        return user.to_public()


class Root:
    users = Users()


# Without this CherryPy redirects /items/42 to /items/42/ (its default for an index handler).
app = cherrypy.tree.mount(Root(), "/", {"/": {"tools.trailing_slash.on": False}})
