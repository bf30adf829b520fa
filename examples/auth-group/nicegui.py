# A group behind one check: a FastAPI router with a bearer-token dependency, included in NiceGUI's app.
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from nicegui import app, ui

bearer = HTTPBearer(auto_error=False)


def require_token(credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]):
    if credentials is None or credentials.credentials != "secret-token":
        raise HTTPException(status_code=401, detail="unauthorized", headers={"WWW-Authenticate": "Bearer"})


admin = APIRouter(prefix="/admin", dependencies=[Depends(require_token)])


@admin.get("/stats")
def admin_stats():
    return {"admin": True}


app.include_router(admin)


@app.get("/public")
def public():
    return {"public": True}


if __name__ in {"__main__", "__mp_main__"}:
    ui.run()
