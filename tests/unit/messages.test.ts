import { describe, expect, it } from "vitest";
import es from "@/messages/es.json";
import { MESSAGE_FILES, MESSAGES } from "@/lib/i18n/messages";

// Every word of the app's screens (messages/<locale>.json and messages/<locale>/<area>.json,
// decisions 050 and 052). next-intl is set to throw on a
// missing message (i18n/request.ts), never to show the English in its place: so every key must
// exist in both languages, and each translation must keep the same placeholders ({number}) and
// tags (<link>…</link>) as the English, or the page would lose a number or a link.
type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [inner, text] of flatten(value, path)) out.set(inner, text);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}|<(\w+)>/g)].map((m) => m[1] ?? `<${m[2]}>`).sort();

describe("messages", () => {
  const english = flatten(MESSAGES.en as Tree);
  const spanish = flatten(MESSAGES.es as Tree);

  it("has the same files in both languages, and no namespace in two files", () => {
    expect(Object.keys(MESSAGE_FILES.es).sort()).toEqual(Object.keys(MESSAGE_FILES.en).sort());
    for (const locale of ["en", "es"] as const) {
      const namespaces = Object.values(MESSAGE_FILES[locale]).flatMap((file) => Object.keys(file));
      expect(new Set(namespaces).size, locale).toBe(namespaces.length);
    }
  });

  it("has every key in both languages, and no key in one only", () => {
    expect([...spanish.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it("has no empty message", () => {
    for (const [key, text] of [...english, ...spanish]) expect(text.trim(), key).not.toBe("");
  });

  it("keeps the same placeholders and tags in each language", () => {
    for (const [key, text] of english) expect(placeholders(spanish.get(key) ?? ""), key).toEqual(placeholders(text));
  });

  it("fails a Spanish file that lacks a key (the check itself)", () => {
    const lacking = structuredClone(es) as Tree;
    delete (lacking.Frame as Tree).quickExitKeys;
    expect([...flatten({ ...(MESSAGES.es as Tree), ...lacking }).keys()].sort()).not.toEqual([...english.keys()].sort());
  });
});
