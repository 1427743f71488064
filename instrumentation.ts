// Runs once when the server starts: a bad environment stops the app here, with a message that
// names the variable, instead of failing later on some request.
export async function register() {
  const { env } = await import("./lib/env");
  env();
}
