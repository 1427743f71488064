import { familyDownload } from "@/lib/family/download";
import { exportFamilyJson } from "@/lib/family/export";

export async function GET(_request: Request, { params }: { params: Promise<{ familyId: string }> }) {
  const { familyId } = await params;
  return familyDownload(familyId, async (actor) => ({
    body: JSON.stringify(await exportFamilyJson(actor, familyId), null, 2),
    type: "application/json; charset=utf-8",
    filename: "family-export.json",
  }));
}
