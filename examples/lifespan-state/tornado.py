# No startup hook: startup work runs before app.listen(), here while building the app, into its settings.
import asyncio

from tornado.web import Application, RequestHandler


class StateHandler(RequestHandler):
    def get(self):
        greeting = self.settings.get("greeting")
        self.write({"started": greeting is not None, "greeting": greeting})


def make_app():
    app = Application([(r"/state", StateHandler)])
    app.settings["greeting"] = "hi"  # startup work, done once before serving
    return app


app = make_app()

async def main():
    app.listen(8888)
    await asyncio.Event().wait()


if __name__ == "__main__":
    asyncio.run(main())
