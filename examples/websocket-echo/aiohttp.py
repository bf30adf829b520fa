# WebSocket handler that echoes every text message back.
from aiohttp import WSMsgType, web


async def echo(request):
    ws = web.WebSocketResponse()
    await ws.prepare(request)
    async for msg in ws:
        if msg.type == WSMsgType.TEXT:
            await ws.send_str(msg.data)
    return ws


app = web.Application()
app.router.add_get("/ws", echo)

if __name__ == "__main__":
    web.run_app(app)
