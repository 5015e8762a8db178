// One command with the client's default settings: region, credentials (the whole default chain) and the rest from the
// environment and shared config files, as `new LambdaClient({})` does with the SDK.
import { LambdaClient, ListEventSourceMappingsCommand } from "lambda-event-source-mappings";

const client = new LambdaClient({});
void client.send(new ListEventSourceMappingsCommand({ MaxItems: 10 })).then((out) => {
  console.log(out.EventSourceMappings?.length ?? 0);
  client.destroy();
});
