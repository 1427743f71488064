import { describe, expect, it } from "vitest";
import { passwordProblem, PASSWORD_MAX } from "@/lib/auth/password";
import { clearSignInFailures, recordSignInFailure, signInWaitMinutes } from "@/lib/auth/throttle";
import { safeNext, signUpInput } from "@/lib/auth/schemas";
import { hashToken, isWellFormedToken, mintToken } from "@/lib/sharing/tokens";

describe("password rules (ASVS 5)", () => {
  it("needs at least 8 characters and allows at least 64", () => {
    expect(passwordProblem("a7#Kq2!")).toMatch(/at least 8/);
    expect(passwordProblem("violet harbor 42 lantern ".repeat(3).slice(0, 64))).toBeUndefined();
    expect(PASSWORD_MAX).toBeGreaterThanOrEqual(64);
  });

  it("refuses very common passwords, without composition rules", () => {
    for (const common of ["password", "password1", "12345678", "iloveyou", "qwertyuiop"]) expect(passwordProblem(common)).toMatch(/too common/);
    expect(passwordProblem("correct horse battery staple")).toBeUndefined(); // all lower-case, no digits: fine
  });

  it("refuses a password made of the person's own email", () => {
    const parsed = signUpInput.safeParse({ name: "Dana", email: "dana.rivera@example.com", password: "dana.rivera" });
    expect(parsed.success).toBe(false);
  });
});

describe("sign-in throttle", () => {
  it("refuses the 6th try in 15 minutes for one email, then forgives", () => {
    const email = `t${Date.now()}@example.test`;
    const start = Date.now();
    for (let i = 0; i < 5; i++) {
      expect(signInWaitMinutes(email, start)).toBe(0);
      recordSignInFailure(email, start);
    }
    expect(signInWaitMinutes(email.toUpperCase(), start + 1000)).toBe(15);
    expect(signInWaitMinutes(email, start + 15 * 60 * 1000 + 1)).toBe(0);
    recordSignInFailure(email, start);
    clearSignInFailures(email);
    expect(signInWaitMinutes(email, start)).toBe(0);
  });
});

describe("redirects after sign-in stay on this site", () => {
  it.each([
    ["/family/abc", "/family/abc"],
    ["https://evil.example", "/family"],
    ["//evil.example", "/family"],
    ["/\\evil.example", "/family"],
    [undefined, "/family"],
    ["/\t/evil.example", "/family"],
    ["/\n/evil.example", "/family"],
    [" /family/x", "/family"],
    [["/a", "/b"], "/family"],
    ["/invite/abc?x=1", "/invite/abc?x=1"],
  ])("%j → %s", (input, expected) => expect(safeNext(input)).toBe(expected));
});

describe("tokens", () => {
  it("are 256-bit, well-formed, and stored as SHA-256", () => {
    const { token, tokenHash } = mintToken();
    expect(Buffer.from(token, "base64url").length * 8).toBe(256);
    expect(isWellFormedToken(token)).toBe(true);
    expect(tokenHash).toBe(hashToken(token));
    expect(tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(mintToken().token).not.toBe(token);
    expect(isWellFormedToken(`${token}x`)).toBe(false);
  });
});
