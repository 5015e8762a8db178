// A minimal ESM responder for benchmarks, run in its own process so it does not share the measured event loop.
import { createServer } from "node:http";

const body = JSON.stringify({ UUID: "bench", State: "Enabled", BatchSize: 10, LastModified: 1700000000, FunctionArn: "arn:aws:lambda:us-east-1:123456789012:function:f" });
const server = createServer((req, res) => {
  req.resume();
  req.on("end", () => {
    res.writeHead(200, { "content-type": "application/json", "x-amzn-requestid": "r", "content-length": Buffer.byteLength(body) });
    res.end(body);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  process.stdout.write(`${typeof address === "object" && address ? address.port : 0}\n`);
});
process.on("SIGTERM", () => process.exit(0));
