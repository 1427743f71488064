import { execFileSync } from "node:child_process";
import { E2E_AUTH_SECRET, E2E_DATABASE_URL } from "../../../playwright.config";

/**
 * Runs a seeding script (tests/e2e/support/make-*.ts) against the main e2e server's database,
 * through lib/ as the app would, and returns what it prints as JSON (ids, tokens, cookies).
 */
export function seedWith<T>(script: string): T {
  const out = execFileSync("node", ["--conditions=react-server", "--import", "tsx", script], {
    env: { ...process.env, DATABASE_URL: E2E_DATABASE_URL, BETTER_AUTH_SECRET: E2E_AUTH_SECRET, AUTH_RATE_LIMIT: "off" },
    encoding: "utf8",
  });
  // The world is the last line: the app's own log lines (JSON too, on stdout) may come before it,
  // such as "notification not recorded" when SQLite is busy with the server's and another seed's writes.
  try {
    return JSON.parse(out.trim().split("\n").at(-1) ?? "") as T;
  } catch {
    throw new Error(`${script} printed more than its JSON:\n${out.slice(0, 1500)}`);
  }
}
