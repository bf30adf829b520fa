# A group behind one check: a FastAPI router with a bearer-token dependency, in the app given to api_transformer.
from typing import Annotated

import reflex as rx
from fastapi import APIRouter, Depends, FastAPI, HTTPException
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

bearer = HTTPBearer(auto_error=False)


def require_token(credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]):
    if credentials is None or credentials.credentials != "secret-token":
        raise HTTPException(status_code=401, detail="unauthorized", headers={"WWW-Authenticate": "Bearer"})


admin = APIRouter(prefix="/admin", dependencies=[Depends(require_token)])


@admin.get("/stats")
def admin_stats():
    return {"admin": True}


api = FastAPI()
api.include_router(admin)


@api.get("/public")
def public():
    return {"public": True}


app = rx.App(api_transformer=api)
