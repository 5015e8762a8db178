// What the docs examples import as "lambda-event-source-mappings": the package entry plus the validation exports
// (which src/index.ts is asked to re-export).
export * from "../../src/index.js";
export * from "../../src/validation/index.js";
