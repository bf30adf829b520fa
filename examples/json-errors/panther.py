# Panther has no error-handler hook: a global middleware reshapes the 404 and any unhandled exception as JSON.
from panther import Panther, status
from panther.app import API
from panther.exceptions import NotFoundAPIError
from panther.middlewares import HTTPMiddleware
from panther.request import Request
from panther.response import Response


class JSONErrorsMiddleware(HTTPMiddleware):
    async def __call__(self, request: Request):
        try:
            return await self.dispatch(request=request)
        except NotFoundAPIError:
            return Response(data={"error": "not found"}, status_code=status.HTTP_404_NOT_FOUND)
        except Exception:
            return Response(data={"error": "internal error"}, status_code=status.HTTP_500_INTERNAL_SERVER_ERROR)


MIDDLEWARES = [JSONErrorsMiddleware]


@API()
async def boom():
    raise RuntimeError("boom")


url_routing = {"boom": boom}
app = Panther(__name__, configs=__name__, urls=url_routing)
