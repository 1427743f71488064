// The client's address, for rate limits only (never stored in the clear: lib/auth/limits.ts keys
// by an HMAC). Plain JavaScript so that the app's own server entry (scripts/serve.mjs) and the app
// (lib/net/client-address.ts) share one implementation. docs/decisions/010-rate-limits.md, 028.
import { isIP } from "node:net";

/**
 * The header scripts/serve.mjs sets on every request before Next.js sees it, replacing anything a
 * client sent under that name. Next.js keeps an X-Forwarded-For a client sent and gives route
 * handlers, server actions and proxy.ts no socket address, so the server entry is the one place
 * the real peer is known.
 */
export const PEER_HEADER = "x-steady-client";

/** IPv4 as is; IPv6 by its /64 (one home or phone network), so rotating within it gains nothing. */
export function normalizeAddress(raw) {
  if (!raw) return undefined;
  let address = raw.trim().replace(/^\[|\]$/g, "");
  if (address.toLowerCase().startsWith("::ffff:") && isIP(address.slice(7)) === 4) address = address.slice(7);
  const kind = isIP(address);
  if (kind === 4) return address;
  if (kind !== 6) return undefined;
  return `${expandIpv6(address).slice(0, 4).join(":")}::/64`;
}

function expandIpv6(address) {
  const [head, tail] = address.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const fill = tail === undefined ? [] : Array(8 - left.length - right.length).fill("0");
  return [...left, ...fill, ...right].map((part) => part.toLowerCase().replace(/^0+(?=.)/, ""));
}

/**
 * The address to limit by: with no trusted proxy (the default), the socket's peer; behind
 * `trustedProxies` proxies, the entry that many places from the right of X-Forwarded-For (each
 * proxy appends what it saw, so entries further left are the client's own claims).
 */
export function clientAddress(socketAddress, forwardedFor, trustedProxies) {
  if (trustedProxies > 0) {
    const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "")).split(",").map((hop) => hop.trim()).filter(Boolean);
    const claimed = normalizeAddress(hops[hops.length - trustedProxies]);
    if (claimed) return claimed;
  }
  return normalizeAddress(socketAddress) ?? "unknown";
}

/** TRUST_PROXY as lib/env.ts validates it: "off" (or unset) is 0, "1"-"5" that many proxies; anything else undefined. */
export function parseTrustProxy(value) {
  if (value === undefined || value === "" || value === "off") return 0;
  return /^[1-5]$/.test(value) ? Number(value) : undefined;
}

/** Sets PEER_HEADER on an incoming request (node:http), overwriting whatever the client sent. */
export function stampPeer(request, trustedProxies) {
  request.headers[PEER_HEADER] = clientAddress(request.socket?.remoteAddress, request.headers["x-forwarded-for"], trustedProxies);
}
