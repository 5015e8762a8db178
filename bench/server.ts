// The benchmark responder: answers every request with the same 10-item ListEventSourceMappings page, in its own
// process so that it does not share the measured event loop. Prints its port on the first line of stdout.
import { createServer } from "node:http";
import { tenItemPage } from "./page.js";

const body = JSON.stringify(tenItemPage());
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
