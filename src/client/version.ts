/** This package's name, as it appears in the user agent. */
export const PACKAGE_NAME = "lambda-event-source-mappings";
/** This package's version; a test keeps it equal to package.json's. */
export const PACKAGE_VERSION = "0.1.0";
