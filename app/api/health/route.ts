/**
 * Liveness: the process is up and answering. It never touches the database, so a database outage
 * does not make a supervisor restart healthy app processes. Readiness (the database too) is
 * /api/health/ready. docs/decisions/029-logs-and-metrics.md.
 */
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
