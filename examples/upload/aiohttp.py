# A multipart upload read from the awaited request.post() form data.
from aiohttp import web


async def upload(request):
    form = await request.post()
    file = form["file"]
    return web.json_response({"filename": file.filename, "size": len(file.file.read())})


app = web.Application()
app.router.add_post("/upload", upload)

if __name__ == "__main__":
    web.run_app(app)
