import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * Share and invitation tokens: 32 random bytes (256 bits) from the OS CSPRNG, shown once as
 * base64url, stored only as a SHA-256 hash. A fast hash is right here: the token is random, not a
 * password, so there is nothing to brute-force from the hash.
 */
export const TOKEN_BYTES = 32;

export function mintToken(): { token: string; tokenHash: string } {
  const token = randomBytes(TOKEN_BYTES).toString("base64url");
  return { token, tokenHash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** A well-formed token (43 base64url characters), checked before any database lookup. */
export function isWellFormedToken(token: unknown): token is string {
  return typeof token === "string" && /^[A-Za-z0-9_-]{43}$/.test(token);
}

export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, "hex");
  const right = Buffer.from(b, "hex");
  return left.length === right.length && timingSafeEqual(left, right);
}
