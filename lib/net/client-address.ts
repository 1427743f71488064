import { normalizeAddress, PEER_HEADER } from "./peer.mjs";

export { clientAddress, normalizeAddress, PEER_HEADER } from "./peer.mjs";

let warned = false;

/**
 * The address scripts/serve.mjs stamped on this request (lib/net/peer.mjs), for server actions and
 * route handlers. A request without the stamp means the app was started some other way (a bare
 * `next start`): every client then shares the address "unknown", so say so once.
 */
export function requestAddress(headers: { get(name: string): string | null }): string {
  const stamped = headers.get(PEER_HEADER);
  if (stamped === null && !warned && process.env.NODE_ENV === "production") {
    warned = true;
    console.error("Requests arrive without the client's address: start the app with `npm start` or `node scripts/serve.mjs`, not `next start` (docs/deploy.md).");
  }
  return normalizeAddress(stamped) ?? "unknown";
}
