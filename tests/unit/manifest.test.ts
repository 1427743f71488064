import { describe, expect, it } from "vitest";
import { manifestPath, webManifest } from "@/lib/pwa/manifest";

describe("the web app manifest in each language (decision 052)", () => {
  it("English opens the English start page, as before", () => {
    const manifest = webManifest("en");
    expect(manifestPath("en")).toBe("/manifest.webmanifest");
    expect(manifest).toMatchObject({ id: "/", start_url: "/", lang: "en", name: "Steady" });
    expect(manifest.shortcuts?.map((s) => [s.short_name, s.url])).toEqual([
      ["Right now", "/right-now"],
      ["Crisis help", "/crisis"],
    ]);
  });

  it("Spanish is its own install that opens and offers the Spanish pages, in Spanish", () => {
    const manifest = webManifest("es");
    expect(manifestPath("es")).toBe("/es/manifest.webmanifest");
    expect(manifest).toMatchObject({ id: "/es", start_url: "/es", lang: "es", scope: "/" });
    expect(manifest.description).toMatch(/familias/);
    expect(manifest.shortcuts?.map((s) => [s.short_name, s.url])).toEqual([
      ["Ahora mismo", "/es/right-now"],
      ["Ayuda en crisis", "/es/crisis"],
    ]);
  });
});
