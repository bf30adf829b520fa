# Serialization: a dataclass holds the record; the endpoint returns only the public fields.
from dataclasses import dataclass

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.responses import JSONResponse
from starlette.routing import Route


@dataclass
class User:
    id: int
    name: str
    email: str
    password_hash: str


USERS = {1: User(1, "Ada Lovelace", "ada@example.com", "pbkdf2:sha256:not-a-real-hash")}


async def read_user(request):
    user = USERS.get(request.path_params["user_id"])
    if user is None:
        raise HTTPException(status_code=404)
    return JSONResponse({"id": user.id, "name": user.name, "email": user.email})


app = Starlette(routes=[Route("/users/{user_id:int}", read_user)])
