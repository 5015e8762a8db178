// @aws-lite/lambda ships no types; the bench only passes it to the client as a plugin.
declare module "@aws-lite/lambda" {
  const plugin: unknown;
  export default plugin;
}
