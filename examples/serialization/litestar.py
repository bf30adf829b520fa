# Serialization: a DataclassDTO that excludes password_hash shapes the response.
from dataclasses import dataclass

from litestar import Litestar, get
from litestar.dto import DataclassDTO, DTOConfig
from litestar.exceptions import NotFoundException


@dataclass
class User:
    id: int
    name: str
    email: str
    password_hash: str


class UserPublic(DataclassDTO[User]):
    config = DTOConfig(exclude={"password_hash"})


USERS = {1: User(1, "Ada Lovelace", "ada@example.com", "pbkdf2:sha256:not-a-real-hash")}


@get("/users/{user_id:int}", return_dto=UserPublic)
async def read_user(user_id: int) -> User:
    if user_id not in USERS:
        raise NotFoundException("user not found")
    return USERS[user_id]


app = Litestar(route_handlers=[read_user])
