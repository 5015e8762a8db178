import { defineConfig } from "vitest/config";

/** Variables every test process gets. */
const env = {
  // The SDK (the test oracle) warns once per process that its 2027 releases need Node 22: with one process per
  // test file that is the same paragraph twenty times, hiding real warnings. The SDK's own switch turns it off.
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
};

export default defineConfig({
  test: {
    testTimeout: 20_000,
    hookTimeout: 20_000,
    pool: "forks",
    // No test reads the developer's ~/.aws or AWS_* variables (see the file).
    setupFiles: ["test/support/isolate-aws-environment.ts"],
    env,
    projects: [
      {
        extends: true,
        test: {
          name: "node",
          include: ["test/**/*.test.ts"],
          typecheck: { enabled: true, include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
        },
      },
      {
        // The differential request and response tests again with both clients on their fetch handlers (issue 14): the
        // same requests as the SDK's, validly signed, and the same outputs and errors, through another transport
        // (test/differential/support/http-handler.ts). Not retries.test.ts: on a connection reset this library's fetch
        // handler fails with TimeoutError and retries, as its Node handler and the SDK's Node handler do, where the
        // SDK's fetch handler does not retry it.
        extends: true,
        test: {
          name: "fetch-handler",
          include: ["test/differential/requests-*.test.ts", "test/differential/responses-*.test.ts"],
          env: { ...env, ESM_TEST_HTTP_HANDLER: "fetch" },
        },
      },
    ],
  },
});
