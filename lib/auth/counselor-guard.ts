import "server-only";
import { redirect } from "next/navigation";
import { requireCounselor } from "../counselor/access";
import { NotFoundError } from "../errors";
import { requireUser } from "./session";

/** For counselor pages: a signed-in counselor, or off to sign in / set up a counselor profile. */
export async function requireCounselorPage(returnTo: string) {
  const user = await requireUser(returnTo);
  try {
    return await requireCounselor({ userId: user.id });
  } catch (error) {
    if (error instanceof NotFoundError) redirect("/counselor/become");
    throw error;
  }
}
