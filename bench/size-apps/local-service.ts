// The local service entry (`lambda-event-source-mappings/local`) alone, as a test setup or demo script loads it.
import { startLocalLambda } from "lambda-event-source-mappings/local";

void startLocalLambda({ port: 0 }).then(async (local) => {
  console.log(local.endpoint);
  await local.close();
});
