// Entry point of `lambda-event-source-mappings/local`: the local event source mapping service.
export { startLocalLambda } from "./start-local-lambda.js";
export type { LocalCredential, LocalLambda, LocalLambdaOptions } from "./options.js";
export type { FaultKind, FaultOptions } from "./faults.js";
