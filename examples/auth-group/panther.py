# A nested URL dictionary groups the /admin routes; their base class sets one authentication class for all of them.
from panther import Panther
from panther.app import API, GenericAPI
from panther.authentications import BaseAuthentication
from panther.exceptions import AuthenticationAPIError
from panther.request import Request


class BearerToken(BaseAuthentication):
    async def __call__(self, request: Request):
        if request.headers.authorization != "Bearer secret-token":
            raise AuthenticationAPIError
        return "admin"


class AdminAPI(GenericAPI):
    auth = BearerToken


class StatsAPI(AdminAPI):
    async def get(self):
        return {"admin": True}


@API()
async def public():
    return {"public": True}


admin_urls = {"stats": StatsAPI}
url_routing = {"admin": admin_urls, "public": public}
app = Panther(__name__, configs=__name__, urls=url_routing)
