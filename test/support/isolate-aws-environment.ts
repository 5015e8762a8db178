// Vitest setup file (every test file): no test sees the developer's AWS variables. Every AWS_* variable is removed
// (AWS_PROFILE, keys, AWS_CONFIG_FILE, AWS_SHARED_CREDENTIALS_FILE, web identity, container and IMDS settings, ...)
// except the SDK's warning switch that vitest.config.ts sets. HOME is left alone (npm and other tools keep their
// caches there): tests that resolve credentials or shared files set HOME to a temp folder of their own
// (test/config/support/temp-aws-home.ts), and the SDK oracle runs in a child with only the scenario's variables.
for (const key of Object.keys(process.env)) {
  if (key.startsWith("AWS_") && key !== "AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED") delete process.env[key];
}
