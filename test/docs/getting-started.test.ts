import { afterAll, describe, expect, it } from "vitest";
import { CreateEventSourceMappingCommand, LambdaClient } from "../../src/index.js";
import { startLocalLambda } from "../../src/local/index.js";
import { docSamples, runSample, sampleDir } from "./doc-samples.js";

const samples = docSamples("docs/getting-started.md");
const sample = (name: string) => samples.find((s) => s.name === name)!;
const { dir, remove } = sampleDir("getting-started");
afterAll(remove);

describe("docs/getting-started.md", () => {
  it("names each of its samples, and the test runs every one", () => {
    expect(samples.map((s) => s.name)).toEqual(["first-program", "against-aws"]);
  });

  it("the first program runs against the local service and passes its own assertions", async () => {
    const { stdout } = await runSample(dir, sample("first-program"));
    expect(stdout.trim()).toMatch(/^[0-9a-f-]{36} Creating$/);
  });

  it("the AWS program runs unchanged when only the environment points it at a local service", async () => {
    const local = await startLocalLambda({ region: "eu-west-1" });
    try {
      const client = new LambdaClient({ region: local.region, endpoint: local.endpoint, credentials: local.credentials });
      const { UUID } = await client.send(
        new CreateEventSourceMappingCommand({ FunctionName: "f", EventSourceArn: "arn:aws:sqs:eu-west-1:123456789012:q" }),
      );
      client.destroy();
      const { stdout } = await runSample(dir, sample("against-aws"), {
        AWS_REGION: local.region,
        AWS_ACCESS_KEY_ID: local.credentials.accessKeyId,
        AWS_SECRET_ACCESS_KEY: local.credentials.secretAccessKey,
        AWS_ENDPOINT_URL_LAMBDA: local.endpoint,
      });
      expect(stdout.trim()).toBe(`${UUID} Enabled arn:aws:sqs:eu-west-1:123456789012:q`);
    } finally {
      await local.close();
    }
  });
});
