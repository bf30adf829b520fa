# Response shaping by hand: the handler picks the public fields and write() sends the dict as JSON.
import asyncio
from dataclasses import dataclass

from tornado.web import Application, HTTPError, RequestHandler


@dataclass
class User:
    id: int
    name: str
    email: str
    password_hash: str

    def public(self) -> dict:
        return {"id": self.id, "name": self.name, "email": self.email}


USERS = {1: User(1, "Ada Lovelace", "ada@example.com", "pbkdf2:sha256:...")}


class UserHandler(RequestHandler):
    def get(self, user_id):
        user = USERS.get(int(user_id))
        if user is None:
            raise HTTPError(404)
        self.write(user.public())


app = Application([(r"/users/(\d+)", UserHandler)])

async def main():
    app.listen(8888)
    await asyncio.Event().wait()


if __name__ == "__main__":
    asyncio.run(main())
