import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { test, expect } from "./support/test";
import config from "../../playwright.config";

/**
 * The Dockerfile's runtime stage, in the suite's short version of `npm run docker:dry-run`
 * (docs/deploy.md): its CMD is the command this suite's server runs, and its HEALTHCHECK command,
 * run as Docker runs it (the image's PORT), passes against that server and fails where nothing
 * answers. The build stage is the suite's own build (scripts/test.sh); `npm ci` is .ci/run's install.
 */
const dockerfile = readFileSync("Dockerfile", "utf8").replace(/\\\n\s*/g, " ");
const runtime = dockerfile.slice(dockerfile.lastIndexOf("\nFROM "));
const cmd = JSON.parse(/^CMD (\[.*\])$/m.exec(runtime)![1]!) as string[];
const healthcheck = JSON.parse(/^HEALTHCHECK .*?CMD (\[.*\])$/m.exec(runtime)![1]!) as string[];

function runHealthcheck(port: number) {
  return spawnSync(healthcheck[0]!, healthcheck.slice(1), { env: { ...process.env, PORT: String(port) }, timeout: 10_000 }).status;
}

async function closedPort() {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

test("the image's CMD is the server this suite runs, and its HEALTHCHECK passes on it and fails where nothing answers", async ({ baseURL }) => {
  expect(cmd).toEqual(["node", "scripts/serve.mjs"]);
  const webServer = Array.isArray(config.webServer) ? config.webServer[0]! : config.webServer!;
  expect(webServer.command).toContain(cmd.join(" "));
  expect(runHealthcheck(Number(new URL(baseURL!).port))).toBe(0);
  expect(runHealthcheck(await closedPort())).toBe(1);
});
