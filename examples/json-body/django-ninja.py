# A Schema (a Pydantic model) validates the JSON body; invalid input answers 422 with the failing fields.
from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.urls import path

settings.configure(ALLOWED_HOSTS=["127.0.0.1", "localhost"], ROOT_URLCONF=__name__, SECRET_KEY="example-only")
# Django Ninja reads Django's settings when imported, so it comes after settings.configure().
from ninja import Field, NinjaAPI, Schema  # noqa: E402

api = NinjaAPI()


class Item(Schema):
    name: str
    price: float = Field(gt=0)


@api.post("/items", response={201: Item})
def create_item(request, item: Item):
    return 201, item


urlpatterns = [path("", api.urls)]
app = get_wsgi_application()
