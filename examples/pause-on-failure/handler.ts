// A control-plane Lambda function: when a downstream dependency fails, stop feeding the consumer function by
// disabling its event source mappings (messages wait in the queue instead of failing into a dead-letter queue),
// and enable them again when the dependency recovers.
//
// Wire it to a CloudWatch alarm on the downstream (errors, latency) through an EventBridge rule on
// "CloudWatch Alarm State Change"; set CONSUMER_FUNCTION to the consumer's name. Its role needs
// lambda:ListEventSourceMappings, lambda:GetEventSourceMapping and lambda:UpdateEventSourceMapping.
// test/examples/pause-on-failure.test.ts runs it against the local service; examples/testing/ has a test suite for it.
import {
  LambdaClient,
  paginateListEventSourceMappings,
  UpdateEventSourceMappingCommand,
  waitUntilEventSourceMappingStable,
  type EventSourceMappingConfiguration,
} from "lambda-event-source-mappings";

/** The part of an EventBridge "CloudWatch Alarm State Change" event this handler reads. */
export interface AlarmStateChangeEvent {
  "detail-type": string;
  detail: { alarmName: string; state: { value: "OK" | "ALARM" | "INSUFFICIENT_DATA" } };
}

/** What one invocation did. */
export interface PauseResult {
  action: "paused" | "resumed" | "ignored";
  /** The UUIDs of the mappings it changed. */
  changed: string[];
}

/** Options of {@link createHandler}. */
export interface PauseOnFailureOptions {
  /** The client the handler sends with. */
  client: LambdaClient;
  /** The function whose mappings are paused and resumed. */
  functionName: string;
  /** How long to wait for a mapping in a transitional state, in seconds. @default 120 */
  maxWaitTime?: number;
}

/**
 * Builds the handler. ALARM disables every Enabled mapping of the function; OK enables every Disabled one
 * (so a mapping disabled by hand is enabled again too: give the consumer a mapping of its own if that matters);
 * INSUFFICIENT_DATA changes nothing.
 */
export function createHandler({ client, functionName, maxWaitTime = 120 }: PauseOnFailureOptions) {
  return async (event: AlarmStateChangeEvent): Promise<PauseResult> => {
    const state = event.detail?.state?.value;
    if (event["detail-type"] !== "CloudWatch Alarm State Change" || (state !== "ALARM" && state !== "OK")) return { action: "ignored", changed: [] };
    const [from, enable] = state === "ALARM" ? ["Enabled", false] : ["Disabled", true];

    const mappings: EventSourceMappingConfiguration[] = [];
    for await (const page of paginateListEventSourceMappings({ client }, { FunctionName: functionName })) mappings.push(...(page.EventSourceMappings ?? []));

    const changed: string[] = [];
    for (const listed of mappings) {
      // A mapping in the middle of a change refuses updates (ResourceInUseException): let it settle first.
      const { reason: mapping } = await waitUntilEventSourceMappingStable({ client, maxWaitTime }, { UUID: listed.UUID! });
      if (mapping.State !== from) continue;
      await client.send(new UpdateEventSourceMappingCommand({ UUID: mapping.UUID, Enabled: enable }));
      changed.push(mapping.UUID!);
    }
    console.log(JSON.stringify({ alarm: event.detail.alarmName, state, functionName, changed }));
    return { action: enable ? "resumed" : "paused", changed };
  };
}

// Created once per execution environment and reused by every invocation; region and credentials come from the
// Lambda environment.
const client = new LambdaClient({});

/** The Lambda entry point (`handler.handler`). */
export const handler = (event: AlarmStateChangeEvent): Promise<PauseResult> => {
  const functionName = process.env.CONSUMER_FUNCTION;
  if (!functionName) throw new Error("CONSUMER_FUNCTION is not set: name the function whose mappings to pause");
  return createHandler({ client, functionName })(event);
};
