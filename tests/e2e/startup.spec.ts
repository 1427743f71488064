import { spawn } from "node:child_process";
import { test, expect } from "@playwright/test";

test("a bad environment variable stops the server at start, naming the variable", async () => {
  const server = spawn(process.execPath, ["scripts/serve.mjs", "-p", "3299", "-H", "127.0.0.1"], {
    env: { ...process.env, DATABASE_URL: "mysql://not-supported" },
  });
  let output = "";
  server.stdout.on("data", (chunk) => (output += chunk));
  server.stderr.on("data", (chunk) => (output += chunk));
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => {
      server.kill();
      resolve(null);
    }, 20_000);
    server.on("exit", (exitCode) => {
      clearTimeout(timer);
      resolve(exitCode);
    });
  });
  expect(code).toBe(1);
  expect(output).toContain("DATABASE_URL");
});
