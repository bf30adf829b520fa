# The API's output_model shapes the response, so the stored password never leaves the server.
from panther import Panther
from panther.app import API
from panther.exceptions import NotFoundAPIError
from pydantic import BaseModel

USERS = {1: {"id": 1, "name": "Ada Lovelace", "email": "ada@example.com", "password": "s3cret"}}


class UserOut(BaseModel):
    id: int
    name: str
    email: str


@API(output_model=UserOut)
async def get_user(user_id: int):
    if user_id not in USERS:
        raise NotFoundAPIError
    return USERS[user_id]


url_routing = {"users/<user_id>/": get_user}
app = Panther(__name__, configs=__name__, urls=url_routing)
