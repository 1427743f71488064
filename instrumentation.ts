// Runs once when the server starts. The checks themselves live in Node-only modules.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    await import("./lib/env-check");
    const { stampPeerAddresses } = await import("./lib/net/stamp-peer");
    stampPeerAddresses();
    // Reminders and other scheduled notices, and the mail outbox (lib/notifications/background.ts).
    if (process.env.NOTIFICATIONS_WORKER !== "off") (await import("./lib/notifications/background")).startBackground();
  }
}
