# A multipart field arrives as a keyword argument holding the part, with its filename and file.
import cherrypy


class Root:
    @cherrypy.expose
    @cherrypy.tools.allow(methods=["POST"])
    @cherrypy.tools.json_out()
    def upload(self, file):
        return {"filename": file.filename, "size": len(file.file.read())}


app = cherrypy.tree.mount(Root(), "/")
