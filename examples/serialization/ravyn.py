# The handler's return type, a Pydantic model without the password, shapes the JSON response.
from dataclasses import dataclass

from pydantic import BaseModel
from ravyn import NotFound, Ravyn, get


@dataclass
class User:
    id: int
    name: str
    email: str
    password: str


USERS = {1: User(1, "Ada Lovelace", "ada@example.com", "secret")}


class UserOut(BaseModel):
    id: int
    name: str
    email: str


@get("/users/{user_id:int}")
def read_user(user_id: int) -> UserOut:
    if user_id not in USERS:
        raise NotFound("user not found")
    user = USERS[user_id]
    return UserOut(id=user.id, name=user.name, email=user.email)


app = Ravyn(routes=[read_user])
