#!/bin/sh
# Event source mappings managed with the AWS CLI. `lambda-esm` runs this script unchanged once every "aws lambda "
# is replaced with "lambda-esm " (test/cli/lambda-esm.test.ts runs it both ways against the local service and
# compares the output). ENDPOINT_URL names the service (the local one: `lambda-esm serve`); PREFIX keeps two runs
# apart. (--endpoint-url rather than AWS_ENDPOINT_URL_LAMBDA: AWS CLI versions before 2.13 ignore the variable.)
set -eu
endpoint="--endpoint-url=${ENDPOINT_URL:?set ENDPOINT_URL, e.g. to what lambda-esm serve prints}"
fn="${PREFIX:-}orders-fn"
queue="arn:aws:sqs:us-east-1:123456789012:${PREFIX:-}orders"

uuid=$(aws lambda create-event-source-mapping $endpoint --function-name "$fn" --event-source-arn "$queue" --batch-size 10 \
  --filter-criteria 'Filters=[{Pattern="{\"body\":{\"type\":[\"order\"]}}"}]' --scaling-config MaximumConcurrency=5 \
  --query UUID --output text)
aws lambda get-event-source-mapping $endpoint --uuid "$uuid" --query '{BatchSize:BatchSize,Patterns:FilterCriteria.Filters[].Pattern,Scaling:ScalingConfig}'

for n in 1 2 3; do
  aws lambda create-event-source-mapping $endpoint --function-name "$fn" --event-source-arn "$queue-$n" --no-enabled --query State --output text
done
aws lambda list-event-source-mappings $endpoint --function-name "$fn" --page-size 2 --query 'length(EventSourceMappings)'
# Text output runs the query on every page and then on the NextToken: the token is the last line.
token=$(aws lambda list-event-source-mappings $endpoint --function-name "$fn" --max-items 3 --query NextToken --output text | tail -n 1)
aws lambda list-event-source-mappings $endpoint --function-name "$fn" --starting-token "$token" --query 'length(EventSourceMappings)'

aws lambda update-event-source-mapping $endpoint --uuid "$uuid" --batch-size 5 --no-enabled --query '[BatchSize,State]' --output text
if aws lambda get-event-source-mapping $endpoint --uuid 00000000-0000-0000-0000-000000000000 2>/dev/null; then
  echo "unexpected: found"
else
  echo "get of a missing mapping exits $?"
fi
if aws lambda create-event-source-mapping $endpoint --event-source-arn "$queue" 2>/dev/null; then echo "unexpected: created"; else echo "create without --function-name exits $?"; fi
aws lambda delete-event-source-mapping $endpoint --uuid "$uuid" --query State --output text
