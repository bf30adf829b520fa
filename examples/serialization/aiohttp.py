# Response shaping by hand: the handler picks the public fields and returns web.json_response().
from dataclasses import dataclass

from aiohttp import web


@dataclass
class User:
    id: int
    name: str
    email: str
    password_hash: str

    def public(self) -> dict:
        return {"id": self.id, "name": self.name, "email": self.email}


USERS = {1: User(1, "Ada Lovelace", "ada@example.com", "pbkdf2:sha256:...")}
routes = web.RouteTableDef()


@routes.get(r"/users/{user_id:\d+}")
async def read_user(request):
    user = USERS.get(int(request.match_info["user_id"]))
    if user is None:
        raise web.HTTPNotFound()
    return web.json_response(user.public())


app = web.Application()
app.add_routes(routes)

if __name__ == "__main__":
    web.run_app(app)
