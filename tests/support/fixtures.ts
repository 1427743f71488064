import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { createFamily } from "@/lib/family/families";

/**
 * Test data made through the real database. Users are created directly (better-auth's own tests
 * cover sign-up); everything family-related goes through lib/family, as the app does.
 */
export async function createUser(name = "Test Person") {
  const id = randomUUID();
  await db.user.create({ data: { id, name, email: `${id}@example.test`, emailVerified: false } });
  return { userId: id, name };
}

/** A family with an owner and, optionally, more members. */
export async function createFamilyWith(memberCount = 0, name = "The Test Family") {
  const owner = await createUser("Owner");
  const family = await createFamily(owner, { name });
  const members = [];
  for (let i = 0; i < memberCount; i++) {
    const member = await createUser(`Member ${i + 1}`);
    await db.membership.create({ data: { familyId: family.id, userId: member.userId, role: "member" } });
    members.push(member);
  }
  return { familyId: family.id, owner, members };
}

/** People who must get nothing from a family: a stranger in another family, and nobody at all. */
export async function outsiders() {
  const other = await createFamilyWith(0, "Another Family");
  return { otherFamilyOwner: other.owner, otherFamilyId: other.familyId, signedOut: null, emptyId: { userId: "" } };
}
