import { isIP } from "node:net";

/**
 * The client's address, for rate limits only (never stored in the clear: lib/auth/limits.ts keys
 * by an HMAC). docs/decisions/010-rate-limits.md.
 *
 * Next.js keeps an X-Forwarded-For header that a client sent and only fills it in when it is
 * missing, so a route handler or server action cannot tell the client's own claim from the
 * socket's peer. lib/net/stamp-peer.ts therefore writes PEER_HEADER on every incoming request,
 * at the HTTP server, before Next.js sees it, replacing anything a client sent under that name.
 */
export const PEER_HEADER = "x-steady-client";

/** IPv4 as is; IPv6 by its /64 (one home or phone network), so rotating within it gains nothing. */
export function normalizeAddress(raw: string | undefined | null): string | undefined {
  if (!raw) return undefined;
  let address = raw.trim().replace(/^\[|\]$/g, "");
  if (address.toLowerCase().startsWith("::ffff:") && isIP(address.slice(7)) === 4) address = address.slice(7);
  const kind = isIP(address);
  if (kind === 4) return address;
  if (kind !== 6) return undefined;
  return `${expandIpv6(address).slice(0, 4).join(":")}::/64`;
}

function expandIpv6(address: string): string[] {
  const [head, tail] = address.split("::") as [string, string | undefined];
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
export function clientAddress(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, trustedProxies: number): string {
  if (trustedProxies > 0) {
    const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "")).split(",").map((hop) => hop.trim()).filter(Boolean);
    const claimed = normalizeAddress(hops[hops.length - trustedProxies]);
    if (claimed) return claimed;
  }
  return normalizeAddress(socketAddress) ?? "unknown";
}

/** The address stamped on this request, for server actions and route handlers. */
export function requestAddress(headers: { get(name: string): string | null }): string {
  return normalizeAddress(headers.get(PEER_HEADER)) ?? "unknown";
}
