"""The web app: a REST API under /api and server-rendered pages.

Read-only unless started with a token; binds 127.0.0.1 by default (see the
CLI).  Every API error has one JSON shape (``models.ErrorOut``); filters reach
SQL only as bound parameters; article text is always escaped.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException
from starlette.middleware.base import BaseHTTPMiddleware, RequestResponseEndpoint

from onrecord import __version__
from onrecord.errors import OnrecordError
from onrecord.store import Store

HERE = Path(__file__).parent
MAX_BODY = 3_000_000  # bytes a request may send
CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "too_large",
    422: "invalid",
    500: "internal",
}


def error_response(status: int, message: str, detail: Any = None) -> JSONResponse:
    body = {
        "status": status,
        "code": CODES.get(status, "error"),
        "message": message,
        "detail": detail,
    }
    return JSONResponse({"error": body}, status_code=status)


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api") or request.url.path.startswith("/openapi")


class BodyLimit(BaseHTTPMiddleware):
    """Refuses requests that announce more than MAX_BODY bytes."""

    async def dispatch(self, request: Request, call_next: RequestResponseEndpoint) -> Response:
        length = request.headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > MAX_BODY):
            return error_response(413, f"request body over {MAX_BODY} bytes")
        return await call_next(request)


def create_app(store: Store, token: str | None = None) -> FastAPI:
    """The app over ``store``; POST /api/articles needs ``token`` (and is off without one)."""
    from onrecord.serve.api import router as api_router
    from onrecord.serve.pages import router as pages_router
    from onrecord.serve.pages import templates

    app = FastAPI(
        title="onrecord",
        version=__version__,
        description="Who said what, about what, and when: statements with character spans.",
        docs_url="/docs",
    )
    app.state.store = store
    app.state.token = token
    app.add_middleware(BodyLimit)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(api_router)
    app.include_router(pages_router)

    def page_error(request: Request, status: int, message: str) -> Response:
        return templates.TemplateResponse(
            request, "error.html", {"status": status, "message": message}, status_code=status
        )

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        message = str(exc.detail)
        if _wants_json(request):
            return error_response(exc.status_code, message)
        return page_error(request, exc.status_code, message)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        errors = [
            {"where": ".".join(str(p) for p in e.get("loc", ())), "problem": e.get("msg", "")}
            for e in exc.errors()
        ]
        if _wants_json(request):
            return error_response(422, "invalid request", errors)
        return page_error(request, 422, "; ".join(f"{e['where']}: {e['problem']}" for e in errors))

    @app.exception_handler(OnrecordError)
    async def library_error(request: Request, exc: OnrecordError) -> Response:
        return error_response(400, str(exc))

    @app.exception_handler(Exception)
    async def crash(request: Request, exc: Exception) -> Response:
        if _wants_json(request):
            return error_response(500, "internal error")
        return HTMLResponse("<h1>500</h1><p>internal error</p>", status_code=500)

    return app
