// Imported once at server start (instrumentation.ts): a bad environment stops the app here, with a
// message that names the variable, instead of failing later on some request.
import { env, EnvError } from "./env";

try {
  env();
} catch (error) {
  if (!(error instanceof EnvError)) throw error;
  console.error(error.message);
  process.exit(1);
}
