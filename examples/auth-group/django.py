# include() groups the /admin URLs; one decorator, applied to every view of the group, checks the token.
import functools

from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.http import JsonResponse
from django.urls import include, path

settings.configure(ALLOWED_HOSTS=["127.0.0.1", "localhost"], ROOT_URLCONF=__name__, SECRET_KEY="example-only")


def token_required(view):
    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.headers.get("Authorization") != "Bearer secret-token":
            return JsonResponse({"error": "not authenticated"}, status=401)
        return view(request, *args, **kwargs)

    return wrapper


def stats(request):
    return JsonResponse({"admin": True})


def public(request):
    return JsonResponse({"public": True})


admin_urls = [path("stats", stats)]
urlpatterns = [
    path("admin/", include([path(str(p.pattern), token_required(p.callback)) for p in admin_urls])),
    path("public", public),
]
app = get_wsgi_application()
