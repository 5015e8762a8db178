/**
 * The one function of `@smithy/shared-ini-file-loader` this library uses, re-exported from a module of its own so
 * `loadSharedConfig` can load it with `import()`: a bundler that inlines an `import()` target keeps every export of
 * its namespace, and the package's namespace also holds the SSO token cache readers, `parseKnownFiles`,
 * `externalDataInterceptor` and others this library does not use.
 * @internal
 */
export { loadSharedConfigFiles } from "@smithy/shared-ini-file-loader";
