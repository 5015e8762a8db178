// The aggregated `Lambda` client: every operation as a method, so every command's code is in the bundle.
import { Lambda } from "lambda-event-source-mappings";

const lambda = new Lambda({ region: "us-east-1", credentials: { accessKeyId: "test", secretAccessKey: "test" } });
void lambda.listEventSourceMappings({ MaxItems: 10 }).then((out) => {
  console.log(out.EventSourceMappings?.length ?? 0);
  lambda.destroy();
});
