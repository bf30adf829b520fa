# A pydantic model as the API's input_model: Panther validates the body and answers 400 naming the field.
from panther import Panther, status
from panther.app import API
from panther.request import Request
from panther.response import Response
from pydantic import BaseModel, Field


class Item(BaseModel):
    name: str
    price: float = Field(gt=0)


@API(input_model=Item, methods=["POST"])
async def create_item(request: Request):
    return Response(data=request.validated_data, status_code=status.HTTP_201_CREATED)


url_routing = {"items": create_item}
app = Panther(__name__, configs=__name__, urls=url_routing)
