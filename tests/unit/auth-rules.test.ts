import { describe, expect, it } from "vitest";
import { passwordProblem, PASSWORD_MAX, PASSWORD_MIN } from "@/lib/auth/password";
import { nameProblem, NAME_MAX } from "@/lib/auth/names";
import { deviceLabel } from "@/lib/auth/device";
import { deviceName } from "@/lib/auth/device-name";
import { translator } from "@/lib/i18n/text";
import { MESSAGES } from "@/lib/i18n/messages";

const english = translator("en");
const spanish = translator("es");
import { clientAddress, normalizeAddress } from "@/lib/net/client-address";
import { safeNext, signUpInput } from "@/lib/auth/schemas";
import { hashToken, isWellFormedToken, mintToken } from "@/lib/sharing/tokens";

describe("password rules (ASVS 5)", () => {
  it("needs at least 8 characters and allows at least 64", () => {
    expect(passwordProblem("a7#Kq2!")).toBe("Auth.errors.passwordShort");
    expect(english(passwordProblem("a7#Kq2!")!)).toMatch(/at least 8/);
    expect(passwordProblem("violet harbor 42 lantern ".repeat(3).slice(0, 64))).toBeUndefined();
    expect(PASSWORD_MAX).toBeGreaterThanOrEqual(64);
  });

  it("refuses very common passwords, without composition rules", () => {
    for (const common of ["password", "password1", "12345678", "iloveyou", "qwertyuiop"]) expect(english(passwordProblem(common)!)).toMatch(/too common/);
    expect(passwordProblem("correct horse battery staple")).toBeUndefined(); // all lower-case, no digits: fine
  });

  it("refuses a password made of the person's own email", () => {
    const parsed = signUpInput.safeParse({ name: "Dana", email: "dana.rivera@example.com", password: "dana.rivera" });
    expect(parsed.success).toBe(false);
  });
});

describe("the rules' words, in each language (decision 052)", () => {
  it("are message keys, and their numbers are the rules' own", () => {
    expect(passwordProblem("x".repeat(PASSWORD_MAX + 1))).toBe("Auth.errors.passwordLong");
    expect(nameProblem("x".repeat(NAME_MAX + 1))).toBe("Auth.errors.nameTooLong");
    for (const locale of ["en", "es"] as const) {
      const errors = MESSAGES[locale].Auth.errors;
      expect(errors.passwordShort, locale).toContain(String(PASSWORD_MIN));
      expect(errors.passwordLong, locale).toContain(String(PASSWORD_MAX));
      expect(errors.nameTooLong, locale).toContain(String(NAME_MAX));
    }
  });

  it("are Spanish for a Spanish reader", () => {
    expect(spanish(passwordProblem("password1")!)).toMatch(/muy común/);
    expect(spanish(nameProblem("")!)).toBe("Díganos cómo llamarle.");
  });

  it("names a device in the reader's words, and leaves a name it does not know as it is", () => {
    expect(deviceName("Chrome on Android", "en")).toBe("Chrome on Android");
    expect(deviceName("Safari on iPhone or iPad", "es")).toBe("Safari en iPhone o iPad");
    expect(deviceName("A browser on an unknown system", "es")).toBe("Un navegador en un sistema desconocido");
    expect(deviceName(null, "en")).toBe("An unknown device");
    expect(deviceName(null, "es")).toBe("Un aparato desconocido");
    expect(deviceName("Something else", "es")).toBe("Something else");
  });
});

describe("the address rate limits key on", () => {
  it("is the socket's peer unless a trusted proxy is configured: a client's X-Forwarded-For counts for nothing", () => {
    expect(clientAddress("203.0.113.9", "1.2.3.4", 0)).toBe("203.0.113.9");
    expect(clientAddress("::ffff:203.0.113.9", ["1.2.3.4", "5.6.7.8"], 0)).toBe("203.0.113.9");
  });

  it("behind N trusted proxies, is the entry N places from the right (what the nearest proxy saw)", () => {
    expect(clientAddress("10.0.0.2", "1.2.3.4, 198.51.100.7", 1)).toBe("198.51.100.7");
    expect(clientAddress("10.0.0.2", "1.2.3.4, 198.51.100.7, 10.0.0.1", 2)).toBe("198.51.100.7");
    // A header too short for the configured hops, or garbage, falls back to the socket.
    expect(clientAddress("10.0.0.2", "", 1)).toBe("10.0.0.2");
    expect(clientAddress("10.0.0.2", "not an address", 1)).toBe("10.0.0.2");
  });

  it("groups IPv6 by /64, so rotating through one network's addresses gains nothing", () => {
    expect(normalizeAddress("2001:db8:1:2::5")).toBe("2001:db8:1:2::/64");
    expect(normalizeAddress("2001:db8:1:2:ffff::9")).toBe("2001:db8:1:2::/64");
    expect(normalizeAddress("garbage")).toBeUndefined();
  });
});

describe("names and devices", () => {
  it("refuses untrimmed, oversized, empty and control-character names", () => {
    expect(nameProblem("Maria")).toBeUndefined();
    for (const bad of [" Maria", "Maria ", "", "   ", "x".repeat(61), "x".repeat(50_000), "Ma\u0000ria", "Ma\u202eria", 42, null, ["Maria"]]) expect(nameProblem(bad), String(bad).slice(0, 20)).toBeDefined();
  });

  it("keeps only a coarse device name, never the user agent", () => {
    expect(deviceLabel("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Mobile Safari/537.36")).toBe("Chrome on Android");
    expect(deviceLabel("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1")).toBe("Safari on iPhone or iPad");
    expect(deviceLabel(undefined)).toBeNull();
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
