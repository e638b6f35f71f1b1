"""`communique serve`: the web UI over a store, on a port taken before it says so."""
from __future__ import annotations

import errno
import socket

import typer
from rich.text import Text

from communique.cli import common
from communique.cli.options import DB
from communique.errors import ServeError


@common.app.command()
def serve(db: str = DB, host: str = typer.Option("127.0.0.1", metavar="HOST", help="Interface to listen on; 0.0.0.0 opens it to the network."),
          port: int = typer.Option(8000, min=1, max=65535, metavar="PORT", help="TCP port.")) -> None:
    """Serve the read-only web UI over the store: readouts, evidence, dyad timelines, search, JSON API."""
    import uvicorn

    from communique.web.app import LOOPBACK, create_app

    # on loopback, requests must name it (no DNS rebinding); opened to the network, any name reaches it
    hosts = (*LOOPBACK, host) if host in LOOPBACK or host.startswith("127.") else None
    application = create_app(db, hosts=hosts)  # NotFound for a missing database, before any port is taken
    where = application.state.store.where  # a URL's password hidden
    listening = _listen(host, port)  # the port taken before "serving" is said: a busy one is one coded line
    common.err.print(Text(f"communique: serving {where} at http://{host}:{port}/ (Ctrl-C to stop)", style="dim"),
                     soft_wrap=True)
    uvicorn.Server(uvicorn.Config(application, log_level="warning")).run(sockets=[listening])


def _listen(host: str, port: int) -> socket.socket:
    """A listening socket on host:port, or a `ServeError` saying why not (uvicorn would print its own
    traceback-like lines after "serving")."""
    try:
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        listening = socket.socket(family, socket.SOCK_STREAM)
        listening.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listening.bind((host, port))
        listening.listen(2048)
    except OSError as exc:
        reason = "the port is in use; stop what holds it or give --port" if exc.errno == errno.EADDRINUSE \
            else (exc.strerror or str(exc))
        raise ServeError(f"cannot listen on {host}:{port}: {reason}", source="serve") from None
    return listening
