"""The web app: `create_app(db)` gives a FastAPI application, read-only over one store.

A thin layer, like the CLI (datasette's shape): every page and every `/api/...` route calls the
library (`Store`, `analysis`) and renders its records. The HTML pages have JSON twins under
`/api`, documented by FastAPI's OpenAPI schema at `/openapi.json`. Errors have one shape: an HTML page
for a page, `{"error": ...}` for the API, with 404 for an unknown document and 400 for a bad
parameter.

Read-only twice over: the app never calls a writing method, and on SQLite its connections run
with `PRAGMA query_only`, so even a bug cannot change the analyst's database. And closed to other
sites: only the `hosts` it serves may be named in a request's Host header (a page on another site
cannot reach a loopback server by DNS rebinding), and every answer forbids framing, sniffing and any
script or style from elsewhere (`SECURITY_HEADERS`).
"""
from __future__ import annotations

import os
from importlib import resources
from collections.abc import Sequence
from pathlib import Path

import sqlalchemy as sa
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

from communique import __version__
from communique.analysis.charts import TYPE_COLOURS
from communique.errors import CommuniqueError, NotFound
from communique.store import Store

HERE = Path(str(resources.files("communique.web")))
LOOPBACK = ("localhost", "127.0.0.1", "[::1]", "::1")
# Scripts and styles from this server only (plotly's bundle is served here; it sets inline styles);
# no framing (clickjacking), no MIME sniffing, no referrer sent to the sites a readout links to.
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                               "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; "
                               "frame-ancestors 'none'",
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


def read_only(store: Store) -> Store:
    """Make every later connection of the store refuse writes (migrations already ran): SQLite's
    `query_only`; on PostgreSQL, read-only transactions by default for the session."""
    statement = {"sqlite": "PRAGMA query_only = ON",
                 "postgresql": "SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"}.get(store.engine.dialect.name)
    if statement:
        @sa.event.listens_for(store.engine, "connect")
        def _query_only(dbapi_conn, _record) -> None:  # noqa: ANN001 - DB-API objects are untyped
            cursor = dbapi_conn.cursor()
            cursor.execute(statement)
            cursor.close()
            if store.engine.dialect.name == "postgresql":
                dbapi_conn.commit()  # psycopg opened a transaction for the SET

        store.engine.dispose()  # connections opened before the listener are closed
    return store


def plotly_js() -> Path:
    """plotly's own minified bundle, from the installed package: the charts never call a CDN."""
    import plotly

    return Path(plotly.__file__).parent / "package_data" / "plotly.min.js"


def create_app(db: str | os.PathLike[str] = "communique.db", *, hosts: Sequence[str] | None = LOOPBACK) -> FastAPI:
    """The application over the store at `db` (a SQLite path or an SQLAlchemy URL); NotFound if
    there is no such database. `hosts`: the names a request may be addressed to (None: any, for a
    server opened to the network on purpose)."""
    from communique.web import api, pages

    store = read_only(Store(db, create=False))
    # No /docs or /redoc: FastAPI's pages load Swagger and ReDoc from a CDN, and the UI must work
    # offline. The schema itself is at /openapi.json.
    app = FastAPI(title="communique", version=__version__, docs_url=None, redoc_url=None,
                  description="Structured, evidence-linked event data from diplomatic readouts (read-only).")
    app.state.store = store
    app.state.templates = Jinja2Templates(directory=str(HERE / "templates"))
    app.state.templates.env.globals["type_colours"] = TYPE_COLOURS  # the charts' colours, on every page
    app.add_api_route("/static/plotly.min.js", lambda: FileResponse(plotly_js(), media_type="text/javascript"),
                      include_in_schema=False)  # before the mount, which would answer 404 for it
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    app.include_router(pages.router, include_in_schema=False)  # the schema is the API's; pages are HTML
    app.include_router(api.router, prefix="/api")
    _errors(app)
    _schema(app)
    if hosts is not None:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(hosts))

    @app.middleware("http")
    async def _secured(request: Request, call_next):  # noqa: ANN001, ANN202 - Starlette's middleware shape
        response = await call_next(request)
        response.headers.update(SECURITY_HEADERS)
        return response

    app.router.on_shutdown.append(store.close)
    return app


ERROR_SCHEMA = {"type": "object", "properties": {"error": {"type": "string"}}, "required": ["error"]}


def _schema(app: FastAPI) -> None:
    """The OpenAPI schema as the app answers: a bad parameter is 400 `{"error": ...}` (FastAPI's
    default schema promises 422 and its nested validation shape, which `_errors` replaces), an
    unknown readout 404 of the same shape."""
    def openapi() -> dict:
        if app.openapi_schema is None:
            schema = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
            for path, methods in schema["paths"].items():
                for operation in methods.values():
                    answers = operation.setdefault("responses", {})
                    answers.pop("422", None)
                    answers["400"] = {"description": "A bad parameter, and why",
                                      "content": {"application/json": {"schema": ERROR_SCHEMA}}}
                    if "{doc_id" in path:
                        answers["404"] = {"description": "No such readout",
                                          "content": {"application/json": {"schema": ERROR_SCHEMA}}}
            schema.get("components", {}).get("schemas", {}).pop("HTTPValidationError", None)
            schema.get("components", {}).get("schemas", {}).pop("ValidationError", None)
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


def _errors(app: FastAPI) -> None:
    def respond(request: Request, status: int, message: str):
        if request.url.path.startswith("/api"):
            return JSONResponse({"error": message}, status_code=status)
        return app.state.templates.TemplateResponse(request, "error.html", {"status": status, "message": message},
                                                    status_code=status)

    @app.exception_handler(StarletteHTTPException)  # FastAPI's own and the router's 404s
    async def _http(request: Request, exc: StarletteHTTPException):
        return respond(request, exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError):
        where = ", ".join(".".join(str(p) for p in e["loc"][1:]) + ": " + e["msg"] for e in exc.errors())
        return respond(request, 400, f"bad parameter: {where}")

    @app.exception_handler(NotFound)
    async def _missing(request: Request, exc: NotFound):
        return respond(request, 404, exc.message)

    @app.exception_handler(CommuniqueError)
    async def _failed(request: Request, exc: CommuniqueError):
        # a query that cannot run (C302) or an analysis asked wrongly (C6xx) is the request's fault; a
        # database failure (C300) is the server's
        return respond(request, 400 if exc.code == "C302" or exc.code.startswith("C6") else 500, str(exc))
