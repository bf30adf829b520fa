# A multipart upload read from self.request.files (Tornado parses the form itself).
import asyncio

from tornado.web import Application, RequestHandler


class UploadHandler(RequestHandler):
    def post(self):
        file = self.request.files["file"][0]
        self.write({"filename": file.filename, "size": len(file.body)})


app = Application([(r"/upload", UploadHandler)])

async def main():
    app.listen(8888)
    await asyncio.Event().wait()


if __name__ == "__main__":
    asyncio.run(main())
