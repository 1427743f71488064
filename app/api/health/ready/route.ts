import { checkHealth } from "@/lib/health/check";

/** Readiness: a real round trip to the database (503 when it fails). Liveness is /api/health. */
export const dynamic = "force-dynamic";

export async function GET() {
  const health = await checkHealth();
  return Response.json(health, {
    status: health.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
