// bench/entries/ours.ts with a switch, for npm run bench:startup: `load` stops after the import and the constructors,
// so the difference to a full run is the first send's cost. The same esbuild settings bundle it (bench/bundle.ts).
import { LambdaClient, ListEventSourceMappingsCommand } from "lambda-event-source-mappings";

const client = new LambdaClient({ region: "us-east-1", endpoint: process.argv[2], credentials: { accessKeyId: "test", secretAccessKey: "test" } });
const command = new ListEventSourceMappingsCommand({ MaxItems: 10 });
if (process.argv[3] === "load") console.log("loaded");
else
  void client.send(command).then((out) => {
    console.log(out.EventSourceMappings?.length === 10 ? "ok" : "unexpected");
    client.destroy();
  });
