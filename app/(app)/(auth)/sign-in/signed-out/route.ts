import { signedOutLanguageResponse } from "@/lib/auth/sign-out";

/**
 * After sign-out, for a reader of Spanish: sets the language again (sign-out's Clear-Site-Data
 * removed it), then the sign-in page (lib/auth/sign-out.ts).
 */
export function GET(request: Request) {
  return signedOutLanguageResponse(request);
}
