import { viewerTimeZone } from "@/lib/account/time-zone";
import { familyDownload } from "@/lib/family/download";
import { streamFamilyJson } from "@/lib/family/export";
import { exportFilename } from "@/lib/family/export-format";
import { getFamily } from "@/lib/family/families";
import { personLocale } from "@/lib/i18n/person-locale";

export async function GET(_request: Request, { params }: { params: Promise<{ familyId: string }> }) {
  const { familyId } = await params;
  const { timeZone } = await viewerTimeZone();
  // Words meant for a person in their language; the field names stay the same in every language.
  const locale = await personLocale();
  return familyDownload(familyId, async (actor) => ({
    body: await streamFamilyJson(actor, familyId, new Date(), locale),
    type: "application/json; charset=utf-8",
    filename: exportFilename((await getFamily(actor, familyId)).name, "json", new Date(), timeZone, locale),
  }));
}
