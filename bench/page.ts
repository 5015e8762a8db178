/** One mapping as the service returns it: the members a typical SQS mapping carries. */
export function sampleMapping(i: number): Record<string, unknown> {
  return {
    UUID: `b0c1d2e3-0000-4000-8000-${String(i).padStart(12, "0")}`,
    BatchSize: 10,
    MaximumBatchingWindowInSeconds: 0,
    EventSourceArn: `arn:aws:sqs:us-east-1:123456789012:queue-${i}`,
    FunctionArn: "arn:aws:lambda:us-east-1:123456789012:function:bench",
    LastModified: 1700000000.123,
    State: "Enabled",
    StateTransitionReason: "USER_INITIATED",
    FunctionResponseTypes: ["ReportBatchItemFailures"],
    FilterCriteria: { Filters: [{ Pattern: '{"body":{"type":["order"]}}' }] },
    ScalingConfig: { MaximumConcurrency: 5 },
    EventSourceMappingArn: `arn:aws:lambda:us-east-1:123456789012:event-source-mapping:b0c1d2e3-0000-4000-8000-${String(i).padStart(12, "0")}`,
  };
}

/** The page every per-request, cold-start and concurrency probe reads: ten mappings and a next marker. */
export function tenItemPage(): Record<string, unknown> {
  return { EventSourceMappings: Array.from({ length: 10 }, (_, i) => sampleMapping(i)), NextMarker: "bench-next" };
}
