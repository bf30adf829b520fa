# Behaviour app: what Django Ninja itself answers when a request goes wrong (contract in README.md beside it).
from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.urls import path

NOTES = {
    "default-post-status": "Runs with the middleware Django's startproject turns on that needs no database, CsrfViewMiddleware among them; Django Ninja marks its views csrf_exempt itself and checks CSRF only for cookie-based auth (none here), so no @csrf_exempt is written.",
    "missing-trailing-slash": "CommonMiddleware (APPEND_SLASH), on in every startproject, redirects before the API is reached.",
    "head-on-get": "Django Ninja answers only the methods declared for a path: no implicit HEAD.",
    "body-too-large": "Django's DATA_UPLOAD_MAX_MEMORY_SIZE (2.5 MB by default) refuses the body with RequestDataTooBig, a 400, before Ninja parses it.",
    "response-model-mismatch": "The return value is validated against response=Item; the failure is not handled by Ninja and reaches Django's 500 page.",
    "unhandled-exception": "With DEBUG off, Ninja's default handler for Exception re-raises, and Django's own 500 page answers.",
}

settings.configure(
    ALLOWED_HOSTS=["127.0.0.1", "localhost"],
    ROOT_URLCONF=__name__,
    SECRET_KEY="example-only",
    MIDDLEWARE=[
        "django.middleware.security.SecurityMiddleware",
        "django.middleware.common.CommonMiddleware",
        "django.middleware.csrf.CsrfViewMiddleware",
        "django.middleware.clickjacking.XFrameOptionsMiddleware",
    ],
)
# Django Ninja reads Django's settings when imported, so it comes after settings.configure().
from ninja import Field, NinjaAPI, Schema  # noqa: E402

api = NinjaAPI()


class Item(Schema):
    name: str
    price: float = Field(gt=0)


@api.post("/items", response=Item)
def create_item(request, item: Item):
    return item


@api.get("/items/{item_id}")
def read_item(request, item_id: int):
    return {"item_id": item_id}


@api.delete("/items/{item_id}")
def delete_item(request, item_id: int):
    return None


@api.get("/slash/")
def slash(request):
    return {"route": "slash"}


@api.get("/noslash")
def noslash(request):
    return {"route": "noslash"}


@api.get("/get-only")
def get_only(request):
    return {"ok": True}


@api.get("/boom")
def boom(request):
    raise RuntimeError("boom")


@api.get("/search")
def search(request, limit: int):
    return {"limit": limit}


@api.get("/bad-model", response=Item)
def bad_model(request):
    return {"name": "pen"}


urlpatterns = [path("", api.urls)]
app = get_wsgi_application()
