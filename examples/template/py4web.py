# The Template fixture renders the action's dict with YATL, which escapes [[=name]] by default.
__name__ = "apps.template"

import os

from py4web import action
from py4web.core import Template, bottle

TEMPLATES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "templates", "py4web")


@action("/hello/<name>", method="GET")
@action.uses(Template("hello.html", path=TEMPLATES))
def hello(name):
    return {"name": name}


app = bottle.default_app()
