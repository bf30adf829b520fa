# JSON body validation with a Django Form: the parsed JSON is bound to the form, whose errors are returned.
import json

from django import forms
from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.http import JsonResponse
from django.urls import path
from django.views.decorators.http import require_POST

settings.configure(ALLOWED_HOSTS=["127.0.0.1", "localhost"], ROOT_URLCONF=__name__, SECRET_KEY="example-only")
app = get_wsgi_application()  # sets Django up before the form class is defined


class ItemForm(forms.Form):
    name = forms.CharField()
    price = forms.FloatField()

    def clean_price(self):
        if self.cleaned_data["price"] <= 0:
            raise forms.ValidationError("must be greater than 0")
        return self.cleaned_data["price"]


@require_POST
def create_item(request):
    try:
        data = json.loads(request.body)
    except ValueError:
        data = {}
    form = ItemForm(data if isinstance(data, dict) else {})
    if not form.is_valid():
        return JsonResponse({"errors": form.errors}, status=422)
    return JsonResponse(form.cleaned_data, status=201)


urlpatterns = [path("items", create_item)]
