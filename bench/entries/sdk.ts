// The same job with the official SDK.
import { LambdaClient, GetEventSourceMappingCommand } from "@aws-sdk/client-lambda";

const client = new LambdaClient({ region: "us-east-1", endpoint: process.argv[2], credentials: { accessKeyId: "test", secretAccessKey: "test" } });
const out = await client.send(new GetEventSourceMappingCommand({ UUID: "bench" }));
console.log(out.State);
client.destroy();
