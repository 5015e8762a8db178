import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalLambda, type LocalLambda } from "../../src/local/index.js";
import { AWS_CLI, DEBIAN_PYTHON, thirdPartyTool } from "../support/third-party-tool.js";
import { ESM_PATH, sendSigned } from "./support/raw-http.js";

const run = promisify(execFile);
const QUEUE = "arn:aws:sqs:us-east-1:123456789012:routing";

let local: LocalLambda;
beforeAll(async () => {
  local = await startLocalLambda({});
});
afterAll(() => local.close());

const create = (path: string, name: string) =>
  sendSigned(local, { method: "POST", path, body: JSON.stringify({ FunctionName: name, EventSourceArn: `${QUEUE}-${name}` }), headers: { "content-type": "application/json" } });

describe("routes, with and without a trailing slash (botocore's older models send Create and List to `/event-source-mappings/`)", () => {
  it("serves Create and List on the collection path with a trailing slash", async () => {
    const created = await create(`${ESM_PATH}/`, "slash");
    expect(created.status).toBe(202);
    expect(created.json.UUID).toMatch(/^[0-9a-f-]{36}$/);
    const listed = await sendSigned(local, { method: "GET", path: `${ESM_PATH}/`, query: { EventSourceArn: `${QUEUE}-slash` } });
    expect(listed.status).toBe(200);
    expect((listed.json.EventSourceMappings as { UUID: string }[]).map((m) => m.UUID)).toEqual([created.json.UUID]);
  });

  it("serves Get, Update and Delete with a trailing slash after the UUID", async () => {
    const uuid = String((await create(ESM_PATH, "item-slash")).json.UUID);
    expect((await sendSigned(local, { method: "GET", path: `${ESM_PATH}/${uuid}/` })).json.UUID).toBe(uuid);
    const updated = await sendSigned(local, { method: "PUT", path: `${ESM_PATH}/${uuid}/`, body: '{"BatchSize":3}', headers: { "content-type": "application/json" } });
    expect([updated.status, updated.json.BatchSize]).toEqual([202, 3]);
    expect((await sendSigned(local, { method: "DELETE", path: `${ESM_PATH}/${uuid}/` })).status).toBe(202);
  });

  it("never reads the collection path as a Get, Update or Delete of the mapping \"\"", async () => {
    for (const method of ["PUT", "DELETE"]) {
      const res = await sendSigned(local, { method, path: `${ESM_PATH}/` });
      expect([res.status, res.headers["x-amzn-errortype"]], method).toEqual([404, "UnknownOperationException"]);
    }
    for (const path of [`${ESM_PATH}//`, `${ESM_PATH}/a/b`, `${ESM_PATH}/a//`, "/2015-03-31/event-source-mappings-x"]) {
      const res = await sendSigned(local, { method: "GET", path });
      expect([res.status, res.headers["x-amzn-errortype"]], path).toEqual([404, "UnknownOperationException"]);
    }
  });

  it("treats path tricks in a UUID as an unknown mapping, and leaves other mappings alone", async () => {
    const uuid = String((await create(ESM_PATH, "tricks")).json.UUID);
    const tricks = ["..", "%2e%2e", "..%2F..%2Fetc%2Fpasswd", `${uuid}%2F..`, `..%2F${uuid}`, "%00", `${uuid}%00`, "%252e%252e", "%ZZ", "*", encodeURIComponent(`${uuid} `)];
    for (const trick of tricks) {
      for (const method of ["GET", "DELETE", "PUT"]) {
        const res = await sendSigned(local, { method, path: `${ESM_PATH}/${trick}`, body: method === "PUT" ? "{}" : undefined });
        expect([res.status, res.headers["x-amzn-errortype"]], `${method} ${trick}`).toEqual([404, "ResourceNotFoundException"]);
        expect(res.text).not.toMatch(/\/(?:tmp|home|root|etc)\//);
      }
    }
    expect((await sendSigned(local, { method: "GET", path: `${ESM_PATH}/${uuid}` })).json.State).not.toBe("Deleting");
  });
});

describe.runIf(thirdPartyTool("AWS CLI v2", [AWS_CLI, "--version"]))("the AWS CLI v2 creates and lists through the trailing-slash routes", () => {
  it("create-event-source-mapping and list-event-source-mappings succeed", async () => {
    const env = { ...process.env, AWS_ACCESS_KEY_ID: local.credentials.accessKeyId, AWS_SECRET_ACCESS_KEY: local.credentials.secretAccessKey, AWS_DEFAULT_REGION: local.region, AWS_CONFIG_FILE: "/dev/null", AWS_SHARED_CREDENTIALS_FILE: "/dev/null", AWS_PAGER: "" };
    const cli = (...args: string[]) => run(AWS_CLI, ["--endpoint-url", local.endpoint, "--output", "json", "lambda", ...args], { env });
    const created = JSON.parse((await cli("create-event-source-mapping", "--function-name", "cli-fn", "--event-source-arn", `${QUEUE}-cli`)).stdout) as { UUID: string };
    const listed = JSON.parse((await cli("list-event-source-mappings", "--event-source-arn", `${QUEUE}-cli`)).stdout) as { EventSourceMappings: { UUID: string }[] };
    expect(listed.EventSourceMappings.map((m) => m.UUID)).toEqual([created.UUID]);
  });
});

describe.runIf(thirdPartyTool("boto3 (python3-boto3)", [DEBIAN_PYTHON, "-c", "import boto3"]))("boto3 creates and lists through the trailing-slash routes", () => {
  it("create_event_source_mapping and list_event_source_mappings succeed", async () => {
    const script = [
      "import boto3, json, sys",
      "c = boto3.client('lambda', endpoint_url=sys.argv[1], region_name=sys.argv[2], aws_access_key_id=sys.argv[3], aws_secret_access_key=sys.argv[4])",
      "u = c.create_event_source_mapping(FunctionName='boto-fn', EventSourceArn=sys.argv[5])['UUID']",
      "l = [m['UUID'] for m in c.list_event_source_mappings(EventSourceArn=sys.argv[5])['EventSourceMappings']]",
      "print(json.dumps({'created': u, 'listed': l}))",
    ].join("\n");
    const { stdout } = await run(DEBIAN_PYTHON, ["-c", script, local.endpoint, local.region, local.credentials.accessKeyId, local.credentials.secretAccessKey, `${QUEUE}-boto`], {
      env: { ...process.env, AWS_CONFIG_FILE: "/dev/null", AWS_SHARED_CREDENTIALS_FILE: "/dev/null" },
    });
    const out = JSON.parse(stdout) as { created: string; listed: string[] };
    expect(out.listed).toEqual([out.created]);
  });
});
