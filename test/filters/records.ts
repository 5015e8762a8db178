/** Builders for records shaped like the ones Lambda delivers from each event source (sample events from the Lambda guide). */

const b64 = (text: string | Uint8Array): string => Buffer.from(text).toString("base64");

/** An SQS message record. */
export function sqsRecord(body: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    messageId: "059f36b4-87a3-44ab-83d2-661975830a7d",
    receiptHandle: "AQEBwJnKyrHigUMZj6rYigCgxlaS3SLy0a...",
    body,
    attributes: {
      ApproximateReceiveCount: "1",
      SentTimestamp: "1545082649183",
      SenderId: "AIDAIENQZJOLO23YVJ4VO",
      ApproximateFirstReceiveTimestamp: "1545082649185",
    },
    messageAttributes: { Team: { stringValue: "payments", dataType: "String" } },
    md5OfBody: "098f6bcd4621d373cade4e832627b4f6",
    eventSource: "aws:sqs",
    eventSourceARN: "arn:aws:sqs:us-east-2:123456789012:my-queue",
    awsRegion: "us-east-2",
    ...extra,
  };
}

/** A Kinesis stream record whose data is the base64 of `data`. */
export function kinesisRecord(data: string | Uint8Array): Record<string, unknown> {
  return {
    kinesis: {
      kinesisSchemaVersion: "1.0",
      partitionKey: "1",
      sequenceNumber: "49590338271490256608559692538361571095921575989136588898",
      data: b64(data),
      approximateArrivalTimestamp: 1545084650.987,
    },
    eventSource: "aws:kinesis",
    eventVersion: "1.0",
    eventID: "shardId-000000000006:49590338271490256608559692538361571095921575989136588898",
    eventName: "aws:kinesis:record",
    invokeIdentityArn: "arn:aws:iam::123456789012:role/lambda-role",
    awsRegion: "us-east-2",
    eventSourceARN: "arn:aws:kinesis:us-east-2:123456789012:stream/lambda-stream",
  };
}

/** A DynamoDB stream record. */
export function dynamodbRecord(
  eventName: "INSERT" | "MODIFY" | "REMOVE",
  newImage: Record<string, unknown>,
): Record<string, unknown> {
  return {
    eventID: "c4ca4238a0b923820dcc509a6f75849b",
    eventName,
    eventVersion: "1.1",
    eventSource: "aws:dynamodb",
    awsRegion: "us-east-1",
    dynamodb: {
      ApproximateCreationDateTime: 1428537600,
      Keys: { Id: { N: "101" } },
      NewImage: newImage,
      SequenceNumber: "4421584500000000017450439091",
      SizeBytes: 26,
      StreamViewType: "NEW_AND_OLD_IMAGES",
    },
    eventSourceARN: "arn:aws:dynamodb:us-east-1:123456789012:table/ExampleTableWithStream/stream/2015-06-27T00:48:05.899",
  };
}

/** One record of an MSK / self-managed Kafka event (records carry no eventSource of their own). */
export function kafkaRecord(value: string | Uint8Array): Record<string, unknown> {
  return {
    topic: "mytopic",
    partition: 0,
    offset: 15,
    timestamp: 1545084650987,
    timestampType: "CREATE_TIME",
    key: b64("device-1"),
    value: b64(value),
    headers: [{ headerKey: [104, 101, 97, 100, 101, 114, 86, 97, 108, 117, 101] }],
  };
}

/** One Amazon MQ for ActiveMQ message. */
export function activeMqMessage(data: string): Record<string, unknown> {
  return {
    messageID: "ID:b-9bcfa592-423a-4942-879d-eb284b418fc8-1.mq.us-west-2.amazonaws.com-37557-1234520418293-4:1:1:1:1",
    messageType: "jms/text-message",
    deliveryMode: 1,
    replyTo: null,
    type: null,
    expiration: "60000",
    priority: 1,
    correlationId: "myJMSCoID",
    redelivered: false,
    destination: { physicalName: "testQueue" },
    data: b64(data),
    timestamp: 1598827811958,
    brokerInTime: 1598827811958,
    brokerOutTime: 1598827811959,
    properties: { index: "1", doAlarm: "false", myCustomProperty: "value" },
  };
}

/** One Amazon MQ for RabbitMQ message. */
export function rabbitMqMessage(data: string): Record<string, unknown> {
  return {
    basicProperties: {
      contentType: "text/plain",
      contentEncoding: null,
      headers: { "x-delivery-count": 0 },
      deliveryMode: 1,
      priority: 34,
      timestamp: "Jan 1, 1970, 12:33:41 AM",
      bodySize: 80,
    },
    redelivered: false,
    data: b64(data),
  };
}
