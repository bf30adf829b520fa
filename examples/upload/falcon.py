# A multipart upload read part by part through Falcon's built-in multipart media handler.
import falcon


class UploadResource:
    def on_post(self, req, resp):
        form = req.get_media()
        for part in form:
            if part.name == "file":
                resp.media = {"filename": part.secure_filename, "size": len(part.get_data())}
                return
        raise falcon.HTTPBadRequest(title="Missing file", description="Send the file in the field `file`.")


app = falcon.App()
app.add_route("/upload", UploadResource())
