// npm start: serve the production build, building it first only when there is none or the
// sources changed since it was made (scripts/build-state.mjs). Then apply pending migrations and
// run the server entry, scripts/serve.mjs (arguments are passed on, e.g. `npm start -- -p 8080`),
// in WEB_CONCURRENCY processes (default 1). In production with several instances, run the
// migrations once and `node scripts/serve.mjs` per instance instead (docs/deploy.md).
import { spawn, spawnSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildIsCurrent, recordBuild, sourceHash } from "./build-state.mjs";

const ROOT = join(fileURLToPath(import.meta.url), "..", "..");
const bin = (name) => join(ROOT, "node_modules", ".bin", name);
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const run = (command, args) => {
  const result = spawnSync(command, args, { cwd: ROOT, env, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

if (buildIsCurrent(ROOT)) {
  console.log("The build is up to date; starting it.");
} else {
  console.log("No build of the current sources yet; building (about a minute)…");
  const hash = sourceHash(ROOT); // taken before the build: a change made during it triggers the next one
  run(bin("next"), ["build"]);
  recordBuild(ROOT, hash);
}
run(bin("prisma"), ["migrate", "deploy"]);

// WEB_CONCURRENCY=2 (or "auto") serves from that many processes sharing the port (scripts/serve.mjs).
const server = spawn(process.execPath, [join(ROOT, "scripts", "serve.mjs"), ...process.argv.slice(2)], { cwd: ROOT, env, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
