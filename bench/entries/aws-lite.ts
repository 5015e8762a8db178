// The same job with aws-lite.
import awsLite from "@aws-lite/client";
import lambdaPlugin from "@aws-lite/lambda";

type Lite = { Lambda: { ListEventSourceMappings(input: { MaxItems: number }): Promise<{ EventSourceMappings?: unknown[] }> } };
void awsLite({ region: "us-east-1", endpoint: process.argv[2], accessKeyId: "test", secretAccessKey: "test", plugins: [lambdaPlugin as never], autoloadPlugins: false })
  .then((aws) => (aws as unknown as Lite).Lambda.ListEventSourceMappings({ MaxItems: 10 }))
  .then((out) => console.log(out.EventSourceMappings?.length === 10 ? "ok" : "unexpected"));
