// The same job with the official SDK.
import { LambdaClient, ListEventSourceMappingsCommand } from "@aws-sdk/client-lambda";

const client = new LambdaClient({ region: "us-east-1", endpoint: process.argv[2], credentials: { accessKeyId: "test", secretAccessKey: "test" } });
void client.send(new ListEventSourceMappingsCommand({ MaxItems: 10 })).then((out) => {
  console.log(out.EventSourceMappings?.length === 10 ? "ok" : "unexpected");
  client.destroy();
});
