"""The read-only web UI over a store: `communique serve`, or `create_app(db)` for any ASGI server."""
from communique.web.app import create_app

__all__ = ["create_app"]
