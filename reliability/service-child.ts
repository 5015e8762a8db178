// Child process of the reliability suite: runs the local service on a data file (argv[2]) and prints
// "ready <port>" once it listens. A line "close" on stdin closes it gracefully; the suite also kills it
// with SIGKILL to test crash safety. A crash of the service shows up as this process exiting on its own.
import { createInterface } from "node:readline";
import { startLocalLambda } from "../src/local/index.js";

const dataFile = process.argv[2] || undefined;
const maxBodyBytes = process.argv[3] ? Number(process.argv[3]) : undefined;
const local = await startLocalLambda({ dataFile, maxBodyBytes });
process.stdout.write(`ready ${local.port}\n`);
createInterface({ input: process.stdin }).on("line", (line) => {
  if (line.trim() !== "close") return;
  void local.close().then(() => {
    process.stdout.write("closed\n");
    process.exit(0);
  });
});
