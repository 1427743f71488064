import { familyDownload } from "@/lib/family/download";
import { exportCheckInsCsv } from "@/lib/family/export";

export async function GET(_request: Request, { params }: { params: Promise<{ familyId: string }> }) {
  const { familyId } = await params;
  return familyDownload(familyId, async (actor) => ({
    body: await exportCheckInsCsv(actor, familyId),
    type: "text/csv; charset=utf-8",
    filename: "check-ins.csv",
  }));
}
