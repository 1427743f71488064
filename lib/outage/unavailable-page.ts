import { createHash } from "node:crypto";
import { join } from "node:path";
import { loadCatalogue } from "../content/catalogue";
import { telHref } from "../content/links";

const escape = (text: string) =>
  text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");

let cached: string | undefined;

const STYLE = `
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:38rem;margin:2rem auto;padding:0 1rem;line-height:1.6;color:#1b2a33;background:#fbfaf7}
h1{font-size:1.6rem;color:#1f3b4d}a{color:#1f3b4d}li{margin:.75rem 0}
.crisis{border:2px solid #1f3b4d;border-radius:.5rem;padding:.5rem 1.25rem;background:#fff}
`;

/** The page's policy: nothing but its own inline style, by hash (no script at all). */
export function unavailablePagePolicy(): string {
  const hash = createHash("sha256").update(STYLE, "utf8").digest("base64");
  return `default-src 'none'; style-src 'sha256-${hash}'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'`;
}

/**
 * The page people see while the database is away: calm words, the crisis numbers (from
 * content/catalogue/crisis.json, the same as the crisis strip) and links to the guide, which
 * keeps working. Plain HTML with no scripts; nothing about the error itself.
 */
export function unavailablePage(): string {
  if (cached) return cached;
  const { crisis } = loadCatalogue(join(process.cwd(), "content"));
  const contacts = crisis.contacts
    .map(
      (c) =>
        `<li><a href="${escape(telHref(c.dial))}"><strong>${escape(c.name)}: ${escape(c.number)}</strong></a><br>${escape(c.when)}</li>`,
    )
    .join("\n");
  cached = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Back in a moment · Steady</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>Your family space is not available right now</h1>
<p>We cannot reach our database at the moment. Nothing you saved is lost. Please try again in a few minutes; this page will work again by itself.</p>
<section class="crisis" aria-labelledby="crisis-heading">
<h2 id="crisis-heading">If you need help now</h2>
<ul>
${contacts}
</ul>
</section>
<p>The guide still works: <a href="/right-now">What to do right now</a> · <a href="/crisis">Overdose steps</a> · <a href="/guide">The guide</a></p>
</main>
</body>
</html>
`;
  return cached;
}
