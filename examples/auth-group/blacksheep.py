# A controller groups the /admin routes behind @auth; a bearer-token authentication handler identifies callers.
from blacksheep import Application, auth, get, json
from blacksheep.server.authentication import AuthenticationHandler
from blacksheep.server.controllers import Controller
from guardpost import Identity

app = Application()


class BearerToken(AuthenticationHandler):
    async def authenticate(self, context):
        if context.get_first_header(b"Authorization") == b"Bearer secret-token":
            context.user = Identity({"sub": "admin"}, "Bearer")
        else:
            context.user = Identity({})  # anonymous
        return context.user


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


@get("/public")
async def public():
    return json({"public": True})
