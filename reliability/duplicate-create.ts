import * as sdk from "@aws-sdk/client-lambda";
import * as ours from "../src/index.js";
import { startLocalLambda } from "../src/local/index.js";
import { errorName, LOCAL_CREDENTIALS } from "./clients.js";

/** How one way of creating came through a Create whose first answer was lost. */
export interface DuplicateCreateRow {
  how: string;
  outcome: string;
  attempts: number | undefined;
  /** Mappings the service holds afterwards for that function and source (1: the first attempt's). */
  mappingsStored: number;
}

type AnyClient = { send(command: unknown): Promise<{ $metadata?: { attempts?: number } }>; destroy(): void };

/**
 * The retry hazard of Create: the service's `store-then-timeout` fault stores the first attempt's
 * mapping but never answers, the client's `requestTimeout` fires and it retries, and the retry meets
 * the mapping the first attempt created. Shown for both clients' plain Create and for
 * `createEventSourceMappingIdempotent`.
 */
export async function runDuplicateCreate(): Promise<DuplicateCreateRow[]> {
  const local = await startLocalLambda({ faults: { script: ["store-then-timeout"], operations: ["CreateEventSourceMapping"] } });
  const rows: DuplicateCreateRow[] = [];
  const config = { region: local.region, endpoint: local.endpoint, credentials: LOCAL_CREDENTIALS, maxAttempts: 3 };
  const count = async (arn: string): Promise<number> => {
    const client = new ours.LambdaClient(config);
    try {
      const page = await client.send(new ours.ListEventSourceMappingsCommand({ EventSourceArn: arn }));
      return page.EventSourceMappings?.length ?? 0;
    } finally {
      client.destroy();
    }
  };
  const ways: [string, (arn: string) => Promise<{ $metadata?: { attempts?: number } }>][] = [
    ["this library: CreateEventSourceMappingCommand", (arn) => send(new ours.LambdaClient({ ...config, requestHandler: { requestTimeout: 1500 } }), new ours.CreateEventSourceMappingCommand({ FunctionName: "dup", EventSourceArn: arn }))],
    ["@aws-sdk/client-lambda: CreateEventSourceMappingCommand", (arn) => send(new sdk.LambdaClient({ ...config, requestHandler: { requestTimeout: 1500, throwOnRequestTimeout: true } }) as unknown as AnyClient, new sdk.CreateEventSourceMappingCommand({ FunctionName: "dup", EventSourceArn: arn }))],
    ["this library: createEventSourceMappingIdempotent", async (arn) => {
      const client = new ours.LambdaClient({ ...config, requestHandler: { requestTimeout: 1500 } });
      try {
        return await ours.createEventSourceMappingIdempotent(client, { FunctionName: "dup", EventSourceArn: arn });
      } finally {
        client.destroy();
      }
    }],
  ];
  try {
    for (const [i, [how, create]] of ways.entries()) {
      local.setFaults({ script: ["store-then-timeout"], operations: ["CreateEventSourceMapping"] });
      const arn = `arn:aws:sqs:us-east-1:123456789012:duplicate-${i}`;
      const outcome = await create(arn).then(
        (out) => ({ outcome: "created (the first attempt's mapping returned)", attempts: out.$metadata?.attempts }),
        (error: { $metadata?: { attempts?: number } }) => ({ outcome: errorName(error), attempts: error.$metadata?.attempts }),
      );
      rows.push({ how, ...outcome, mappingsStored: await count(arn) });
    }
  } finally {
    await local.close();
  }
  return rows;
}

async function send(client: AnyClient | ours.LambdaClient, command: unknown): Promise<{ $metadata?: { attempts?: number } }> {
  try {
    return await (client as AnyClient).send(command);
  } finally {
    client.destroy();
  }
}
