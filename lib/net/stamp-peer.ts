import http from "node:http";
import { env } from "../env";
import { clientAddress, PEER_HEADER } from "./client-address";

/**
 * Runs once at server start (instrumentation.ts). Every request the HTTP server receives gets
 * PEER_HEADER set from the socket (or the trusted proxy's entry in X-Forwarded-For), overwriting
 * whatever the client sent under that name. Next.js 16 gives route handlers, server actions and
 * proxy.ts no socket address (NextRequest.ip is gone), so this is the one place it is known.
 * Requests that arrive before the app finished starting are not stamped; they share the
 * "unknown" address, which is limited like any other.
 */
const STAMPED = Symbol.for("steady.stampPeer");

export function stampPeerAddresses() {
  const proto = http.Server.prototype as http.Server & { [STAMPED]?: boolean };
  if (proto[STAMPED]) return;
  proto[STAMPED] = true;
  const trusted = env().TRUST_PROXY;
  const emit = proto.emit as (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;
  proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const request = args[0] as http.IncomingMessage;
      request.headers[PEER_HEADER] = clientAddress(request.socket?.remoteAddress, request.headers["x-forwarded-for"], trusted);
    }
    return emit.call(this, event, ...args);
  } as typeof proto.emit;
}
