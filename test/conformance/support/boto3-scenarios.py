"""Drives the local service with boto3 and reports what boto3 returned or raised, step by step.

Reads {"endpoints": {...}, "key": {...}, "tempKey": {...}, "arns": {...}} on stdin, prints one JSON object:
{step name: {"ok": response} | {"error": {"class", "modeled", "response", "text"}}}. The assertions live in the
TypeScript test; this only reports. One process for every step keeps the suite fast.
"""
import datetime
import json
import sys

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError

spec = json.load(sys.stdin)
endpoints, key, temp, arns = spec["endpoints"], spec["key"], spec["tempKey"], spec["arns"]
results = {}


def plain(value):
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items() if k != "HTTPHeaders"}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, datetime.datetime):
        return value.isoformat()
    return value


def client(endpoint="main", attempts=3, region="us-east-1", **credentials):
    creds = {"aws_access_key_id": key["accessKeyId"], "aws_secret_access_key": key["secretAccessKey"]}
    creds.update(credentials)
    config = Config(retries={"mode": "standard", "total_max_attempts": attempts})
    return boto3.session.Session(region_name=region).client(
        "lambda", endpoint_url=endpoints[endpoint], config=config, **creds
    )


lam = client()


def step(name, call, on=lam):
    try:
        response = call()
        results[name] = {"ok": plain(response)}
        return response
    except ClientError as error:
        modeled = type(error).__name__
        results[name] = {
            "error": {
                "class": modeled,
                "modeled": modeled != "ClientError" and isinstance(error, getattr(on.exceptions, modeled)),
                "response": plain(error.response),
                "text": str(error),
            }
        }
        return None


created = step("create", lambda: lam.create_event_source_mapping(FunctionName="fn", EventSourceArn=arns["queue"]))
uuid = created["UUID"]
step("get", lambda: lam.get_event_source_mapping(UUID=uuid))
step("update", lambda: lam.update_event_source_mapping(UUID=uuid, BatchSize=20, MaximumBatchingWindowInSeconds=2))
step("create-kinesis", lambda: lam.create_event_source_mapping(
    FunctionName="fn", EventSourceArn=arns["stream"], StartingPosition="AT_TIMESTAMP",
    StartingPositionTimestamp=datetime.datetime(2026, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc),
))
step("create-kafka", lambda: lam.create_event_source_mapping(
    FunctionName="fn", Topics=["topic"], SelfManagedEventSource={"Endpoints": {"KAFKA_BOOTSTRAP_SERVERS": ["kafka:1000"]}},
    SourceAccessConfigurations=[{"Type": "BASIC_AUTH", "URI": arns["secret"]}],
))
step("create-disabled", lambda: lam.create_event_source_mapping(FunctionName="fn", EventSourceArn=arns["queue"] + "-off", Enabled=False))
pages = [step(f"create-page-{n}", lambda n=n: lam.create_event_source_mapping(FunctionName="other-fn", EventSourceArn=f"{arns['queue']}-{n}")) for n in range(7)]
paginator = lam.get_paginator("list_event_source_mappings")
results["paginate-pages"] = {"ok": [[m["UUID"] for m in page["EventSourceMappings"]] for page in paginator.paginate(FunctionName="other-fn", PaginationConfig={"PageSize": 3})]}
first = paginator.paginate(FunctionName="other-fn", PaginationConfig={"MaxItems": 4, "PageSize": 3}).build_full_result()
rest = paginator.paginate(FunctionName="other-fn", PaginationConfig={"StartingToken": first.get("NextToken"), "PageSize": 3}).build_full_result()
results["paginate-max-items"] = {"ok": {"first": [m["UUID"] for m in first["EventSourceMappings"]], "token": first.get("NextToken"), "rest": [m["UUID"] for m in rest["EventSourceMappings"]], "restToken": rest.get("NextToken")}}
step("list-marker", lambda: lam.list_event_source_mappings(FunctionName="other-fn", MaxItems=5))
step("list-unknown-fn", lambda: lam.list_event_source_mappings(FunctionName="doesnotexist"))
step("delete", lambda: lam.delete_event_source_mapping(UUID=uuid))
step("get-deleted", lambda: lam.get_event_source_mapping(UUID=uuid))

