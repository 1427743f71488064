import { viewerTimeZone } from "@/lib/account/time-zone";
import { familyDownload } from "@/lib/family/download";
import { streamCheckInsCsv } from "@/lib/family/export";
import { exportFilename } from "@/lib/family/export-format";
import { getFamily } from "@/lib/family/families";
import { personLocale } from "@/lib/i18n/person-locale";

export async function GET(_request: Request, { params }: { params: Promise<{ familyId: string }> }) {
  const { familyId } = await params;
  const { timeZone } = await viewerTimeZone();
  // The column names and answers in the person's language (decision 052).
  const locale = await personLocale();
  return familyDownload(familyId, async (actor) => ({
    body: await streamCheckInsCsv(actor, familyId, timeZone, locale),
    type: "text/csv; charset=utf-8",
    filename: exportFilename((await getFamily(actor, familyId)).name, "csv", new Date(), timeZone, locale),
  }));
}
