// The same page with the official SDK, bundled for the browser (its `browser` fields: fetch handler, sha256-browser).
import { LambdaClient, ListEventSourceMappingsCommand } from "@aws-sdk/client-lambda";

const client = new LambdaClient({ region: "us-east-1", credentials: { accessKeyId: "test", secretAccessKey: "test" } });
void client.send(new ListEventSourceMappingsCommand({ MaxItems: 10 })).then((out) => {
  console.log(out.EventSourceMappings?.length ?? 0);
  client.destroy();
});
