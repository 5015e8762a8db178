// The same job with aws-lite.
import awsLite from "@aws-lite/client";
import lambdaPlugin from "@aws-lite/lambda";

const aws = await awsLite({ region: "us-east-1", endpoint: process.argv[2], accessKeyId: "test", secretAccessKey: "test", plugins: [lambdaPlugin as never], autoloadPlugins: false });
const lambda = (aws as unknown as { Lambda: { GetEventSourceMapping(input: { UUID: string }): Promise<{ State: string }> } }).Lambda;
const out = await lambda.GetEventSourceMapping({ UUID: "bench" });
console.log(out.State);
