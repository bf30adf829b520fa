# A dict returned by a handler is sent as JSON, so the public fields are picked out of the internal object.
from dataclasses import dataclass

from fasthtml.common import *


@dataclass
class User:
    id: int
    name: str
    email: str
    password: str


USERS = {1: User(1, "Ada Lovelace", "ada@example.com", "s3cret")}

app, rt = fast_app()


@rt("/users/{user_id:int}")
def get(user_id: int):
    user = USERS.get(user_id)
    if user is None:
        raise HTTPException(404, "user not found")
    return {"id": user.id, "name": user.name, "email": user.email}


serve()