# The service's refusals, each as boto3 raises it.
step("no-source", lambda: lam.create_event_source_mapping(FunctionName="doesnotexist"))
step("unknown-fn", lambda: lam.create_event_source_mapping(FunctionName="doesnotexist", EventSourceArn=arns["queue"]))
step("on-success", lambda: lam.create_event_source_mapping(
    FunctionName="doesnotexist", EventSourceArn=arns["queue"], DestinationConfig={"OnSuccess": {"Destination": arns["queue"] + "-dst"}},
))
step("not-for-source", lambda: lam.create_event_source_mapping(FunctionName="fn", EventSourceArn=arns["queue"] + "-pf", ParallelizationFactor=2))
step("conflict", lambda: lam.create_event_source_mapping(FunctionName="other-fn", EventSourceArn=f"{arns['queue']}-0"))
step("kafka-conflict", lambda: lam.create_event_source_mapping(
    FunctionName="fn", Topics=["topic"], SelfManagedEventSource={"Endpoints": {"KAFKA_BOOTSTRAP_SERVERS": ["kafka:1000", "kafka:2000"]}},
    SourceAccessConfigurations=[{"Type": "BASIC_AUTH", "URI": arns["secret"]}],
))
step("batch-window", lambda: lam.update_event_source_mapping(UUID=pages[0]["UUID"], BatchSize=50))
step("at-timestamp-ddb", lambda: lam.create_event_source_mapping(
    FunctionName="fn", EventSourceArn=arns["table"], StartingPosition="AT_TIMESTAMP", StartingPositionTimestamp=datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc),
))
step("no-position", lambda: lam.create_event_source_mapping(FunctionName="fn", EventSourceArn=arns["table"]))
step("bad-enum", lambda: lam.create_event_source_mapping(FunctionName="fn", EventSourceArn=arns["table"], StartingPosition="invalid"))
step("unknown-uuid", lambda: lam.update_event_source_mapping(UUID="0f8d2a5e-0000-4000-8000-000000000000", Enabled=False))
slow = client("slow")
slow_created = step("slow-create", lambda: slow.create_event_source_mapping(FunctionName="fn", EventSourceArn=arns["queue"]), on=slow)
step("in-use", lambda: slow.delete_event_source_mapping(UUID=slow_created["UUID"]), on=slow)
throttling = client("throttling", attempts=1)
step("throttled", lambda: throttling.list_event_source_mappings(), on=throttling)
throttling_retried = client("throttling", attempts=2)
step("throttled-retried", lambda: throttling_retried.list_event_source_mappings(), on=throttling_retried)
failing = client("failing", attempts=1)
step("failing", lambda: failing.get_event_source_mapping(UUID=uuid), on=failing)

# Signatures and tokens.
for name, creds in {
    "wrong-secret": {"aws_secret_access_key": "not-the-secret"},
    "unknown-key": {"aws_access_key_id": "AKIDUNKNOWN"},
    "bogus-token": {"aws_session_token": "bogus"},
    "temp-key": {"aws_access_key_id": temp["accessKeyId"], "aws_secret_access_key": temp["secretAccessKey"], "aws_session_token": temp["sessionToken"]},
    "temp-key-no-token": {"aws_access_key_id": temp["accessKeyId"], "aws_secret_access_key": temp["secretAccessKey"]},
    "other-region": {"region": "eu-west-1"},
}.items():
    other = client(**creds)
    step(name, lambda other=other: other.list_event_source_mappings(MaxItems=1), on=other)

sys.stdout.write(json.dumps(results))
