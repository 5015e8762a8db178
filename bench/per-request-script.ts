import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/**
 * Source of a standalone script that loads one subject the way an unbundled app does (package
 * resolution in node_modules) and calls GetEventSourceMapping against `argv[2]`.
 * With `count === 1` it prints the State (cold-start probe); otherwise it warms up, times
 * `argv[3]` sequential keep-alive calls and prints the median in microseconds.
 */
export function perRequestScript(subject: string, root: string, count?: number): string {
  const req = createRequire(join(root, "package.json"));
  const url = (specifier: string): string => pathToFileURL(req.resolve(specifier)).href;
  const setup: Record<string, string> = {
    raw: `
      const http = await import("node:http");
      const agent = new http.Agent({ keepAlive: true, maxSockets: 50 });
      const target = new URL("/2015-03-31/event-source-mappings/bench", endpoint);
      const call = () => new Promise((resolve, reject) => {
        http.request(target, { agent }, (res) => {
          const chunks = [];
          res.on("data", (c) => chunks.push(c));
          res.on("end", () => resolve(JSON.parse(Buffer.concat(chunks).toString())));
        }).on("error", reject).end();
      });
      const done = () => agent.destroy();`,
    ours: `
      const { LambdaClient, GetEventSourceMappingCommand } = await import(${JSON.stringify(pathToFileURL(join(root, "dist", "index.js")).href)});
      const client = new LambdaClient({ region: "us-east-1", endpoint, credentials: { accessKeyId: "test", secretAccessKey: "test" } });
      const call = () => client.send(new GetEventSourceMappingCommand({ UUID: "bench" }));
      const done = () => client.destroy();`,
    sdk: `
      const { LambdaClient, GetEventSourceMappingCommand } = await import(${JSON.stringify(url("@aws-sdk/client-lambda"))});
      const client = new LambdaClient({ region: "us-east-1", endpoint, credentials: { accessKeyId: "test", secretAccessKey: "test" } });
      const call = () => client.send(new GetEventSourceMappingCommand({ UUID: "bench" }));
      const done = () => client.destroy();`,
    "aws-lite": `
      const awsLite = (await import(${JSON.stringify(url("@aws-lite/client"))})).default;
      const lambdaPlugin = (await import(${JSON.stringify(url("@aws-lite/lambda"))})).default;
      const aws = await awsLite({ region: "us-east-1", endpoint, accessKeyId: "test", secretAccessKey: "test", plugins: [lambdaPlugin], autoloadPlugins: false });
      const call = () => aws.Lambda.GetEventSourceMapping({ UUID: "bench" });
      const done = () => {};`,
  };
  const body =
    count === 1
      ? `const out = await call(); console.log(out.State); done();`
      : `
      const n = Number(process.argv[3] ?? 3000);
      for (let i = 0; i < 300; i++) await call();
      const samples = [];
      for (let i = 0; i < n; i++) {
        const t = process.hrtime.bigint();
        await call();
        samples.push(Number(process.hrtime.bigint() - t) / 1e3);
      }
      samples.sort((a, b) => a - b);
      console.log(samples[Math.floor(samples.length / 2)]);
      done();`;
  return `const endpoint = process.argv[2];\n${setup[subject]}\n${body}\n`;
}
