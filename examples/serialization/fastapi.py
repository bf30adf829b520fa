# Serialization: the response_model keeps only the public fields of the internal model.
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()


class UserPublic(BaseModel):
    id: int
    name: str
    email: str


class UserInDB(UserPublic):
    password_hash: str


USERS = {1: UserInDB(id=1, name="Ada Lovelace", email="ada@example.com", password_hash="pbkdf2:sha256:not-a-real-hash")}


@app.get("/users/{user_id}", response_model=UserPublic)
def read_user(user_id: int):
    if user_id not in USERS:
        raise HTTPException(status_code=404, detail="user not found")
    return USERS[user_id]
