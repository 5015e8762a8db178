import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
    testTimeout: 20_000,
    hookTimeout: 20_000,
    pool: "forks",
    // No test reads the developer's ~/.aws or AWS_* variables (see the file).
    setupFiles: ["test/support/isolate-aws-environment.ts"],
    // The SDK (the test oracle) warns once per process that its 2027 releases need Node 22: with one process per
    // test file that is the same paragraph twenty times, hiding real warnings. The SDK's own switch turns it off.
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true" },
  },
});
