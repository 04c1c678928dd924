"""Creates the function's tables and secret on a local moto server, as template.yaml defines them.

Usage: local_aws.py ENDPOINT TOKEN_TABLE AUDIT_TABLE SECRET_ID SECRET_JSON
       local_aws.py ENDPOINT --dump AUDIT_TABLE      (prints the audit table's items as JSON lines)
"""
import json
import sys

import boto3
from boto3.dynamodb.types import TypeDeserializer

endpoint = sys.argv[1]
session = boto3.session.Session(aws_access_key_id="testing", aws_secret_access_key="testing", region_name="us-east-1")
dynamodb = session.client("dynamodb", endpoint_url=endpoint)

if sys.argv[2] == "--dump":
    deserialize = TypeDeserializer().deserialize
    items = dynamodb.scan(TableName=sys.argv[3])["Items"]
    rows = [{k: deserialize(v) for k, v in item.items()} for item in items]
    for row in sorted(rows, key=lambda r: (r["pk"], r["sk"])):
        print(json.dumps(row, default=str, sort_keys=True))
    sys.exit(0)

token_table, audit_table, secret_id, secret_json = sys.argv[2:6]
dynamodb.create_table(
    TableName=token_table,
    BillingMode="PAY_PER_REQUEST",
    AttributeDefinitions=[{"AttributeName": "pk", "AttributeType": "S"}],
    KeySchema=[{"AttributeName": "pk", "KeyType": "HASH"}],
)
dynamodb.create_table(
    TableName=audit_table,
    BillingMode="PAY_PER_REQUEST",
    AttributeDefinitions=[{"AttributeName": "pk", "AttributeType": "S"}, {"AttributeName": "sk", "AttributeType": "S"}],
    KeySchema=[{"AttributeName": "pk", "KeyType": "HASH"}, {"AttributeName": "sk", "KeyType": "RANGE"}],
)
for table in (token_table, audit_table):
    dynamodb.update_time_to_live(TableName=table, TimeToLiveSpecification={"Enabled": True, "AttributeName": "ttl"})
session.client("secretsmanager", endpoint_url=endpoint).create_secret(Name=secret_id, SecretString=secret_json)
print(f"created tables {token_table}, {audit_table} and secret {secret_id}")
