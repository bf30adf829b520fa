# A websocket_listener: Litestar accepts the connection and sends back what the function returns.
from litestar import Litestar, websocket_listener


@websocket_listener("/ws")
async def echo(data: str) -> str:
    return data


app = Litestar(route_handlers=[echo])
