/**
 * The MDN HTTP Observatory's scoring, for the headers of one response, so a test can hold every
 * route kind to A+. Rules as published in "HTTP Observatory: Tests and scoring"
 * (https://developer.mozilla.org/en-US/observatory/docs/tests_and_scoring) and its methodology
 * (mozilla/http-observatory httpobs/docs/scoring.md):
 * - every site starts at 100; penalties and bonuses per test; bonuses count only when the score
 *   without them is at least 90; 100+ is A+.
 * - CSP: not implemented -25; 'unsafe-inline' in script-src (without a nonce or hash), or data:
 *   / wildcards / http: in script-src, or object-src unrestricted -20; 'unsafe-eval' -10;
 *   no 'unsafe-*' and default-src 'none' +10; no 'unsafe-*' +5; 'unsafe-inline' in style-src only 0.
 * - Cookies: none 0; all Secure, sessions HttpOnly, SameSite +5; all Secure, sessions HttpOnly 0;
 *   without Secure -20 (-5 behind HSTS); session without Secure -40 (-10 behind HSTS); session
 *   without HttpOnly -30.
 * - CORS: Access-Control-Allow-Origin: * on content -50.
 * - Referrer-Policy: no-referrer, same-origin, strict-origin(-when-cross-origin) +5; not set 0;
 *   unsafe-url, origin, origin-when-cross-origin, no-referrer-when-downgrade -5.
 * - HSTS: at least six months 0; less -10; not set or invalid -20.
 * - Subresource Integrity: scripts only from our origin 0; external scripts without SRI -5 (https) / -50 (http).
 * - X-Content-Type-Options: nosniff 0; otherwise -5.
 * - X-Frame-Options: via CSP frame-ancestors +5; DENY/SAMEORIGIN 0; not set -20.
 * - Cross-Origin-Resource-Policy: same-origin, same-site, cross-origin or not set 0; invalid -5.
 * Not scored here: the redirection test (http → https on the same host), which needs the
 * deployment's TLS front end; the app has no http listener of its own to redirect from.
 */
export type Modifier = { test: string; result: string; score: number };
export type Scan = { score: number; grade: string; modifiers: Modifier[]; penalties: Modifier[] };

type Headers = Record<string, string | string[] | undefined>;

const get = (headers: Headers, name: string): string | undefined => {
  const value = Object.entries(headers).find(([key]) => key.toLowerCase() === name)?.[1];
  return Array.isArray(value) ? value.join(", ") : value;
};

function parseCsp(policy: string) {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(";")) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), values);
  }
  return directives;
}

