import { auth } from "@/lib/auth/auth";
import { db } from "@/lib/db";
import { createCheckIn } from "@/lib/family/checkins";
import { createFamily } from "@/lib/family/families";
import { createInvite, revokeInvite } from "@/lib/family/members";
import { becomeCounselor } from "@/lib/counselor/profile";
import { createConnectionInvite, acceptConnectionInvite } from "@/lib/counselor/connections";
import { createReadingList } from "@/lib/counselor/reading-lists";
import { randomUUID } from "node:crypto";

/**
 * Two families and the people around them, made through lib/ and better-auth as the app does:
 * family A (owner, member, a removed member), family B (owner, member, a counselor connected to
 * it), and each family's notes and private entries carrying a marker that must never reach anyone
 * not entitled. Signed-in people have a real session cookie.
 */
export const PASSWORD = "quiet harbor lantern 93";

export async function person(name: string) {
  const email = `${name.toLowerCase().replace(/\W/g, "")}-${randomUUID().slice(0, 8)}@example.test`;
  const { headers, response } = await auth.api.signUpEmail({ body: { name, email, password: PASSWORD }, returnHeaders: true });
  const cookie = headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  return { userId: response.user.id, name, email, cookie };
}

export type Person = Awaited<ReturnType<typeof person>>;

export async function world(tag = randomUUID().slice(0, 6)) {
  const ownerA = await person("Ana");
  const memberA = await person("Ben");
  const removedA = await person("Cal");
  const ownerB = await person("Dee");
  const memberB = await person("Eli");
  const counselor = await person("Fay");
  const familyA = await createFamily(ownerA, { name: `Family A ${tag}` });
  const familyB = await createFamily(ownerB, { name: `Family B ${tag}` });
  await db.membership.createMany({
    data: [
      { familyId: familyA.id, userId: memberA.userId, role: "member" },
      { familyId: familyB.id, userId: memberB.userId, role: "member" },
    ],
  });
  const marker = (family: string, what: string) => `MARKER-${family}-${what}-${tag}`;
  const checkIn = (family: { id: string }, author: Person, visibility: "family" | "private", text: string) =>
    createCheckIn(author, family.id, { date: undefined, signs: ["emotional.isolating"], triggers: [], worry: "3", wellbeing: "3", note: text, visibility });
  const sharedA = await checkIn(familyA, ownerA, "family", marker("A", "shared-note"));
  const privateA = await checkIn(familyA, memberA, "private", marker("A", "private-note"));
  const sharedB = await checkIn(familyB, ownerB, "family", marker("B", "shared-note"));
  const privateB = await checkIn(familyB, memberB, "private", marker("B", "private-note"));
  // The removed member once belonged to A.
  await db.membership.create({ data: { familyId: familyA.id, userId: removedA.userId, role: "member" } });
  await db.membership.delete({ where: { familyId_userId: { familyId: familyA.id, userId: removedA.userId } } });
  const inviteA = await createInvite(ownerA, familyA.id);
  // B's invitation is revoked: a live one is a credential, and accepting it is a legitimate way in
  // (a fuzz run that happened to send it as ownerA joined family B, a false "leak").
  const inviteB = await createInvite(ownerB, familyB.id);
  await revokeInvite(ownerB, familyB.id, inviteB.id);
  await becomeCounselor(counselor, { organization: "Harbor" });
  await becomeCounselor(ownerA, { organization: "Also a counselor" });
  const connect = await createConnectionInvite(counselor);
  await acceptConnectionInvite(ownerB, connect.token, familyB.id, "plan_summary");
  const listA = await createReadingList(ownerA, { pages: ["triggers"], note: "", days: 30 });
  const connectA = await createConnectionInvite(ownerA);
  return { tag, ownerA, memberA, removedA, ownerB, memberB, counselor, familyA, familyB, sharedA, privateA, sharedB, privateB, inviteA, inviteB, listA, connectA, marker };
}

export type World = Awaited<ReturnType<typeof world>>;

const count = (table: string, where = "") => `(SELECT CAST(count(*) AS TEXT) FROM "${table}"${where ? ` WHERE ${where}` : ""})`;
const max = (table: string, column: string, where = "") => `(SELECT COALESCE(CAST(max("${column}") AS TEXT), '-') FROM "${table}"${where ? ` WHERE ${where}` : ""})`;

/** Everything the app stores but sessions and rate-limit counts, as one string: equal means unchanged. */
export async function fingerprint(): Promise<string> {
  const parts = [
    count("user"), max("user", "updatedAt"), count("account"), max("account", "updatedAt"),
    count("Family"), max("Family", "updatedAt"), count("Membership"), count("Membership", `role = 'owner'`),
    count("FamilyInvite"), count("FamilyInvite", `"usedAt" IS NOT NULL`), count("FamilyInvite", `"revokedAt" IS NOT NULL`),
    count("CheckIn"), max("CheckIn", "updatedAt"), count("CheckInSign"), count("CheckInTrigger"),
    count("SafetyPlan"), max("SafetyPlan", "updatedAt"), count("SafetyPlanVersion"),
    count("CounselorProfile"), count("ReadingList"), count("ReadingList", `"revokedAt" IS NOT NULL`),
    count("ConnectionInvite"), count("ConnectionInvite", `"usedAt" IS NOT NULL`), count("ConnectionInvite", `"revokedAt" IS NOT NULL`),
    count("CounselorConnection"), max("CounselorConnection", "updatedAt"), count("CounselorAccessLog"),
    count("PasswordResetLink"), count("PasswordResetLink", `"usedAt" IS NOT NULL`), count("PasswordResetLink", `"revokedAt" IS NOT NULL`),
    count("RecoveryCode"), max("RecoveryCode", "createdAt"),
  ];
  const rows = await db.$queryRawUnsafe<{ f: string }[]>(`SELECT ${parts.join(" || ',' || ")} AS f`);
  return rows[0]!.f;
}

/** Family B's rows and people: the actor in a fuzz run has no right to change any of it. */
export async function fingerprintOf(familyId: string, userIds: string[]): Promise<string> {
  const f = `"familyId" = '${familyId.replace(/'/g, "''")}'`;
  const users = userIds.map((id) => `'${id.replace(/'/g, "''")}'`).join(",");
  const parts = [
    count("Family", `id = '${familyId.replace(/'/g, "''")}'`), max("Family", "updatedAt", `id = '${familyId.replace(/'/g, "''")}'`),
    count("Membership", f), count("Membership", `${f} AND role = 'owner'`), count("FamilyInvite", f), count("FamilyInvite", `${f} AND "revokedAt" IS NOT NULL`),
    count("CheckIn", f), max("CheckIn", "updatedAt", f), count("SafetyPlanVersion", f), max("SafetyPlan", "updatedAt", f),
    count("CounselorConnection", f), max("CounselorConnection", "updatedAt", f),
    count("PasswordResetLink", f), count("PasswordResetLink", `${f} AND ("usedAt" IS NOT NULL OR "revokedAt" IS NOT NULL)`),
    count("RecoveryCode", `"userId" IN (${users})`),
    count("user", `id IN (${users})`), max("user", "updatedAt", `id IN (${users})`), count("account", `"userId" IN (${users})`), max("account", "updatedAt", `"userId" IN (${users})`),
  ];
  const rows = await db.$queryRawUnsafe<{ f: string }[]>(`SELECT ${parts.join(" || ',' || ")} AS f`);
  return rows[0]!.f;
}
