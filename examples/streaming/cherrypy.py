# With response.stream on, a generator returned by the handler is sent chunk by chunk, without a Content-Length.
import cherrypy


class Root:
    @cherrypy.expose
    def stream(self):
        cherrypy.response.headers["Content-Type"] = "text/plain"

        def count():
            for i in range(5):
                yield f"{i}\n".encode()

        return count()

    stream._cp_config = {"response.stream": True}


app = cherrypy.tree.mount(Root(), "/")
