import { manifestResponse } from "@/lib/pwa/manifest";

// The Spanish manifest (lib/pwa/manifest.ts); the same bytes for everyone, made at build time.
export const dynamic = "force-static";

export function GET() {
  return manifestResponse("es");
}
