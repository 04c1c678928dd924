"""Runs moto's server (the same WSGI app as `moto_server`) on 127.0.0.1, port 0 by default.

Requests are served on concurrent connections but processed one at a time: moto checks a
DynamoDB condition and writes the item without a lock, so two concurrent conditional writes could
both succeed, which real DynamoDB (writes to one item are serialised) never allows. The claim and
refresh-lease logic relies on that guarantee, so the stand-in must keep it.

Prints `listening on http://HOST:PORT` once ready, then serves until its standard input closes,
so a test or demo that dies never leaves a server behind. Usage: moto_server.py [PORT]
"""
import copy
import logging
import socket
import sys
import threading
import types

import moto.dynamodb.models as dynamodb_models
from moto.dynamodb.models.dynamo_type import DynamoType
from moto.dynamodb.models.table import Table
from moto.moto_server.werkzeug_app import DomainDispatcherApplication, MotoRequestHandler, create_backend_app
from werkzeug.serving import make_server

logging.getLogger("werkzeug").setLevel(logging.ERROR)
port = int(sys.argv[1]) if len(sys.argv) > 1 else 0

def deepcopy_except_tables(obj, memo=None):
    return obj if isinstance(obj, Table) else copy.deepcopy(obj, memo)


# moto backs up every table a TransactWriteItems touches with a deep copy, so each transaction
# costs time in proportion to the table and 1,000 events cost quadratic time. Its backup of whole
# tables is disabled here; the wrapper below backs up only the items the transaction touches and
# puts them back when it fails, which restores the same state.
dynamodb_models.copy = types.SimpleNamespace(deepcopy=deepcopy_except_tables)
transact_write_items = dynamodb_models.DynamoDBBackend.transact_write_items


def transact_write_items_with_item_backup(self, transact_items):
    backups = []
    for entry in transact_items:
        op = next(iter(entry.values())) if isinstance(entry, dict) and entry else {}
        table = self.tables.get(op.get("TableName")) if isinstance(op, dict) else None
        key = (op.get("Key") or op.get("Item") or {}) if table else {}
        if table is None or table.hash_key_attr not in key:
            continue  # moto rejects it before changing anything
        hash_value = DynamoType(key[table.hash_key_attr])
        range_value = None
        if table.range_key_attr is not None:
            if table.range_key_attr not in key:
                continue
            range_value = DynamoType(key[table.range_key_attr])
        backups.append((table, hash_value, range_value, copy.deepcopy(table.get_item(hash_value, range_value))))
    try:
        return transact_write_items(self, transact_items)
    except Exception:
        for table, hash_value, range_value, item in reversed(backups):
            if item is None:
                table.delete_item(hash_value, range_value)
            elif range_value is not None:
                table.items[hash_value][range_value] = item
            else:
                table.items[hash_value] = item
        raise


dynamodb_models.DynamoDBBackend.transact_write_items = transact_write_items_with_item_backup

app = DomainDispatcherApplication(create_backend_app)
one_at_a_time = threading.Lock()


def serialised(environ, start_response):
    with one_at_a_time:
        # Materialise the body inside the lock: the backend does its work while it is produced.
        return list(app(environ, start_response))


class NoDelayHandler(MotoRequestHandler):
    """Sends each reply at once: the handler writes headers and body separately, and with Nagle
    on, a keep-alive client waits ~40 ms on its delayed ACK before the body arrives."""

    def setup(self):
        super().setup()
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


server = make_server("127.0.0.1", port, serialised, threaded=True, request_handler=NoDelayHandler)
threading.Thread(target=server.serve_forever, daemon=True).start()
print(f"listening on http://127.0.0.1:{server.server_address[1]}", flush=True)
try:
    sys.stdin.read()
finally:
    server.shutdown()
