# response_model shapes resp.media through a Pydantic model, so fields it does not declare are dropped.
import responder
from pydantic import BaseModel
from responder import abort

api = responder.API()

USERS = {1: {"id": 1, "name": "Ada Lovelace", "email": "ada@example.com", "password": "s3cret"}}


class UserOut(BaseModel):
    id: int
    name: str
    email: str


@api.get("/users/{user_id:int}", response_model=UserOut)
def get_user(req, resp, *, user_id):
    if user_id not in USERS:
        abort(404, detail="user not found")
    resp.media = USERS[user_id]


app = api
