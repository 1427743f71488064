import type { IncomingMessage } from "node:http";

export const PEER_HEADER: "x-steady-client";
export function normalizeAddress(raw: string | undefined | null): string | undefined;
export function clientAddress(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, trustedProxies: number): string;
export function parseTrustProxy(value: string | undefined): number | undefined;
export function stampPeer(request: Pick<IncomingMessage, "headers" | "socket">, trustedProxies: number): void;
