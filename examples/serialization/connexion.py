# Response shaping: the handler returns only the public fields, and response validation rejects any extra one.
from dataclasses import dataclass

from connexion import AsyncApp
from connexion.problem import problem
from connexion.resolver import RelativeResolver


@dataclass
class User:
    id: int
    name: str
    email: str
    password: str


USERS = {1: User(1, "Ada Lovelace", "ada@example.com", "s3cret")}
PUBLIC_USER = {
    "type": "object",
    "additionalProperties": False,
    "properties": {"id": {"type": "integer"}, "name": {"type": "string"}, "email": {"type": "string"}},
}
SPEC = {
    "openapi": "3.0.3",
    "info": {"title": "Users", "version": "1.0"},
    "paths": {
        "/users/{user_id}": {
            "get": {
                "operationId": "get_user",
                "parameters": [{"name": "user_id", "in": "path", "required": True, "schema": {"type": "integer"}}],
                "responses": {
                    "200": {"description": "The user", "content": {"application/json": {"schema": PUBLIC_USER}}},
                    "404": {"description": "No such user"},
                },
            }
        }
    },
}


def get_user(user_id):
    user = USERS.get(user_id)
    if user is None:
        return problem(404, "Not Found", "There is no user with this id.")
    return {"id": user.id, "name": user.name, "email": user.email}


app = AsyncApp(__name__)
app.add_api(SPEC, resolver=RelativeResolver(__name__), validate_responses=True)
