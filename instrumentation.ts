// Runs once when the server starts. The checks themselves live in Node-only modules.
// The client's address is stamped on each request by the server entry (scripts/serve.mjs).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    await import("./lib/env-check");
    // Prometheus metrics of the app's own work (mail outbox, jobs), beside the server's (decision 029).
    (await import("./lib/observability/app-metrics")).registerAppMetrics();
    // Reminders and other scheduled notices, and the mail outbox (lib/notifications/background.ts).
    if (process.env.NOTIFICATIONS_WORKER !== "off") (await import("./lib/notifications/background")).startBackground();
  }
}
