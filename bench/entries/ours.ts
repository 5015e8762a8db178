// One command, as a control-plane function would use it: the bundle-size and cold-start subject.
import { LambdaClient, GetEventSourceMappingCommand } from "../../src/index.js";

const client = new LambdaClient({ region: "us-east-1", endpoint: process.argv[2], credentials: { accessKeyId: "test", secretAccessKey: "test" } });
const out = await client.send(new GetEventSourceMappingCommand({ UUID: "bench" }));
console.log(out.State);
client.destroy();
