import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "@/lib/env";

describe("environment", () => {
  it("defaults to a SQLite file", () => {
    expect(parseEnv({}).DATABASE_URL).toBe("file:./data/app.db");
  });

  it("accepts PostgreSQL URLs", () => {
    expect(parseEnv({ DATABASE_URL: "postgresql://u@h/db" }).DATABASE_URL).toBe("postgresql://u@h/db");
  });

  it("stops with a message that names the bad variable", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://nope" })).toThrow(EnvError);
    expect(() => parseEnv({ DATABASE_URL: "mysql://nope" })).toThrow(/DATABASE_URL/);
    expect(() => parseEnv({ NODE_ENV: "staging" })).toThrow(/NODE_ENV/);
  });
});

describe("TRUST_PROXY", () => {
  it("is off unless set, so X-Forwarded-For from a client is never believed", () => {
    expect(parseEnv({}).TRUST_PROXY).toBe(0);
    expect(parseEnv({ TRUST_PROXY: "off" }).TRUST_PROXY).toBe(0);
  });

  it("takes the number of proxies in front of the app", () => {
    expect(parseEnv({ TRUST_PROXY: "1" }).TRUST_PROXY).toBe(1);
    expect(parseEnv({ TRUST_PROXY: "2" }).TRUST_PROXY).toBe(2);
  });

  it("refuses anything else with a message naming it", () => {
    for (const bad of ["true", "yes", "0", "6", "-1", "1.5", "on"]) expect(() => parseEnv({ TRUST_PROXY: bad }), bad).toThrow(/TRUST_PROXY/);
  });
});
