// Child process of the leak check. argv: <scenario> <endpoint-or-port>. It starts something that holds
// the event loop (a send in flight or backing off, or a service with open connections), prints
// "stopping" right before destroy()/close(), and then does nothing more: it never calls process.exit,
// so it ends only when nothing is left holding the event loop. The parent measures how long that takes.
import { createInterface } from "node:readline";
import { suiteClient } from "./clients.js";
import { startLocalLambda } from "../src/local/index.js";

const [scenario, target] = process.argv.slice(2) as [string, string];
const report = (line: string) => process.stdout.write(`${line}\n`);

if (scenario === "service-close") {
  const local = await startLocalLambda({});
  report(`ready ${local.port}`);
  const lines = createInterface({ input: process.stdin });
  lines.once("line", () => {
    lines.close();
    process.stdin.destroy();
    report("stopping");
    void local.close().then(() => report("closed"));
  });
} else {
  const [library, uuid] = scenario.split(":") as ["ours" | "sdk", string];
  const client = suiteClient(library, { endpoint: target, maxAttempts: 3 });
  const pending = client.get(uuid).then(
    () => report("outcome ok"),
    (error: Error) => report(`outcome ${error.name}`),
  );
  // destroy() once the parent says the server has the request (or answered it and the client backs off).
  const lines = createInterface({ input: process.stdin });
  lines.once("line", () => {
    lines.close();
    process.stdin.destroy();
    report("stopping");
    client.destroy();
  });
  report("ready");
  void pending;
}
