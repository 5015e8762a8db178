// Moves every event source mapping of one function to another, keeping each mapping's state. The same operations
// script twice: retarget-mappings.sdk.ts as written for @aws-sdk/client-lambda, retarget-mappings.ts after the port
// (docs/migrating.md shows the diff; test/examples/migration.test.ts runs both against the local service).
//
//   npx tsx retarget-mappings.ts FROM_FUNCTION TO_FUNCTION
//
// Region, credentials and endpoint come from the environment (AWS_REGION, AWS_PROFILE, AWS_ENDPOINT_URL_LAMBDA…).
import {
  GetEventSourceMappingCommand,
  LambdaClient,
  paginateListEventSourceMappings,
  UpdateEventSourceMappingCommand,
  type EventSourceMappingConfiguration,
} from "@aws-sdk/client-lambda";

const [from, to] = process.argv.slice(2);
if (!from || !to) {
  console.error("usage: retarget-mappings FROM_FUNCTION TO_FUNCTION");
  process.exit(2);
}

const client = new LambdaClient({});

// The SDK has no waiter for mappings: poll until the mapping leaves its transitional state.
async function waitUntilStable(UUID: string): Promise<EventSourceMappingConfiguration> {
  for (let attempt = 0; attempt < 120; attempt++) {
    const mapping = await client.send(new GetEventSourceMappingCommand({ UUID }));
    if (!["Creating", "Enabling", "Disabling", "Updating", "Deleting"].includes(mapping.State!)) return mapping;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`mapping ${UUID} did not settle within 2 minutes`);
}

// List first, then change: updating while paging would move mappings out of the filtered list under the cursor.
const mappings: EventSourceMappingConfiguration[] = [];
for await (const page of paginateListEventSourceMappings({ client }, { FunctionName: from })) {
  mappings.push(...(page.EventSourceMappings ?? []));
}

for (const { UUID, EventSourceArn } of mappings) {
  await waitUntilStable(UUID!); // a mapping in a transitional state refuses updates (ResourceInUseException)
  await client.send(new UpdateEventSourceMappingCommand({ UUID, FunctionName: to }));
  const settled = await waitUntilStable(UUID!);
  console.log(`${UUID} ${EventSourceArn} -> ${settled.FunctionArn} (${settled.State})`);
}
console.log(`moved ${mappings.length} mapping(s)`);
client.destroy();
