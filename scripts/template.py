"""The SAM template as CloudFormation sees it, and EventBridge pattern matching, for the tests.

    template.py translate TEMPLATE            prints the translated template (JSON)
    template.py match PATTERN_JSON EVENT...   prints one line per event file: "<file> true|false"

`translate` runs the SAM translator (samtranslator, which the SAM CLI uses) with a placeholder
S3 location for the local code, as `sam validate` does. `match` uses moto's EventPattern, the
matcher moto routes events with (moto's TestEventPattern API is a stub).
"""

import json
import os
import sys


def translate(path):
    from samtranslator.translator.transform import transform
    from samtranslator.yaml_helper import yaml_parse

    with open(path) as f:
        template = yaml_parse(f.read())
    for resource in template.get("Resources", {}).values():
        properties = resource.get("Properties", {})
        if resource.get("Type") == "AWS::Serverless::Function" and not str(
            properties.get("CodeUri", "")
        ).startswith("s3://"):
            properties["CodeUri"] = "s3://bucket/bootstrap.zip"

    class NoManagedPolicies:
        """The translator falls back on its bundled map of AWS managed policies."""

        def load(self):
            return {}

    os.environ.setdefault("AWS_DEFAULT_REGION", "us-east-1")
    print(json.dumps(transform(template, {}, NoManagedPolicies()), indent=1, sort_keys=True))


def match(pattern, files):
    from moto.events.models import EventPattern

    matcher = EventPattern.load(pattern)
    for name in files:
        with open(name) as f:
            event = json.load(f)
        print(f"{name} {'true' if matcher.matches_event(event) else 'false'}")


if __name__ == "__main__":
    command, rest = sys.argv[1], sys.argv[2:]
    if command == "translate":
        translate(rest[0])
    elif command == "match":
        match(rest[0], rest[1:])
    else:
        sys.exit(f"unknown command {command}")
