# CherryPy has no WebSocket support of its own: the ws4py library its docs point to adds a plugin and a tool.
import cherrypy
from ws4py.server.cherrypyserver import WebSocketPlugin, WebSocketTool
from ws4py.websocket import WebSocket


class Echo(WebSocket):
    def received_message(self, message):
        self.send(message.data, message.is_binary)


WebSocketPlugin(cherrypy.engine).subscribe()  # keeps the upgraded sockets alive beside the HTTP server
cherrypy.tools.websocket = WebSocketTool()


class Root:
    @cherrypy.expose
    def ws(self):
        pass  # the tool has already upgraded the connection; cherrypy.request.ws_handler is the socket


app = cherrypy.tree.mount(Root(), "/", {"/ws": {"tools.websocket.on": True, "tools.websocket.handler_cls": Echo}})
