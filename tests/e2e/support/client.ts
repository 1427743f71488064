import http from "node:http";

/**
 * HTTP from a chosen loopback address (127.0.0.2, 127.0.0.3, …): on Linux the whole 127/8 is
 * local, so each is a different client as the server's socket sees it. No header is trusted, so
 * this is how tests stand for people at different addresses without the proxy setting.
 */
export type Reply = { status: number; headers: http.IncomingHttpHeaders; body: string };

export async function send(
  url: string,
  { method = "GET", from = "127.0.0.1", headers = {}, body }: { method?: string; from?: string; headers?: Record<string, string>; body?: string | Buffer | FormData } = {},
): Promise<Reply> {
  let payload: Buffer | undefined;
  const allHeaders: Record<string, string> = { ...headers };
  if (body instanceof FormData) {
    const encoded = new Response(body);
    allHeaders["content-type"] = encoded.headers.get("content-type")!;
    payload = Buffer.from(await encoded.arrayBuffer());
  } else if (body !== undefined) payload = Buffer.from(body);
  if (payload) allHeaders["content-length"] = String(payload.length);
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method, headers: allHeaders, localAddress: from, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString("utf8") }));
      response.on("error", reject);
    });
    request.on("error", reject);
    request.end(payload);
  });
}

export const json = (origin: string, data: unknown) => ({ method: "POST", headers: { origin, "content-type": "application/json" }, body: JSON.stringify(data) });

/** The no-JavaScript form post of a page's first action form, with these fields. */
export async function formPost(pageUrl: string, fields: Record<string, string>, from = "127.0.0.1", formIndex = 0): Promise<Reply> {
  const page = await send(pageUrl, { from });
  const forms = [...page.body.matchAll(/<form[^>]*>([\s\S]*?)<\/form>/g)].map((m) => m[1]!);
  const form = forms.filter((f) => f.includes("$ACTION"))[formIndex];
  if (!form) throw new Error(`no action form on ${pageUrl}`);
  const data = new FormData();
  for (const input of form.matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(input[0])?.[1];
    const value = /value="([^"]*)"/.exec(input[0])?.[1] ?? "";
    if (name) data.append(name, value.replace(/&quot;/g, '"').replace(/&amp;/g, "&").replace(/&#x27;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">"));
  }
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  const origin = new URL(pageUrl).origin;
  return send(pageUrl, { method: "POST", from, headers: { origin }, body: data });
}
