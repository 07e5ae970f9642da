"""The crawl tests' local HTTP server takes a burst of connections without the kernel dropping any."""
from __future__ import annotations

import socket
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from dealwatch_testing.http_server import LocalServer

BURST = 64  # twice the largest crawl concurrency of the tests (32)


def _accepted_while_busy(server_cls: type[ThreadingHTTPServer], burst: int, seconds: float) -> int:
    """How many of `burst` simultaneous connects the server can accept within `seconds`, its accept loop
    having been busy (not accepting) while they arrived.

    A connect the kernel could not queue is dropped and retried by the client only after 1 s, so
    with a short accept queue most of the burst is not there to accept within `seconds` < 1.
    """
    server = server_cls(("127.0.0.1", 0), BaseHTTPRequestHandler)
    clients = [socket.socket() for _ in range(burst)]
    try:
        for client in clients:
            client.setblocking(False)
            client.connect_ex(server.server_address)
        server.socket.setblocking(False)
        accepted = []
        deadline = time.monotonic() + seconds
        while len(accepted) < burst and time.monotonic() < deadline:
            try:
                accepted.append(server.socket.accept()[0])
            except BlockingIOError:
                time.sleep(0.01)
        for conn in accepted:
            conn.close()
        return len(accepted)
    finally:
        for client in clients:
            client.close()
        server.server_close()


def test_a_burst_of_connections_waits_in_the_accept_queue() -> None:
    # (socketserver's default queue of 5 made a 2,000-page crawl test flaky. How many connects beyond a short
    # queue a kernel drops depends on the host's settings, so that near miss is not asserted here.)
    assert _accepted_while_busy(LocalServer, BURST, seconds=0.5) == BURST
