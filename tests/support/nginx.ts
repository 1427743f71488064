import { execFileSync, spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import http from "node:http";
import https from "node:https";
import { connect } from "node:net";
import { join } from "node:path";

/**
 * The shipped nginx site (deploy/nginx/steady.conf) run for real, as a non-daemon on high ports,
 * with its own prefix and temporary folders. Only its ports and paths are changed, and each
 * change must find what it replaces, so a reshaped site file fails here rather than being skipped.
 */
export const SITE = join(process.cwd(), "deploy", "nginx", "steady.conf");

export function nginxBinary(): string {
  for (const path of ["/usr/sbin/nginx", "/usr/bin/nginx"]) if (existsSync(path)) return path;
  throw new Error("nginx is not installed (scripts/test.sh installs Debian's nginx-light)");
}

export type SiteOptions = { dir: string; httpPort: number; httpsPort: number; upstreams: [number, number]; cert: string; key: string };

export function renderSite(site: string, o: SiteOptions): string {
  const swaps: [string, string][] = [
    ["127.0.0.1:3001 ", `127.0.0.1:${o.upstreams[0]} `],
    ["127.0.0.1:3002 ", `127.0.0.1:${o.upstreams[1]} `],
    ["listen 80;", `listen 127.0.0.1:${o.httpPort};`],
    ["listen [::]:80;", `listen [::1]:${o.httpPort};`],
    ["listen 443 ssl http2;", `listen 127.0.0.1:${o.httpsPort} ssl http2;`],
    ["listen [::]:443 ssl http2;", `listen [::1]:${o.httpsPort} ssl http2;`],
    ["/var/cache/nginx/steady", join(o.dir, "cache")],
    ["/var/log/nginx/steady.access.log", join(o.dir, "access.log")],
    ["/var/www/letsencrypt", join(o.dir, "www")],
    ["/etc/letsencrypt/live/steady.example.org/fullchain.pem", o.cert],
    ["/etc/letsencrypt/live/steady.example.org/privkey.pem", o.key],
  ];
  let out = site;
  for (const [from, to] of swaps) {
    if (!out.includes(from)) throw new Error(`deploy/nginx/steady.conf no longer contains "${from}"`);
    out = out.replaceAll(from, to);
  }
  return out;
}

/** A self-signed certificate for 127.0.0.1 (and steady.test), made with openssl. */
export function selfSignedCertificate(dir: string) {
  const cert = join(dir, "cert.pem");
  const key = join(dir, "key.pem");
  execFileSync("openssl", ["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "2", "-subj", "/CN=steady.test", "-addext", "subjectAltName=DNS:steady.test,IP:127.0.0.1", "-keyout", key, "-out", cert], { stdio: "pipe" });
  return { cert, key, ca: readFileSync(cert, "utf8") };
}

/** The main nginx.conf around a site: no daemon, everything under `dir`. */
export function mainConfig(dir: string, siteFile: string, extra = ""): string {
  for (const sub of ["tmp", "cache", "www"]) mkdirSync(join(dir, sub), { recursive: true });
  const temp = (kind: string) => `${kind}_temp_path ${join(dir, "tmp", kind)};`;
  return `daemon off;
${process.getuid?.() === 0 ? "user root root;" : ""}
worker_processes 1;
pid ${join(dir, "nginx.pid")};
error_log ${join(dir, "error.log")} warn;
events { worker_connections 1024; }
http {
  ${["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map(temp).join("\n  ")}
  default_type application/octet-stream;
  access_log off;
  ${extra}
  include ${siteFile};
}
`;
}

export type Nginx = { process: ChildProcess; stop: () => Promise<void>; errors: () => string };

/** Checks the configuration (nginx -t), starts nginx and waits until `port` accepts connections. */
export async function startNginx(dir: string, config: string, port: number): Promise<Nginx> {
  const file = join(dir, "nginx.conf");
  writeFileSync(file, config);
  const binary = nginxBinary();
  const test = spawnSync(binary, ["-t", "-p", dir, "-c", file], { encoding: "utf8" });
  if (test.status !== 0) throw new Error(`nginx -t failed:\n${test.stderr}`);
  const child = spawn(binary, ["-p", dir, "-c", file], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr!.on("data", (chunk) => (stderr += chunk));
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited: ${stderr}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, "127.0.0.1", () => {
        socket.end();
        resolve(true);
      }).on("error", () => resolve(false));
    });
    if (open) break;
    if (Date.now() > deadline) throw new Error(`nginx did not listen on ${port}: ${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGQUIT"); // graceful: finish what is under way
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  };
  const errors = () => (existsSync(join(dir, "error.log")) ? readFileSync(join(dir, "error.log"), "utf8") : "") + stderr;
  return { process: child, stop, errors };
}

/**
 * fetch() over HTTPS trusting one certificate, from a chosen local address (127.0.0.x: a
 * different client to nginx). Bodies arrive as sent (no decompression), so a test sees
 * Content-Encoding as the client would.
 */
export function httpsFetch(ca: string, localAddress?: string): typeof fetch {
  return (async (input: string | URL | Request, init?: RequestInit) => {
    const request = new Request(input, init);
    const body = request.body ? Buffer.from(await request.arrayBuffer()) : undefined;
    const url = new URL(request.url);
    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => (headers[name] = value));
    if (body) headers["content-length"] = String(body.length);
    return new Promise<Response>((resolve, reject) => {
      const req = (url.protocol === "https:" ? https : http).request(
        { host: url.hostname, port: url.port, path: `${url.pathname}${url.search}`, method: request.method, headers, ca, localAddress, agent: false, servername: "steady.test" },
        (res: http.IncomingMessage) => {
          const chunks: Buffer[] = [];
          res.on("data", (chunk: Buffer) => chunks.push(chunk));
          res.on("end", () => {
            const out = new Headers();
            for (let i = 0; i < res.rawHeaders.length; i += 2) out.append(res.rawHeaders[i]!, res.rawHeaders[i + 1]!);
            const status = res.statusCode ?? 0;
            resolve(new Response([101, 204, 205, 304].includes(status) || request.method === "HEAD" ? null : Buffer.concat(chunks), { status, headers: out }));
          });
          res.on("error", reject);
        },
      );
      req.on("error", reject);
      req.end(body);
    });
  }) as typeof fetch;
}
