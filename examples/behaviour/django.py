# Behaviour app: what Django itself answers when a request goes wrong (contract in README.md beside it).
import json

from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.http import HttpResponse, HttpResponseBadRequest, JsonResponse
from django.urls import path
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods, require_POST

NOTES = {
    "invalid-body": "Django has no JSON body validation: the app checks the fields by hand and returns HttpResponseBadRequest.",
    "malformed-json": "The app parses request.body with json.loads, which raises on malformed JSON.",
    "unsupported-media-type": "Django does not look at Content-Type for request.body: the app parses it as JSON anyway.",
    "query-int-text": "Django has no typed query parameters: the app calls int() on request.GET['limit'], which raises ValueError.",
    "missing-query-param": "request.GET['limit'] raises MultiValueDictKeyError, a KeyError.",
    "default-post-status": "POST /items is exempt from CSRF (@csrf_exempt), as Django's docs show for views that use no cookies.",
    "default-delete-status": "/items/<id> is exempt from CSRF (@csrf_exempt): CsrfViewMiddleware would refuse the DELETE with 403.",
    "wrong-method": "CsrfViewMiddleware, on in every startproject, refuses the DELETE with 403 before the view's require_GET can answer 405.",
    "missing-trailing-slash": "Runs with the middleware startproject turns on that needs no database, CommonMiddleware (APPEND_SLASH) among them.",
}
NOT_APPLICABLE = {"response-model-mismatch": "Django views have no response models: a view returns any HttpResponse."}

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
app = get_wsgi_application()


def valid(data):
    """The contract's rule by hand: a JSON object with a string name and a number price above 0."""
    if not isinstance(data, dict) or not isinstance(data.get("name"), str):
        return False
    price = data.get("price")
    return isinstance(price, (int, float)) and not isinstance(price, bool) and price > 0


@csrf_exempt
@require_POST
def create_item(request):
    data = json.loads(request.body)
    if not valid(data):
        return HttpResponseBadRequest()
    return JsonResponse({"name": data["name"], "price": data["price"]})


@csrf_exempt
@require_http_methods(["GET", "DELETE"])
def item(request, item_id):
    if request.method == "DELETE":
        return HttpResponse()
    return JsonResponse({"item_id": item_id})


@require_GET
def slash(request):
    return JsonResponse({"route": "slash"})


@require_GET
def noslash(request):
    return JsonResponse({"route": "noslash"})


@require_GET
def get_only(request):
    return JsonResponse({"ok": True})


def boom(request):
    raise RuntimeError("boom")


@require_GET
def search(request):
    return JsonResponse({"limit": int(request.GET["limit"])})


urlpatterns = [
    path("items", create_item),
    path("items/<int:item_id>", item),
    path("slash/", slash),
    path("noslash", noslash),
    path("get-only", get_only),
    path("boom", boom),
    path("search", search),
]
