// One command in a web page or a worker (esbuild --platform=browser: the package's `browser` condition, fetch and the
// pure-JS SHA-256, no Node built-in). Credentials must be passed there, as with the SDK.
import { LambdaClient, ListEventSourceMappingsCommand } from "lambda-event-source-mappings";

const client = new LambdaClient({ region: "us-east-1", credentials: { accessKeyId: "test", secretAccessKey: "test" } });
void client.send(new ListEventSourceMappingsCommand({ MaxItems: 10 })).then((out) => {
  console.log(out.EventSourceMappings?.length ?? 0);
  client.destroy();
});
