# Response shaping: the route's response model keeps only the public fields of the internal object.
from dataclasses import dataclass

import reflex as rx
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

api = FastAPI()


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


@api.get("/users/{user_id}", response_model=PublicUser)
def get_user(user_id: int):
    if user_id not in USERS:
        raise HTTPException(status_code=404, detail="not found")
    return USERS[user_id]


app = rx.App(api_transformer=api)
