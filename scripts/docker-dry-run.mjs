// npm run docker:dry-run: the Dockerfile's build, run where there is no container engine.
//
// Reads the Dockerfile and carries out its stages in a temporary folder, one folder per stage
// standing for the stage's filesystem: WORKDIR, ENV, COPY (from the build context, minus
// .dockerignore, or --from an earlier stage) and RUN (in bash, in the stage's working folder, with
// its ENV). RUN lines that change the machine itself (apt-get, user accounts, npm --global,
// chown) are listed and skipped: the machine running this has those tools already. Then it starts
// the runtime stage's CMD on a fresh SQLite file, runs its HEALTHCHECK command against it, and
// stops it. It takes several minutes (npm ci, next build); `npm test` checks the Dockerfile's
// shape statically (tests/unit/deploy-files.test.ts) and runs its short version:
//
//   node scripts/docker-dry-run.mjs --in-place --stage=build
//
// carries out one stage's RUN lines (with its ENV) in this checkout itself: `npm test` makes its
// production build this way, so the suite's build is the image's. (The deps stage's `npm ci` is the
// install .ci/run makes; the runtime stage's HEALTHCHECK runs against the suite's server in
// tests/e2e/docker-runtime.spec.ts.)
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(fileURLToPath(import.meta.url), "..", "..");
const KEEP = process.argv.includes("--keep");
const PORT = Number(process.env.DRY_RUN_PORT ?? 3470);
const SYSTEM = /^(apt-get|groupadd|useradd|npm install --global)\b|\bchown\b/;

const say = (line) => process.stderr.write(`${line}\n`);

function parseDockerfile(text) {
  const lines = text.replace(/\\\n\s*/g, " ").split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#"));
  const stages = [];
  for (const line of lines) {
    const [instruction, ...rest] = line.split(/\s+/);
    const args = rest.join(" ");
    if (instruction.toUpperCase() === "FROM") {
      const m = /^(\S+)(?:\s+AS\s+(\S+))?/i.exec(args);
      stages.push({ from: m[1], name: m[2] ?? String(stages.length), steps: [] });
    } else stages.at(-1).steps.push({ instruction: instruction.toUpperCase(), args });
  }
  return stages;
}

function dockerignore() {
  const patterns = readFileSync(join(ROOT, ".dockerignore"), "utf8").split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#"));
  const toRegex = (p) => new RegExp(`^${p.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, "[^/]*")}(/.*)?$`);
  const rules = patterns.map((p) => (p.startsWith("!") ? { keep: true, re: toRegex(p.slice(1)) } : { keep: false, re: toRegex(p) }));
  return (path) => rules.reduce((ignored, rule) => (rule.re.test(path) ? !rule.keep : ignored), false);
}

/**
 * COPY as Docker does it: a folder's contents go to the destination folder; files go into it when
 * there are several sources or it ends with "/", else to that path. From the context, minus what
 * .dockerignore names; from a stage, as hard links (node_modules in seconds).
 */
function copy(from, target, intoDir, ignored) {
  const isDir = statSync(from).isDirectory();
  const dest = isDir || !intoDir ? target : join(target, basename(from));
  mkdirSync(isDir ? dest : dirname(dest), { recursive: true });
  if (ignored) {
    cpSync(from, dest, { recursive: true, filter: (path) => !ignored(relative(ROOT, path)) || relative(ROOT, path) === "" });
  } else {
    execFileSync("cp", ["-al", isDir ? `${from}/.` : from, dest]);
  }
}

