import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { mainConfig, nginxBinary, renderSite, SITE } from "../support/nginx";

/**
 * The shipped deployment files, checked where no container engine or init system runs
 * (docs/deploy.md, decision 030): compose.yaml against the Compose Specification's JSON schema
 * (as shipped in the dclint package), the Dockerfile's stages, user and health check, the systemd
 * units with systemd-analyze, and the nginx site with nginx -t. tests/e2e/deploy-nginx.spec.ts
 * runs the nginx site for real; `npm run docker:dry-run` runs the Dockerfile's build commands.
 */
const root = process.cwd();
const read = (file: string) => readFileSync(join(root, file), "utf8");

type Service = {
  image?: string;
  build?: unknown;
  command?: string[];
  deploy?: { replicas?: number };
  depends_on?: Record<string, { condition: string }>;
  environment?: Record<string, string>;
  healthcheck?: { test?: string[]; disable?: boolean };
  ports?: string[];
  volumes?: string[];
};

function composeValidator() {
  const require = createRequire(import.meta.url);
  const schemaFile = join(dirname(require.resolve("dclint/package.json")), "schemas", "compose.schema.json");
  const schema = JSON.parse(readFileSync(schemaFile, "utf8"));
  expect(schema.title).toBe("Compose Specification");
  schema.$schema = "http://json-schema.org/draft-07/schema#"; // the spec writes it with https and no "#"; the same draft
  return new Ajv({ strict: false, allErrors: true, validateFormats: false }).compile(schema);
}

