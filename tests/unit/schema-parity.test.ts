import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

/**
 * The SQLite and PostgreSQL schemas must declare the same models, fields, types and attributes
 * (provider-specific native types such as @db.Text aside). Otherwise the app, typed against one
 * client, would break on the other database.
 */
type Models = Record<string, string[]>;

export function parseModels(schema: string): Models {
  const models: Models = {};
  for (const match of schema.matchAll(/^model\s+(\w+)\s*\{([\s\S]*?)^\}/gm)) {
    const lines = match[2]!
      .split("\n")
      .map((line) => line.replace(/\/\/.*$/, "").trim())
      .filter(Boolean)
      .map((line) => line.replace(/@db\.\w+(\([^)]*\))?/g, "").replace(/\s+/g, " ").trim());
    models[match[1]!] = lines.sort();
  }
  return models;
}

const read = (kind: string) => readFileSync(`prisma/${kind}/schema.prisma`, "utf8");

describe("schema parity", () => {
  it("SQLite and PostgreSQL schemas declare the same models and fields", () => {
    const sqlite = parseModels(read("sqlite"));
    const postgres = parseModels(read("postgres"));
    expect(Object.keys(sqlite).length).toBeGreaterThan(0);
    expect(postgres).toEqual(sqlite);
  });

  it("the parser notices a drifted field", () => {
    const base = "model A {\n  id String @id\n  name String\n}\n";
    expect(parseModels(base)).not.toEqual(parseModels(base.replace("name String", "name String?")));
    expect(parseModels(base)).not.toEqual(parseModels(base.replace("  name String\n", "")));
  });

  it("both migration folders hold the same migrations", async () => {
    const { readdirSync } = await import("node:fs");
    const list = (kind: string) => readdirSync(`prisma/${kind}/migrations`).filter((n) => !n.endsWith(".toml")).sort();
    expect(list("postgres")).toEqual(list("sqlite"));
  });
});
