"""Runs moto's server (the same app as `moto_server`) on 127.0.0.1, port 0 by default.

Prints `listening on http://HOST:PORT` once ready, then serves until its standard input closes,
so a test or demo that dies never leaves a server behind. Usage: moto_server.py [PORT]
"""
import logging
import sys

from moto.server import ThreadedMotoServer

logging.getLogger("werkzeug").setLevel(logging.ERROR)
port = int(sys.argv[1]) if len(sys.argv) > 1 else 0
server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
server.start()
host, bound = server.get_host_and_port()
print(f"listening on http://{host}:{bound}", flush=True)
try:
    sys.stdin.read()
finally:
    server.stop()
