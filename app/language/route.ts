import { chooseLanguageResponse } from "@/lib/i18n/choose-language";

/** The language switch of the private pages: a plain form post (lib/i18n/choose-language.ts, decision 052). */
export async function POST(request: Request) {
  return chooseLanguageResponse(request);
}
