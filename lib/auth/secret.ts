import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

/**
 * The session-signing secret: BETTER_AUTH_SECRET when set; otherwise one created at random on first
 * start and kept in data/auth-secret (readable by this user only), so `npm start` needs no setup
 * and sessions survive restarts.
 */
export function authSecret(fromEnv: string | undefined, file = join(process.cwd(), "data", "auth-secret")): string {
  if (fromEnv) return fromEnv;
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  chmodSync(file, 0o600);
  return secret;
}
