# Typed path and query parameters read from a PydanticView's annotations (aiohttp-pydantic).
from aiohttp import web
from aiohttp_pydantic import PydanticView


class ItemView(PydanticView):
    async def get(self, item_id: int, /, q: str | None = None, limit: int = 10):
        return web.json_response({"item_id": item_id, "q": q, "limit": limit})


app = web.Application()
app.router.add_view("/items/{item_id}", ItemView)

if __name__ == "__main__":
    web.run_app(app)