describe("compose.yaml", () => {
  const compose = parse(read("compose.yaml"), { merge: true }) as { services: Record<string, Service>; volumes: Record<string, unknown> };
  const { services } = compose;

  it("is valid against the Compose Specification's JSON schema, and the schema does reject a wrong file", () => {
    const validate = composeValidator();
    expect(validate(compose), JSON.stringify(validate.errors, null, 1)).toBe(true);
    expect(validate({ services: { app: { image: "x", depends_on: { db: { condition: "when_ready" } } } } })).toBe(false);
    expect(validate({ services: { app: { image: "x", restartt: "always" } } })).toBe(false);
  });

  it("runs the app twice behind Caddy, migrations once before it, PostgreSQL on a named volume with a health check, and a nightly backup", () => {
    expect(Object.keys(services).sort()).toEqual(["app", "backup", "caddy", "migrate", "postgres"]);
    expect(services.app!.deploy?.replicas).toBe(2);
    expect(services.app!.environment?.TRUST_PROXY).toBe("1");
    expect(services.app!.depends_on).toEqual({ postgres: { condition: "service_healthy" }, migrate: { condition: "service_completed_successfully" } });
    expect(services.app!.ports).toBeUndefined(); // only Caddy is reachable from outside; metrics stay on the compose network
    expect(services.migrate!.command).toEqual(["node", "node_modules/prisma/build/index.js", "migrate", "deploy"]);

    const pg = services.postgres!;
    const dataVolume = pg.volumes?.find((v) => v.endsWith(":/var/lib/postgresql/data"))?.split(":")[0];
    expect(dataVolume && dataVolume in compose.volumes).toBe(true);
    expect(pg.healthcheck?.test?.join(" ")).toMatch(/pg_isready/);

    expect(services.caddy!.ports).toEqual(expect.arrayContaining(["80:80", "443:443"]));
    expect(services.caddy!.volumes).toContain("./deploy/caddy/Caddyfile:/etc/caddy/Caddyfile:ro");
    expect(existsSync(join(root, "deploy/caddy/Caddyfile"))).toBe(true);
    expect(read("deploy/caddy/Caddyfile")).toMatch(/dynamic a \{\s*name app\s*port 3000/);

    expect(services.backup!.command).toEqual(["node", "scripts/backup-nightly.mjs"]);
    expect(services.backup!.volumes?.some((v) => v.endsWith(":/app/data/backups"))).toBe(true);
    // Every service built from this repository runs the same image.
    for (const name of ["app", "migrate", "backup"]) expect(services[name]).toMatchObject({ build: ".", image: "steady:local" });
  });

  it("every variable it needs is in .env.example", () => {
    const example = read(".env.example");
    const needed = [...read("compose.yaml").matchAll(/\$\{([A-Z_]+)/g)].map((m) => m[1]!);
    expect(needed.length).toBeGreaterThan(3);
    for (const name of new Set(needed)) expect(example, name).toMatch(new RegExp(`^#? ?${name}=`, "m"));
  });
});

describe("Dockerfile", () => {
  const lines = read("Dockerfile").replace(/\\\n\s*/g, " ").split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#"));
  const stages: { name: string; from: string; lines: string[] }[] = [];
  for (const line of lines) {
    const from = /^FROM\s+(\S+)(?:\s+AS\s+(\S+))?/i.exec(line);
    if (from) stages.push({ from: from[1]!, name: from[2] ?? "", lines: [] });
    else stages.at(-1)?.lines.push(line);
  }
  const final = stages.at(-1)!;

  it("has three stages: dependencies with npm ci, the build, and a runtime that only runs what was built", () => {
    expect(stages.map((s) => s.name)).toEqual(["deps", "build", "runtime"]);
    expect(stages.every((s) => /^node:24-/.test(s.from))).toBe(true); // the LTS in .nvmrc (decision 041)
    expect(stages[0]!.lines).toContain("RUN npm ci --no-audit --no-fund");
    // The deps stage's install is the one CI makes before `npm test` (the suite's short dry run).
    expect(read(".ci/run")).toMatch(/^npm ci --no-audit --no-fund\b/m);
    // The same steps as `npm run build` (the reading pages lose the framework runtime after it: decision 053).
    const npmBuild = (JSON.parse(read("package.json")) as { scripts: { build: string } }).scripts.build;
    expect(stages[1]!.lines).toContain(`RUN ${npmBuild.replace(/^next build/, "node_modules/.bin/next build")}`);
    expect(final.lines.some((l) => /next build|npm (ci|install) /.test(l))).toBe(false);
    expect(final.lines).toContain("COPY --from=build /app /app");
    expect(final.lines).toContain('CMD ["node", "scripts/serve.mjs"]');
  });

  it("runs as an unprivileged user, with a health check on /api/health", () => {
    const users = final.lines.filter((l) => l.startsWith("USER "));
    expect(users).toEqual(["USER steady"]);
    expect(final.lines.findIndex((l) => l.startsWith("USER "))).toBeGreaterThan(final.lines.findIndex((l) => l.startsWith("COPY --from=build")));
    const check = final.lines.find((l) => l.startsWith("HEALTHCHECK "));
    expect(check).toMatch(/--interval=\d+s/);
    expect(check).toMatch(/CMD \[.*\/api\/health'/);
  });

  it("copies only files that exist, and leaves local builds and data out of the context", () => {
    for (const line of stages.flatMap((s) => s.lines).filter((l) => l.startsWith("COPY ") && !l.includes("--from="))) {
      for (const source of line.split(/\s+/).slice(1, -1)) expect(existsSync(join(root, source)), source).toBe(true);
    }
    const ignored = read(".dockerignore").split("\n");
    for (const entry of ["node_modules", ".next", "data", ".env", "lib/db/generated"]) expect(ignored).toContain(entry);
  });
});

describe("systemd units (deploy/systemd)", () => {
  const analyze = spawnSync("systemd-analyze", ["--version"]).status === 0;

  it("the app unit restarts, is hardened, and keeps its data in a state directory; backups run nightly", () => {
    const app = read("deploy/systemd/steady@.service");
    for (const directive of ["Restart=always", "ProtectSystem=strict", "NoNewPrivileges=yes", "StateDirectory=steady", "ExecStart=/usr/bin/node scripts/serve.mjs", "TRUST_PROXY=1"]) expect(app).toContain(directive);
    const timer = read("deploy/systemd/steady-backup.timer");
    expect(timer).toMatch(/^OnCalendar=\*-\*-\* 03:15:00$/m);
    expect(timer).toMatch(/^Persistent=true$/m);
    expect(read("deploy/systemd/steady-backup.service")).toContain("scripts/backup.ts");
  });

  it.runIf(analyze)("pass systemd-analyze verify, and the app unit's exposure stays under 4.0 (systemd-analyze security)", () => {
    const dir = mkdtempSync(join(tmpdir(), "steady-units-"));
    try {
      copyFileSync(join(root, "deploy/systemd/steady@.service"), join(dir, "steady@1.service"));
      for (const unit of ["steady-migrate.service", "steady-backup.service", "steady-backup.timer"]) copyFileSync(join(root, "deploy/systemd", unit), join(dir, unit));
      const units = ["steady@1.service", "steady-migrate.service", "steady-backup.service", "steady-backup.timer"].map((u) => join(dir, u));
      const verify = spawnSync("systemd-analyze", ["verify", ...units], { encoding: "utf8" });
      expect(verify.stderr + verify.stdout).toBe("");
      expect(verify.status).toBe(0);
      const security = spawnSync("systemd-analyze", ["security", "--offline=yes", "--threshold=40", join(dir, "steady@1.service")], { encoding: "utf8" });
      expect(security.status, security.stdout.split("\n").at(-2)).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("systemd-analyze is here (scripts/test.sh installs it when missing)", () => {
    expect(analyze).toBe(true);
  });
});

describe("nginx site (deploy/nginx/steady.conf)", () => {
  it("passes nginx -t as shipped (only ports and paths changed)", () => {
    const dir = mkdtempSync(join(tmpdir(), "steady-nginx-t-"));
    try {
      writeFileSync(join(dir, "cert.pem"), "");
      const site = join(dir, "steady.conf");
      spawnSync("openssl", ["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "1", "-subj", "/CN=t", "-keyout", join(dir, "key.pem"), "-out", join(dir, "cert.pem")]);
      writeFileSync(site, renderSite(readFileSync(SITE, "utf8"), { dir, httpPort: 18080, httpsPort: 18443, upstreams: [13001, 13002], cert: join(dir, "cert.pem"), key: join(dir, "key.pem") }));
      writeFileSync(join(dir, "nginx.conf"), mainConfig(dir, site));
      const test = spawnSync(nginxBinary(), ["-t", "-p", dir, "-c", join(dir, "nginx.conf")], { encoding: "utf8" });
      expect(test.stderr).toMatch(/test is successful/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
