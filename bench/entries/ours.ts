// One command, as a control-plane function would use it: the bundle-size and bundled cold-start subject. It imports the
// package by name, so bundlers resolve it through package.json `exports` to the dist/ build an app would get.
// No top-level await: the same entry bundles to CommonJS with esbuild's default settings.
import { LambdaClient, ListEventSourceMappingsCommand } from "lambda-event-source-mappings";

const client = new LambdaClient({ region: "us-east-1", endpoint: process.argv[2], credentials: { accessKeyId: "test", secretAccessKey: "test" } });
void client.send(new ListEventSourceMappingsCommand({ MaxItems: 10 })).then((out) => {
  console.log(out.EventSourceMappings?.length === 10 ? "ok" : "unexpected");
  client.destroy();
});
