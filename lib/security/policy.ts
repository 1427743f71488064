/**
 * The Content-Security-Policy and the rules for requests that must never reach a server action.
 * Pure functions: proxy.ts applies them, tests/unit/security-policy.test.ts scores them.
 * docs/decisions/011-csp-and-headers.md explains the two policies.
 */

/**
 * Scripts only from our origin, never inline unless they carry this request's nonce or are one of
 * the page's own inline scripts by hash. Dynamic pages (every signed-in page, forms) get a fresh
 * nonce that Next.js puts on its own scripts. Prerendered pages cannot carry a nonce; their
 * policy lists the hashes of the inline scripts the build wrote into them (lib/security/static-hashes.ts).
 */
export function contentSecurityPolicy({
  nonce,
  hashes = [],
  styleHashes = [],
  development = false,
}: {
  nonce?: string;
  hashes?: string[];
  /** The build's stylesheets, which every page carries inline (lib/security/static-hashes.ts). */
  styleHashes?: string[];
  development?: boolean;
}) {
  const styles = ["'self'", ...(development ? ["'unsafe-inline'"] : styleHashes)];
  const scripts = ["'self'", ...(nonce ? [`'nonce-${nonce}'`] : []), ...hashes, ...(development ? ["'unsafe-eval'"] : [])];
  return [
    "default-src 'none'",
    `script-src ${scripts.join(" ")}`,
    `style-src ${styles.join(" ")}`,
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${development ? " ws:" : ""}`,
    "manifest-src 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "object-src 'none'",
  ].join("; ");
}

export const BODY_LIMIT_BYTES = 1024 * 1024;

/**
 * Whether a POST to a page comes from our own pages. Browsers send Origin with every form post and
 * fetch; Sec-Fetch-Site tells cross-site requests apart even when Origin is missing.
 */
export function isCrossOrigin(headers: Headers, allowedOrigins: string[]): boolean {
  const site = headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") return true;
  const origin = headers.get("origin");
  if (origin === null) return false;
  return !allowedOrigins.includes(origin);
}

/**
 * React's reply encoding (what a browser sends to a server action) marks special values with
 * strings that start with "$". Our forms send only plain JSON, FormData references ("$K1"), escaped
 * strings ("$$…") and a few scalars; promises, maps, sets, streams, blobs and server references
 * ("$@", "$Q", "$W", "$F", "$B", …) never. Next.js decodes those before any action code runs and
 * answers a 500 when they point at nothing, so they are refused here, as is deep nesting.
 */
const PLAIN_REFERENCE = /^\$(\$|K\d{1,6}$|undefined$|NaN$|Infinity$|-Infinity$|-0$|D\d{4}-|n-?\d{1,40}$)/;
const MAX_DEPTH = 24;

/** A no-JavaScript form names its bound arguments as a promise of another field ("bound": "$@1"). */
const MPA_BOUND = /^\$@\d{1,3}$/;

export function replyProblem(value: unknown, depth = 0, mpa = false): string | undefined {
  if (depth > MAX_DEPTH) return "nested too deeply";
  if (typeof value === "string") return value.startsWith("$") && !PLAIN_REFERENCE.test(value) && !(mpa && MPA_BOUND.test(value)) ? "unsupported reference" : undefined;
  if (Array.isArray(value)) {
    for (const item of value) {
      const problem = replyProblem(item, depth + 1, mpa);
      if (problem) return problem;
    }
    return undefined;
  }
  if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      const problem = replyProblem(key, depth + 1) ?? replyProblem(item, depth + 1, mpa);
      if (problem) return problem;
    }
  }
  return undefined;
}

function jsonProblem(text: string, mpa: boolean): string | undefined {
  // Cheap guard before parsing: JSON.parse itself is safe, but a deeply nested value is refused anyway.
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 91 || c === 123) depth++;
    else if (c === 93 || c === 125) depth--;
    if (depth > MAX_DEPTH + 2) return "nested too deeply";
  }
  try {
    return replyProblem(JSON.parse(text), 0, mpa);
  } catch {
    return "unreadable";
  }
}

/**
 * What Next.js would fail on (with a 500) before our action code runs: bodies it cannot decode.
 * Returns a reason, or undefined when the body has the shape our pages send:
 * - a no-JavaScript form: "$ACTION_ID_<id>", or "$ACTION_REF_<n>" with "$ACTION_<n>:0" = {"id", "bound":
 *   "$@<m>" or null} and "$ACTION_<n>:<m>" = the bound arguments (a list), "$ACTION_KEY", and the form's own fields;
 * - a fetch from our pages (header Next-Action): multipart, with "0" = the argument list and the
 *   form's fields as "_<n>_<name>" (our actions all take a form).
 */
export async function malformedActionBody(request: Request, isFetchAction: boolean): Promise<string | undefined> {
  const type = request.headers.get("content-type") ?? "";
  const multipart = type.startsWith("multipart/form-data");
  if (!multipart && !type.startsWith("application/x-www-form-urlencoded")) return isFetchAction ? "not a form" : undefined;
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return "unreadable form";
  }
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : undefined;
  };
  if (isFetchAction) {
    const args = text("0");
    if (args === undefined) return "no arguments";
    const problem = jsonProblem(args, false) ?? (Array.isArray(JSON.parse(args)) ? undefined : "arguments are not a list");
    if (problem) return problem;
    for (const name of form.keys()) if (name !== "0" && !/^_[0-9a-f]{1,6}_/.test(name)) return "unexpected part";
    return undefined;
  }
  for (const name of new Set(form.keys())) {
    if (!name.startsWith("$ACTION_")) continue;
    if (name === "$ACTION_KEY") continue;
    if (/^\$ACTION_ID_[0-9a-f]{2,64}$/.test(name)) continue;
    const ref = /^\$ACTION_REF_(\d{1,3})$/.exec(name);
    const part = /^\$ACTION_(\d{1,3}):(\d{1,3})$/.exec(name);
    if (!ref && !part) return "unknown action field";
    if (form.getAll(name).length !== 1) return "repeated action field";
    const prefix = ref ? ref[1] : part![1];
    const head = text(`$ACTION_${prefix}:0`);
    if (head === undefined) return "action without its description";
    const headProblem = jsonProblem(head, true);
    if (headProblem) return headProblem;
    const described = JSON.parse(head) as { id?: unknown; bound?: unknown };
    if (!described || typeof described !== "object" || Array.isArray(described) || typeof described.id !== "string" || !/^[0-9a-f]{2,64}$/.test(described.id)) return "bad action description";
    if (described.bound !== null && described.bound !== undefined) {
      const m = typeof described.bound === "string" ? /^\$@(\d{1,3})$/.exec(described.bound) : null;
      const boundText = m ? text(`$ACTION_${prefix}:${Number.parseInt(m[1]!, 16)}`) ?? text(`$ACTION_${prefix}:${m[1]}`) : undefined;
      if (boundText === undefined) return "bound arguments missing";
      const boundProblem = jsonProblem(boundText, true);
      if (boundProblem) return boundProblem;
      if (!Array.isArray(JSON.parse(boundText))) return "bound arguments are not a list";
    }
    if (part && part[2] !== "0") {
      const value = text(name)!;
      const problem = jsonProblem(value, true);
      if (problem) return problem;
    }
  }
  return undefined;
}
