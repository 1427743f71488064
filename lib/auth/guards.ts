import "server-only";
import { notFound, redirect } from "next/navigation";
import { requireMember, type MemberAccess } from "../family/access";
import { NotFoundError } from "../errors";
import { deletedFamilyFor } from "../family/tombstones";
import { requireUser, type CurrentUser } from "./session";

/**
 * For family pages: the signed-in member and their access, or a 404 (never a hint that the family
 * exists). Signed-out visitors are sent to sign in first. Someone who could open the family when
 * its owner deleted it is sent to "This family space was deleted by its owner" instead.
 */
export async function requireFamilyMember(familyId: string, returnTo?: string): Promise<{ user: CurrentUser; access: MemberAccess }> {
  const user = await requireUser(returnTo);
  try {
    return { user, access: await requireMember({ userId: user.id }, familyId) };
  } catch (error) {
    if (error instanceof NotFoundError) await notFoundOrDeleted(user, familyId);
    throw error;
  }
}

/**
 * THE way a page turns lib/'s "not found" (gone, or not yours) into the 404 page: wrap the read.
 * Anything else is thrown on. (Actions need nothing: the action wrapper turns it into a message.)
 */
export async function orNotFound<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

async function notFoundOrDeleted(user: CurrentUser, familyId: string): Promise<never> {
  if (await deletedFamilyFor({ userId: user.id }, familyId)) redirect(`/family/deleted/${encodeURIComponent(familyId)}`);
  notFound();
}
