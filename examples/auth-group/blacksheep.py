# A controller (BlackSheep's blueprint) groups the /admin routes behind @auth; a token handler identifies callers.
from blacksheep import Application, Request, auth, json
from blacksheep.server.controllers import Controller, get
from guardpost import AuthenticationHandler, Identity

app = Application()


class BearerToken(AuthenticationHandler):
    async def authenticate(self, context: Request) -> Identity | None:
        if context.get_first_header(b"Authorization") == b"Bearer secret-token":
            context.identity = Identity({"sub": "admin"}, "Bearer")
        else:
            context.identity = None  # anonymous: @auth() answers 401
        return context.identity


app.use_authentication().add(BearerToken())
app.use_authorization()


class Admin(Controller):
    @classmethod
    def route(cls):
        return "/admin"

    @auth()
    @get("/stats")
    async def stats(self):
        return json({"admin": True})


@app.router.get("/public")
async def public():
    return json({"public": True})
