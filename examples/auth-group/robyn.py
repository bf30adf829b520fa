# A SubRouter groups the /admin routes; Robyn's authentication handler guards the routes marked auth_required.

from robyn import AuthenticationHandler, Request, Robyn, SubRouter
from robyn.authentication import BearerGetter
from robyn.robyn import Identity

app = Robyn(__file__)


class TokenHandler(AuthenticationHandler):
    def authenticate(self, request: Request) -> Identity | None:
        if self.token_getter.get_token(request) == "secret-token":
            return Identity(claims={"role": "admin"})
        return None


admin = SubRouter(prefix="/admin")


@admin.get("/stats", auth_required=True)
def stats(request: Request):  # auth_required routes take the request
    return {"admin": True}


@app.get("/public")
def public():
    return {"public": True}


app.include_router(admin)
app.configure_authentication(TokenHandler(token_getter=BearerGetter()))


if __name__ == "__main__":
    app.start()