function envOf(args) {
  const pairs = {};
  for (const m of args.matchAll(/([A-Z_][A-Z0-9_]*)=("[^"]*"|\S+)/g)) pairs[m[1]] = m[2].replace(/^"|"$/g, "");
  return pairs;
}

function runStages(stages, work) {
  const ignored = dockerignore();
  const fs = {};
  for (const stage of stages) {
    const base = join(work, stage.name);
    mkdirSync(base, { recursive: true });
    fs[stage.name] = base;
    let cwd = base;
    const env = { ...process.env };
    say(`\n== stage ${stage.name} (FROM ${stage.from}: this machine's Node ${process.version})`);
    for (const { instruction, args } of stage.steps) {
      if (instruction === "WORKDIR") {
        cwd = join(base, args);
        mkdirSync(cwd, { recursive: true });
      } else if (instruction === "ENV") Object.assign(env, envOf(args));
      else if (instruction === "COPY") {
        const parts = args.split(/\s+/);
        const stageName = parts.find((p) => p.startsWith("--from="))?.slice(7);
        const paths = parts.filter((p) => !p.startsWith("--"));
        const dest = paths.pop();
        const target = dest.startsWith("/") ? join(base, dest) : join(cwd, dest);
        const intoDir = paths.length > 1 || dest.endsWith("/");
        for (const source of paths) {
          if (stageName) copy(join(fs[stageName], source), target, intoDir);
          else copy(join(ROOT, source), target, intoDir, ignored);
        }
        say(`COPY ${args}`);
      } else if (instruction === "RUN") {
        if (SYSTEM.test(args)) {
          say(`RUN ${args}\n   (skipped: changes the machine itself)`);
          continue;
        }
        say(`RUN ${args}`);
        const started = Date.now();
        const result = spawnSync("bash", ["-c", args.replace(/&& chown .*$/, "")], { cwd, env, stdio: "inherit" });
        if (result.status !== 0) throw new Error(`RUN ${args} failed (exit ${result.status})`);
        say(`   done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
      } else say(`${instruction} ${args}`);
    }
    stage.cwd = cwd;
    stage.env = env;
  }
}

async function startRuntime(stage, work) {
  const command = JSON.parse(stage.steps.find((s) => s.instruction === "CMD").args);
  const check = stage.steps.find((s) => s.instruction === "HEALTHCHECK").args.replace(/^.*?CMD\s+/, "");
  const database = `file:${join(work, "dry-run.db")}`;
  const env = { ...stage.env, PORT: String(PORT), HOSTNAME: "127.0.0.1", DATABASE_URL: database, BETTER_AUTH_SECRET: "a dry-run secret that is long enough, 32+ chars", NOTIFICATIONS_WORKER: "off" };
  execFileSync("node", ["node_modules/prisma/build/index.js", "migrate", "deploy"], { cwd: stage.cwd, env, stdio: "ignore" });
  say(`\n== the runtime stage: ${command.join(" ")} on port ${PORT}`);
  const server = spawn(command[0], command.slice(1), { cwd: stage.cwd, env, stdio: ["ignore", "ignore", "inherit"] });
  try {
    const deadline = Date.now() + 90_000;
    const argv = JSON.parse(check);
    for (;;) {
      const health = spawnSync(argv[0], argv.slice(1), { cwd: stage.cwd, env, timeout: 5000 });
      if (health.status === 0) break;
      if (server.exitCode !== null) throw new Error("the runtime command exited");
      if (Date.now() > deadline) throw new Error("the HEALTHCHECK never passed");
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    const page = await fetch(`http://127.0.0.1:${PORT}/guide`);
    say(`HEALTHCHECK passed; GET /guide answered ${page.status}`);
    if (page.status !== 200) throw new Error("the guide did not answer 200");
  } finally {
    server.kill("SIGTERM");
    await new Promise((resolve) => server.once("exit", resolve));
  }
}

/** One stage's RUN lines, in this checkout, with the stage's ENV on top of ours. */
function runInPlace(stage) {
  const env = { ...process.env };
  for (const { instruction, args } of stage.steps) {
    if (instruction === "ENV") Object.assign(env, envOf(args));
    if (instruction !== "RUN" || SYSTEM.test(args)) continue;
    say(`RUN ${args}`);
    const result = spawnSync("bash", ["-c", args], { cwd: ROOT, env, stdio: "inherit" });
    if (result.status !== 0) throw new Error(`RUN ${args} failed (exit ${result.status})`);
  }
}

const inPlace = process.argv.includes("--in-place");
const only = process.argv.find((arg) => arg.startsWith("--stage="))?.slice("--stage=".length);
if (inPlace) {
  const stage = parseDockerfile(readFileSync(join(ROOT, "Dockerfile"), "utf8")).find((s) => s.name === only);
  if (!stage) {
    say(`no stage named ${only} in the Dockerfile`);
    process.exit(2);
  }
  try {
    runInPlace(stage);
  } catch (error) {
    say(`the Dockerfile's ${only} stage failed: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
  process.exit(0);
}

const work = mkdtempSync(join(tmpdir(), "steady-docker-dry-run-"));
const started = Date.now();
try {
  const stages = parseDockerfile(readFileSync(join(ROOT, "Dockerfile"), "utf8"));
  runStages(stages, work);
  await startRuntime(stages.at(-1), join(work, stages.at(-1).name));
  say(`\nThe Dockerfile's build ran through in ${((Date.now() - started) / 60_000).toFixed(1)} minutes, and its runtime stage passed its health check.`);
} catch (error) {
  say(`\ndocker dry run failed: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  if (KEEP) say(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