function csp(headers: Headers): Modifier {
  const policy = get(headers, "content-security-policy");
  if (!policy) return { test: "csp", result: "csp-not-implemented", score: -25 };
  const d = parseCsp(policy);
  const scripts = d.get("script-src") ?? d.get("default-src") ?? ["*"];
  const styles = d.get("style-src") ?? d.get("default-src") ?? ["*"];
  const objects = d.get("object-src") ?? d.get("default-src") ?? ["*"];
  const hasNonceOrHash = scripts.some((s) => /^'(nonce|sha(256|384|512))-/.test(s));
  const wide = (list: string[]) => list.some((s) => s === "*" || s === "data:" || s === "http:" || s === "https:" || s.startsWith("http://"));
  if ((scripts.includes("'unsafe-inline'") && !hasNonceOrHash) || wide(scripts) || !(objects.includes("'none'") || objects.includes("'self'"))) {
    return { test: "csp", result: "csp-implemented-with-unsafe-inline", score: -20 };
  }
  if (scripts.includes("'unsafe-eval'")) return { test: "csp", result: "csp-implemented-with-unsafe-eval", score: -10 };
  if (styles.includes("'unsafe-inline'")) return { test: "csp", result: "csp-implemented-with-unsafe-inline-in-style-src-only", score: 0 };
  if ((d.get("default-src") ?? []).join(" ") === "'none'") return { test: "csp", result: "csp-implemented-with-no-unsafe-default-src-none", score: 10 };
  return { test: "csp", result: "csp-implemented-with-no-unsafe", score: 5 };
}

function cookies(headers: Headers, hsts: boolean): Modifier {
  const raw = headers["set-cookie"];
  const list = (Array.isArray(raw) ? raw : raw ? raw.split(/\n/) : []).filter(Boolean);
  if (list.length === 0) return { test: "cookies", result: "cookies-not-found", score: 0 };
  const parsed = list.map((cookie) => {
    const [pair, ...attrs] = cookie.split(";").map((s) => s.trim().toLowerCase());
    const name = pair!.split("=")[0]!;
    return { session: /sess|token|auth/.test(name), secure: attrs.includes("secure"), httpOnly: attrs.includes("httponly"), sameSite: attrs.some((a) => a.startsWith("samesite=")) };
  });
  if (parsed.some((c) => c.session && !c.httpOnly)) return { test: "cookies", result: "cookies-session-without-httponly-flag", score: -30 };
  if (parsed.some((c) => c.session && !c.secure)) return hsts ? { test: "cookies", result: "cookies-session-without-secure-flag-but-protected-by-hsts", score: -10 } : { test: "cookies", result: "cookies-session-without-secure-flag", score: -40 };
  if (parsed.some((c) => !c.secure)) return hsts ? { test: "cookies", result: "cookies-without-secure-flag-but-protected-by-hsts", score: -5 } : { test: "cookies", result: "cookies-without-secure-flag", score: -20 };
  if (parsed.every((c) => c.sameSite)) return { test: "cookies", result: "cookies-secure-with-httponly-sessions-and-samesite", score: 5 };
  return { test: "cookies", result: "cookies-secure-with-httponly-sessions", score: 0 };
}

function hstsOf(headers: Headers): Modifier {
  const value = get(headers, "strict-transport-security");
  if (!value) return { test: "hsts", result: "hsts-not-implemented", score: -20 };
  const maxAge = /max-age=(\d+)/i.exec(value);
  if (!maxAge) return { test: "hsts", result: "hsts-header-invalid", score: -20 };
  return Number(maxAge[1]) >= 15_768_000 ? { test: "hsts", result: "hsts-implemented-max-age-at-least-six-months", score: 0 } : { test: "hsts", result: "hsts-implemented-max-age-less-than-six-months", score: -10 };
}

function sri(headers: Headers, body: string | undefined, origin: string): Modifier {
  if (!/text\/html/.test(get(headers, "content-type") ?? "")) return { test: "sri", result: "sri-not-implemented-response-not-html", score: 0 };
  const sources = [...(body ?? "").matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!);
  const external = sources.filter((src) => /^(https?:)?\/\//.test(src) && !src.startsWith(origin));
  if (sources.length === 0) return { test: "sri", result: "sri-not-implemented-but-no-scripts-loaded", score: 0 };
  if (external.length === 0) return { test: "sri", result: "sri-not-implemented-but-all-scripts-loaded-from-secure-origin", score: 0 };
  return { test: "sri", result: "sri-not-implemented-but-external-scripts-loaded-securely", score: -5 };
}

export function observatory(headers: Headers, options: { body?: string; origin: string }): Scan {
  const hsts = hstsOf(headers);
  const cspModifier = csp(headers);
  const policy = parseCsp(get(headers, "content-security-policy") ?? "");
  const referrer = (get(headers, "referrer-policy") ?? "").split(",").map((s) => s.trim().toLowerCase()).filter(Boolean).pop();
  const xfo = get(headers, "x-frame-options");
  const corp = get(headers, "cross-origin-resource-policy");
  const modifiers: Modifier[] = [
    cspModifier,
    cookies(headers, hsts.score === 0),
    get(headers, "access-control-allow-origin") === "*" ? { test: "cors", result: "cross-origin-resource-sharing-implemented-with-universal-access", score: -50 } : { test: "cors", result: "cross-origin-resource-sharing-not-implemented", score: 0 },
    !referrer
      ? { test: "referrer-policy", result: "referrer-policy-not-implemented", score: 0 }
      : ["no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin"].includes(referrer)
        ? { test: "referrer-policy", result: "referrer-policy-private", score: 5 }
        : { test: "referrer-policy", result: "referrer-policy-unsafe", score: -5 },
    hsts,
    sri(headers, options.body, options.origin),
    get(headers, "x-content-type-options")?.toLowerCase() === "nosniff" ? { test: "x-content-type-options", result: "x-content-type-options-nosniff", score: 0 } : { test: "x-content-type-options", result: "x-content-type-options-not-implemented", score: -5 },
    (policy.get("frame-ancestors") ?? []).join(" ") === "'none'" || (policy.get("frame-ancestors") ?? []).join(" ") === "'self'"
      ? { test: "x-frame-options", result: "x-frame-options-implemented-via-csp", score: 5 }
      : xfo && /^(deny|sameorigin)$/i.test(xfo)
        ? { test: "x-frame-options", result: "x-frame-options-sameorigin-or-deny", score: 0 }
        : { test: "x-frame-options", result: "x-frame-options-not-implemented", score: -20 },
    !corp || /^(same-origin|same-site|cross-origin)$/i.test(corp) ? { test: "corp", result: corp ? `corp-implemented-with-${corp.toLowerCase()}` : "corp-not-implemented", score: 0 } : { test: "corp", result: "corp-header-invalid", score: -5 },
  ];
  const penalties = modifiers.filter((m) => m.score < 0);
  const base = 100 + penalties.reduce((sum, m) => sum + m.score, 0);
  const bonus = base >= 90 ? modifiers.filter((m) => m.score > 0).reduce((sum, m) => sum + m.score, 0) : 0;
  const score = Math.max(0, base + bonus);
  const grades: [number, string][] = [[100, "A+"], [90, "A"], [85, "A-"], [80, "B+"], [70, "B"], [65, "B-"], [60, "C+"], [50, "C"], [45, "C-"], [40, "D+"], [30, "D"], [25, "D-"], [0, "F"]];
  return { score, grade: grades.find(([min]) => score >= min)![1], modifiers, penalties };
}
