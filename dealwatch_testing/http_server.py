"""Local HTTP servers on 127.0.0.1 for the tests and the benchmark.

`serve_in_thread` is the one lifecycle: a ThreadingHTTPServer (`LocalServer`: a
deep accept queue) on a free port in a daemon thread, shut down when the `with` block ends. `serve_directory`
serves a static directory plus a few misbehaving routes the crawl tests need:

  /slow            answers only after SLOW_SECONDS (longer than a short DOWNLOAD_TIMEOUT)
  /error500        HTTP 500
  /reset           closes the connection without answering
  /redirect-to/P   301 to /P
  /garbage.xml     malformed XML
  /french.html     a French article page
"""
from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from http.server import BaseHTTPRequestHandler, SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

SLOW_SECONDS = 5.0

GARBAGE_XML = b'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n  <url><loc>http://127.0.0.1/a.html</loc>\n  <url><loc>oops & <<\n'

FRENCH_HTML = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>WhatsApp et Facebook</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="Gazette Démo">
</head><body><article><h1>WhatsApp partage ses données avec Facebook</h1>
<p>La messagerie WhatsApp, rachetée par Facebook en 2014, a annoncé qu'elle allait partager certaines
informations de ses utilisateurs avec sa maison mère, notamment les numéros de téléphone. Les autorités
de protection des données en Europe ont rapidement exprimé leur inquiétude face à ce changement.</p>
<p>Les utilisateurs existants disposent d'un délai pour refuser l'utilisation de leurs données à des fins
publicitaires, mais le partage lui-même ne peut pas être désactivé. Plusieurs associations de consommateurs
demandent des explications et envisagent des recours devant les tribunaux.</p>
<p>Pour beaucoup d'observateurs, cette décision confirme que le rachat avait aussi pour but d'enrichir les
profils publicitaires du réseau social, malgré les promesses faites au moment de l'acquisition.</p>
</article></body></html>
""".encode("utf-8")


# Connections the kernel queues for a server whose accept loop is busy. socketserver's default, 5,
# overflowed under load (ss: Recv-Q 6 on the test servers during a 32-request crawl); the kernel
# then drops SYNs, the client retries after 1, 3, 7 s, and a page fails with a download timeout.
ACCEPT_BACKLOG = 1024


class LocalServer(ThreadingHTTPServer):
    """A ThreadingHTTPServer with daemon handler threads and an accept queue deeper than any crawl's concurrency."""

    request_queue_size = ACCEPT_BACKLOG
    daemon_threads = True


@contextmanager
def serve_in_thread(handler: Callable[..., BaseHTTPRequestHandler], *, name: str,
                    on_stop: Callable[[], None] | None = None) -> Iterator[str]:
    """Serve `handler` on 127.0.0.1 (a free port) in a daemon thread; yields the base URL ending in '/'.

    `on_stop` runs first on the way out, so handlers waiting on an event can give up
    before the server waits for them.
    """
    server = LocalServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, name=name, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        if on_stop is not None:
            on_stop()
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


class _Handler(SimpleHTTPRequestHandler):
    """Static files plus the special routes; quiet logging."""

    stop_event: threading.Event

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
        pass

    def do_GET(self) -> None:  # noqa: N802 - stdlib name
        path = self.path.split("?", 1)[0]
        if path == "/slow":
            # Wait, but give up early when the server shuts down.
            self.stop_event.wait(SLOW_SECONDS)
            return self._send(200, b"<html><body>too late</body></html>", "text/html")
        if path == "/error500":
            return self._send(500, b"internal error", "text/plain")
        if path == "/reset":
            self.close_connection = True
            self.connection.close()
            return None
        if path.startswith("/redirect-to/"):
            self.send_response(301)
            self.send_header("Location", "/" + path[len("/redirect-to/"):])
            self.send_header("Content-Length", "0")
            self.end_headers()
            return None
        if path == "/garbage.xml":
            return self._send(200, GARBAGE_XML, "application/xml")
        if path == "/french.html":
            return self._send(200, FRENCH_HTML, "text/html; charset=utf-8")
        return super().do_GET()

    def _send(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@contextmanager
def serve_directory(root: Path, *, keep_alive: bool = False, name: str = "test-http-server") -> Iterator[str]:
    """Serve `root` (plus the special routes) on 127.0.0.1 in a thread; yields the base URL ending in '/'.

    `keep_alive=True` speaks HTTP/1.1 with persistent connections, as real servers do (the
    benchmark); the default HTTP/1.0 closes each connection, as the crawl tests expect.
    """
    stop = threading.Event()
    attrs: dict[str, object] = {"stop_event": stop}
    if keep_alive:
        attrs["protocol_version"] = "HTTP/1.1"
    handler = type("Handler", (_Handler,), attrs)
    with serve_in_thread(partial(handler, directory=str(root)), name=name, on_stop=stop.set) as base_url:
        yield base_url
