import { describe, expect, it } from "vitest";
import { afterSignIn, beforeSignIn, consume, RULES } from "@/lib/auth/limits";
import { RateLimitedError } from "@/lib/errors";

/**
 * The sign-in limits measured on the real database (SQLite and PostgreSQL), with the clock in the
 * test's hands: an hour of guessing spread over a fresh address every 20 seconds, and what the
 * owner sees meanwhile. These are the figures docs/decisions/010-rate-limits.md gives.
 */
const email = () => `victim-${Math.random().toString(36).slice(2)}@example.test`;

async function tryIt(account: string, address: string, now: number) {
  try {
    await beforeSignIn(account, address, now);
    return "checked";
  } catch (error) {
    if (error instanceof RateLimitedError) return "refused";
    throw error;
  }
}

describe("sign-in limits", () => {
  it("an attacker at one address gets 5 guesses per 15 minutes at an account", async () => {
    const account = email();
    const start = Date.now();
    const results = [];
    for (let i = 0; i < 8; i++) results.push(await tryIt(account, "198.51.100.1", start + i * 1000));
    expect(results).toEqual(["checked", "checked", "checked", "checked", "checked", "refused", "refused", "refused"]);
    expect(await tryIt(account, "198.51.100.1", start + 15 * 60 * 1000 + 1000)).toBe("checked");
  });

  it("guessing spread over many addresses: 10 an hour, then one per 2 minutes (at most 50 in any hour); the owner at home is never slowed", async () => {
    const account = email();
    const start = Date.now();
    // The owner signed in from home before the attack.
    expect(await tryIt(account, "203.0.113.7", start - 60_000)).toBe("checked");
    await afterSignIn(account, "203.0.113.7", start - 60_000);
    let checked = 0;
    let ownerRefused = 0;
    for (let second = 0; second < 3600; second += 20) {
      if ((await tryIt(account, `10.${(second >> 8) & 255}.${second & 255}.9`, start + second * 1000)) === "checked") checked++;
      // The owner tries from home every five minutes during the attack.
      if (second % 300 === 0 && (await tryIt(account, "203.0.113.7", start + second * 1000 + 1)) === "refused") ownerRefused++;
    }
    console.log(`spread guessing for an hour (180 tries from 180 addresses): ${checked} checked; the owner at home refused ${ownerRefused} times of 12`);
    // Per window: 10 free, then 30 slots of 2 minutes. An hour that straddles two windows sees up to 10 + 30 + 10.
    expect(checked).toBeLessThanOrEqual(50);
    expect(checked).toBeGreaterThanOrEqual(30);
    expect(ownerRefused).toBe(0);
  }, 120_000);

  it("during that attack the owner on a new network waits at most 2 minutes for a try", async () => {
    const account = email();
    const start = Date.now();
    for (let i = 0; i < 10; i++) await tryIt(account, `10.1.0.${i}`, start + i);
    // The attacker has just taken this 2-minute slot; the owner, on a network they never used, is asked to wait.
    expect(await tryIt(account, "10.1.1.1", start + 100)).toBe("checked");
    expect(await tryIt(account, "192.0.2.50", start + 200)).toBe("refused");
    expect(await tryIt(account, "192.0.2.50", start + 2 * 60 * 1000 + 200)).toBe("checked");
  });

  it("a count is shared by every process on the database (two callers race for the last try)", async () => {
    const rule = { name: "race-test", window: 60, max: 3 };
    const subject = email();
    const results = await Promise.all(Array.from({ length: 10 }, () => consume(rule, subject)));
    expect(results.filter((r) => r.allowed)).toHaveLength(3);
    expect(RULES.signInAccountAddress.max).toBe(5);
  });
});
