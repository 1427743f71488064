import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { createServer, type AddressInfo } from "node:net";

/**
 * A real production server (scripts/serve.mjs, the production build) on a port of its own, for
 * tests that must start, kill and restart the server, or run two of them. Started with node
 * directly, so killing the process kills the server (npx would leave one behind).
 */
export type Server = { url: string; port: number; process: ChildProcess; output: () => string };

const BASE_ENV = { NEXT_TELEMETRY_DISABLED: "1", AUTH_RATE_LIMIT: "off", BETTER_AUTH_SECRET: "a test secret that is long enough, 32+ chars" };

/**
 * Ports no one is listening on, chosen by the kernel (listen on port 0), so servers started by
 * different specs, workers and runs never collide. Closed before they are returned: the server
 * that takes one binds it a moment later.
 */
export async function freePorts(count: number): Promise<number[]> {
  const probes = Array.from({ length: count }, () => createServer());
  const ports = await Promise.all(
    probes.map((probe) => new Promise<number>((resolve, reject) => probe.once("error", reject).listen(0, "127.0.0.1", () => resolve((probe.address() as AddressInfo).port)))),
  );
  await Promise.all(probes.map((probe) => new Promise((resolve) => probe.close(resolve))));
  return ports;
}

export const freePort = async () => (await freePorts(1))[0]!;

export async function startServer(port: number, env: Record<string, string>): Promise<Server> {
  const url = `http://127.0.0.1:${port}`;
  // The app's own server entry, as `npm start` runs it (it stamps the client's address). With
  // WEB_CONCURRENCY > 1 it runs several processes sharing the port; stopServer() ends them.
  const child = spawn(process.execPath, ["scripts/serve.mjs", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, ...BASE_ENV, APP_URL: url, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode}):\n${output}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.status === 200 || response.status === 503) return { url, port, process: child, output: () => output };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill("SIGKILL");
  throw new Error(`next start did not answer on ${url}:\n${output}`);
}

/** Stops a server: SIGTERM (or SIGKILL, for crash tests), and waits until the process is gone. */
export async function stopServer(server: Server, signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
  if (server.process.exitCode !== null || server.process.signalCode !== null) return;
  const exited = new Promise((resolve) => server.process.once("exit", resolve));
  // A SIGKILL cannot be passed on: the workers of a several-process server go by hand.
  if (signal === "SIGKILL") spawnSync("pkill", ["-KILL", "-P", String(server.process.pid)]);
  server.process.kill(signal);
  const timer = setTimeout(() => server.process.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}

const decode = (value: string) =>
  value.replaceAll("&quot;", '"').replaceAll("&#x27;", "'").replaceAll("&#39;", "'").replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&amp;", "&");

/**
 * A person using the app over plain HTTP, as a browser without JavaScript would: a cookie jar,
 * the Origin header browsers send, and forms posted to their server actions exactly as the HTML
 * describes them (the hidden $ACTION fields included). No redirects are followed, so a test sees
 * the 303 that acknowledges a save.
 */
export class Visitor {
  readonly cookies = new Map<string, string>();
  /** `send` is fetch, or one of the same shape (tests/support/nginx.ts: HTTPS with a test certificate). */
  constructor(
    public base: string,
    private readonly send: typeof fetch = fetch,
  ) {}

  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    headers.set("origin", this.base);
    if (this.cookies.size) headers.set("cookie", [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; "));
    const response = await this.send(`${this.base}${path}`, { ...init, headers, redirect: "manual" });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const eq = pair!.indexOf("=");
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1).trim();
      if (/max-age=0/i.test(line) || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }

  /** Signs up through better-auth's HTTP API; the session cookie lands in the jar. */
  async signUp(name = "Sam"): Promise<{ email: string; password: string }> {
    const email = `${name.toLowerCase()}-${randomUUID().slice(0, 12)}@example.test`;
    const password = `quiet ${randomUUID().slice(0, 6)} harbor lantern`;
    const response = await this.request("/api/auth/sign-up/email", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name, email, password }),
    });
    if (response.status !== 200) throw new Error(`sign-up answered ${response.status}: ${await response.text()}`);
    return { email, password };
  }

  /**
   * Opens `path` and finds the form holding a field named `field`. Returns a function that posts
   * it with given values (plus the form's own hidden fields), as often as needed, and returns the
   * server's answer, unfollowed.
   */
  async form(path: string, field: string): Promise<(values: Record<string, string | string[]>) => Promise<Response>> {
    const page = await this.request(path);
    if (page.status !== 200) throw new Error(`GET ${path} answered ${page.status}`);
    const html = await page.text();
    const form = [...html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)].find((m) => m[2]!.includes(`name="${field}"`));
    if (!form) throw new Error(`no form with a field "${field}" on ${path}`);
    const hidden: [string, string][] = [];
    for (const input of form[2]!.matchAll(/<input\b[^>]*type="hidden"[^>]*>/g)) {
      const name = /\bname="([^"]*)"/.exec(input[0])?.[1];
      const value = /\bvalue="([^"]*)"/.exec(input[0])?.[1] ?? "";
      if (name) hidden.push([decode(name), decode(value)]);
    }
    const action = decode(/\baction="([^"]*)"/.exec(form[1]!)?.[1] ?? path);
    return (values) => {
      const body = new FormData();
      for (const [name, value] of hidden) if (!(name in values)) body.append(name, value);
      for (const [name, value] of Object.entries(values)) for (const v of [value].flat()) body.append(name, v);
      return this.request(action.startsWith("/") ? action : path, { method: "POST", body });
    };
  }

  /** Opens the page and posts its form once (see form()). */
  async submit(path: string, field: string, values: Record<string, string | string[]>): Promise<Response> {
    return (await this.form(path, field))(values);
  }

  /** Creates a family space through its form; returns its id. */
  async createFamily(name = "The Test family"): Promise<string> {
    const response = await this.submit("/family", "name", { name, lovedOneName: "Alex" });
    const location = response.headers.get("location") ?? "";
    const id = /\/family\/([^/?#]+)$/.exec(location)?.[1];
    if (response.status !== 303 || !id) throw new Error(`creating a family answered ${response.status} ${location}`);
    return id;
  }

  /** Saves a check-in through the real form; true when the server acknowledged it (303 to the timeline). */
  async checkIn(familyId: string, note: string): Promise<boolean> {
    const response = await this.submit(`/family/${familyId}/check-ins/new`, "worry", {
      worry: "3",
      wellbeing: "3",
      note,
      visibility: "family",
    });
    return response.status === 303 && (response.headers.get("location") ?? "").includes("done=saved");
  }
}
