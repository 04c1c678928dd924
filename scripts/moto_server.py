"""Runs moto's server (the same WSGI app as `moto_server`) on 127.0.0.1, port 0 by default.

Requests are served on concurrent connections but processed one at a time: moto checks a
DynamoDB condition and writes the item without a lock, so two concurrent conditional writes could
both succeed, which real DynamoDB (writes to one item are serialised) never allows. The claim and
refresh-lease logic relies on that guarantee, so the stand-in must keep it.

Prints `listening on http://HOST:PORT` once ready, then serves until its standard input closes,
so a test or demo that dies never leaves a server behind. Usage: moto_server.py [PORT]
"""
import logging
import sys
import threading

from moto.moto_server.werkzeug_app import DomainDispatcherApplication, MotoRequestHandler, create_backend_app
from werkzeug.serving import make_server

logging.getLogger("werkzeug").setLevel(logging.ERROR)
port = int(sys.argv[1]) if len(sys.argv) > 1 else 0

app = DomainDispatcherApplication(create_backend_app)
one_at_a_time = threading.Lock()


def serialised(environ, start_response):
    with one_at_a_time:
        # Materialise the body inside the lock: the backend does its work while it is produced.
        return list(app(environ, start_response))


server = make_server("127.0.0.1", port, serialised, threaded=True, request_handler=MotoRequestHandler)
threading.Thread(target=server.serve_forever, daemon=True).start()
print(f"listening on http://127.0.0.1:{server.server_address[1]}", flush=True)
try:
    sys.stdin.read()
finally:
    server.shutdown()
