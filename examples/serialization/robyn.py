# The handler returns a pydantic model built from the stored record, so the password is never serialized.
from pydantic import BaseModel
from robyn import Response, Robyn

app = Robyn(__file__)

USERS = {1: {"id": 1, "name": "Ada Lovelace", "email": "ada@example.com", "password": "s3cret"}}


class UserOut(BaseModel):
    id: int
    name: str
    email: str


@app.get("/users/:user_id")
def get_user(user_id: int):
    if user_id not in USERS:
        return Response(status_code=404, headers={}, description="not found")
    return UserOut(**USERS[user_id])


if __name__ == "__main__":
    app.start()
