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
  // turbopackIgnore: a runtime file, not part of the build's traced output.
  if (existsSync(/*turbopackIgnore: true*/ file)) return readFileSync(/*turbopackIgnore: true*/ file, "utf8").trim();
  mkdirSync(/*turbopackIgnore: true*/ dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(/*turbopackIgnore: true*/ file, secret, { mode: 0o600 });
  chmodSync(/*turbopackIgnore: true*/ file, 0o600);
  return secret;
}
