// Runs once when the server starts. The check itself lives in a Node-only module.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    await import("./lib/env-check");
    // Reminders and other scheduled notices, and the mail outbox (lib/notifications/background.ts).
    if (process.env.NOTIFICATIONS_WORKER !== "off") (await import("./lib/notifications/background")).startBackground();
  }
}
