import { describe, expect, it } from "vitest";
import { afterFirstPaint, leftovers, withoutFrameworkRuntime } from "../../scripts/lib/without-runtime.mjs";

// The shape `next build` writes for a prerendered reading page (Next.js 16, Turbopack), cut short.
const PAGE = [
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/2k2q9hvxj_c1z.js"/>',
  '<style data-precedence="next" data-href="/_next/static/chunks/0s966.css">body{color:#111}</style>',
  '<script src="/_next/static/chunks/2dy6jbhq0ljr7.js" async=""></script>',
  '<script src="/_next/static/chunks/turbopack-077hmtqrhcoji.js" async=""></script>',
  '<link rel="manifest" href="/manifest.webmanifest"/>',
  '<script src="/_next/static/chunks/0cz1d0mv5g_q7.js" noModule=""></script></head>',
  '<body><a href="#main" class="skip-link">Skip to content</a><main id="main" tabindex="-1"><!--$--><h1>Crisis</h1><!--/$--></main>',
  '<script src="/time-zone.js" async=""></script><script src="/quick-exit.js" async=""></script>',
  '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/2k2q9hvxj_c1z.js"],"runtimeModuleIds":[94553]});</script>',
  '<script src="/_next/static/chunks/2k2q9hvxj_c1z.js" async=""></script>',
  "<script>(self.__next_f=self.__next_f||[]).push([0])</script>",
  '<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n"])</script>',
  '<script>self.__next_f.push([1,"0:{\\"P\\":null,\\"b\\":\\"\\u003cscript\\u003e\\"}\\n"])</script>',
  "</body></html>",
].join("");

describe("a reading page without the framework runtime", () => {
  it("keeps the document and the stylesheet, drops every framework script, and loads our own after the first paint", () => {
    const { html, removed, scripts, bytesAfter, bytesBefore } = withoutFrameworkRuntime(PAGE);
    expect(removed).toBe(9);
    expect(bytesAfter).toBeLessThan(bytesBefore);
    expect(leftovers(html)).toEqual([]);
    expect(html).toContain('<style data-precedence="next" data-href="/_next/static/chunks/0s966.css">body{color:#111}</style>');
    expect(html).toContain('<main id="main" tabindex="-1"><!--$--><h1>Crisis</h1><!--/$--></main>');
    expect(html).toContain('<link rel="manifest" href="/manifest.webmanifest"/>');
    // One inline script, the loader, just before </body>: no script is requested before the first paint.
    expect(scripts).toEqual(["/time-zone.js", "/quick-exit.js"]);
    expect(html.match(/<script[^>]*>/g)).toEqual(["<script>"]);
    expect(html).toMatch(new RegExp(`${afterFirstPaint(scripts).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}</body></html>$`));
  });

  it("the loader starts each script after a frame was painted", () => {
    const started: string[] = [];
    const frames: (() => void)[] = [];
    const timers: (() => void)[] = [];
    const body = { appendChild: (s: { src: string }) => started.push(s.src) };
    const run = new Function("requestAnimationFrame", "setTimeout", "document", afterFirstPaint(["/a.js", "/b.js"]).replace(/^<script>|<\/script>$/g, ""));
    run((f: () => void) => frames.push(f), (f: () => void) => timers.push(f), { body, createElement: () => ({ src: "" }) });
    expect(started).toEqual([]); // nothing at parse time
    frames.shift()!();
    expect(started).toEqual([]); // nor before the frame is painted
    timers.shift()!();
    expect(started).toEqual(["/a.js", "/b.js"]);
  });

  it("refuses a page it cannot clean, so the build fails instead of shipping half a runtime", () => {
    // An inline script of a kind it does not know (React's streaming boundary swap, say).
    expect(() => withoutFrameworkRuntime(PAGE.replace("</body>", "<script>$RC('B:0','S:0')</script></body>"))).toThrow(/inline script/);
    expect(() => withoutFrameworkRuntime(PAGE.replace("</body>", '<script type="module" src="/_next/static/x.js" defer></script></body>'))).not.toThrow();
    expect(() => withoutFrameworkRuntime(PAGE.replace(/<main[\s\S]*<\/main>/, ""))).toThrow(/lost its document/);
  });
});
