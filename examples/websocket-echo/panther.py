# A GenericWebsocket class routed like an API: receive() sends each message back.
from panther import Panther
from panther.websocket import GenericWebsocket


class EchoWebsocket(GenericWebsocket):
    async def connect(self):
        await self.accept()

    async def receive(self, data: str | bytes):
        await self.send(data=data)


url_routing = {"ws": EchoWebsocket}
app = Panther(__name__, configs=__name__, urls=url_routing)
