"""Measures exec -> first `GET /2018-06-01/runtime/invocation/next` of the handler binary.

A minimal Lambda Runtime API stand-in records when the first poll arrives; the binary is then
killed. Usage: cold_start.py BINARY [RUNS]   (prints median and max in milliseconds)
"""
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

binary = sys.argv[1]
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 30
first_poll = threading.Event()


class RuntimeApi(BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path.endswith("/runtime/invocation/next"):
            first_poll.set()
            time.sleep(5)  # hold the poll: no event is ever handed out
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args):
        pass


server = ThreadingHTTPServer(("127.0.0.1", 0), RuntimeApi)
server.daemon_threads = True
threading.Thread(target=server.serve_forever, daemon=True).start()
port = server.server_address[1]
env = {
    "PATH": os.environ.get("PATH", ""),
    "AWS_LAMBDA_RUNTIME_API": f"127.0.0.1:{port}",
    "AWS_LAMBDA_FUNCTION_NAME": "bench", "AWS_LAMBDA_FUNCTION_VERSION": "1",
    "AWS_LAMBDA_FUNCTION_MEMORY_SIZE": "256", "AWS_REGION": "us-east-1",
    "AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing",
    "AWS_ENDPOINT_URL": "http://127.0.0.1:9",
    "GENESYS_SECRET_ID": "genesys/bench", "GENESYS_REGION": "mypurecloud.com",
    "TOKEN_TABLE_NAME": "tokens", "AUDIT_TABLE_NAME": "audit",
    "CRM_WEBHOOK_URL": "https://crm.example.com/hook",
}
samples = []
for _ in range(runs):
    first_poll.clear()
    started = time.perf_counter()
    proc = subprocess.Popen([binary], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if not first_poll.wait(10):
        proc.kill()
        sys.exit("the binary never polled for an event")
    samples.append((time.perf_counter() - started) * 1000)
    proc.kill()
    proc.wait()
print(f"exec -> first poll over {runs} starts: median {statistics.median(samples):.2f} ms, max {max(samples):.2f} ms")
