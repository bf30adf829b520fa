# An APIRouter groups the /admin routes; a router-level dependency checks the bearer token for all.
from typing import Annotated

from fastapi import APIRouter, Depends, FastAPI, HTTPException
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

app = FastAPI()
bearer = HTTPBearer(auto_error=False)


def require_token(credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]):
    if credentials is None or credentials.credentials != "secret-token":
        raise HTTPException(status_code=401, detail="not authenticated", headers={"WWW-Authenticate": "Bearer"})


admin = APIRouter(prefix="/admin", dependencies=[Depends(require_token)])


@admin.get("/stats")
def stats():
    return {"admin": True}


@app.get("/public")
def public():
    return {"public": True}


app.include_router(admin)
