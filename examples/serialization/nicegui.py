# Response shaping: the route's return model keeps only the public fields of the internal object.
from dataclasses import dataclass

from fastapi import HTTPException
from nicegui import app, ui
from pydantic import BaseModel


@dataclass
class User:
    id: int
    name: str
    email: str
    password: str


class PublicUser(BaseModel):
    id: int
    name: str
    email: str


USERS = {1: User(1, "Ada Lovelace", "ada@example.com", "not-for-clients")}


@app.get("/users/{user_id}", response_model=PublicUser)
def get_user(user_id: int):
    if user_id not in USERS:
        raise HTTPException(status_code=404, detail="not found")
    return USERS[user_id]


if __name__ in {"__main__", "__mp_main__"}:
    ui.run()
