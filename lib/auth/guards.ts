import "server-only";
import { notFound } from "next/navigation";
import { requireMember, requireOwner, type MemberAccess } from "../family/access";
import { NotFoundError, ForbiddenError } from "../errors";
import { requireUser, type CurrentUser } from "./session";

/**
 * For family pages: the signed-in member and their access, or a 404 (never a hint that the family
 * exists). Signed-out visitors are sent to sign in first.
 */
export async function requireFamilyMember(familyId: string, returnTo?: string): Promise<{ user: CurrentUser; access: MemberAccess }> {
  const user = await requireUser(returnTo);
  try {
    return { user, access: await requireMember({ userId: user.id }, familyId) };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function requireFamilyOwner(familyId: string, returnTo?: string): Promise<{ user: CurrentUser; access: MemberAccess }> {
  const user = await requireUser(returnTo);
  try {
    return { user, access: await requireOwner({ userId: user.id }, familyId) };
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof ForbiddenError) notFound();
    throw error;
  }
}
