# Response shaping: the handler returns a public dataclass, which BlackSheep serialises to JSON.
from dataclasses import dataclass

from blacksheep import Application, get, not_found

app = Application()


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


@get("/users/{user_id}")
async def read_user(user_id: int) -> UserOut:
    user = USERS.get(user_id)
    if user is None:
        return not_found()
    return UserOut(id=user.id, name=user.name, email=user.email)
