import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** A request the fake server saw. */
export interface SeenRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
}

/** A loopback HTTP server whose behavior a test sets, recording every request. */
export interface FakeServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  requests: SeenRequest[];
  /** Replace to change how the server answers. */
  handler: (req: IncomingMessage, res: ServerResponse) => void;
  close(): Promise<void>;
}

/** Starts a server on a loopback address (127.0.0.1 unless told otherwise) with a random port. */
export async function startFakeServer(handler: FakeServer["handler"] = (_, res) => res.end(), host = "127.0.0.1"): Promise<FakeServer> {
  const fake: FakeServer = {
    url: "",
    requests: [],
    handler,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
  const server = createServer((req, res) => {
    fake.requests.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers });
    fake.handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  fake.url = `http://${host}:${(server.address() as AddressInfo).port}`;
  return fake;
}

/** A credentials JSON body as IMDS and container endpoints return it. */
export function credentialsBody(expiration: Date, extra: Record<string, string> = {}): string {
  return JSON.stringify({
    Code: "Success",
    AccessKeyId: "ASIAFAKE",
    SecretAccessKey: "fake-secret",
    Token: "fake-token",
    Expiration: expiration.toISOString().replace(/\.\d{3}Z$/, "Z"),
    ...extra,
  });
}

/** An IMDS that implements IMDSv2: a token, a role name, the role's credentials. */
export function imdsHandler(options: { role?: string; body: () => string; tokenStatus?: number; requireToken?: boolean }): FakeServer["handler"] {
  return (req, res) => {
    const role = options.role ?? "my-role";
    if (req.method === "PUT" && req.url === "/latest/api/token") {
      res.statusCode = options.tokenStatus ?? 200;
      return void res.end(res.statusCode === 200 ? "IMDS-TOKEN" : "");
    }
    if (options.requireToken && req.headers["x-aws-ec2-metadata-token"] !== "IMDS-TOKEN") {
      res.statusCode = 401;
      return void res.end();
    }
    if (req.url === "/latest/meta-data/iam/security-credentials/") return void res.end(`${role}\n`);
    if (req.url === `/latest/meta-data/iam/security-credentials/${role}`) return void res.end(options.body());
    res.statusCode = 404;
    res.end();
  };
}
