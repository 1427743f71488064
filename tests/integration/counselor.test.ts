import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { becomeCounselor, isCounselor } from "@/lib/counselor/profile";
import { createReadingList, listReadingLists, openReadingList, readingListLocale, revokeReadingList } from "@/lib/counselor/reading-lists";
import {
  acceptConnectionInvite,
  createConnectionInvite,
  listAccessLog,
  listFamilyConnections,
  previewConnectionInvite,
  revokeConnection,
  setConnectionLevel,
} from "@/lib/counselor/connections";
import { requireCounselorGrant } from "@/lib/counselor/access";
import { ForbiddenError, NotFoundError, RuleError } from "@/lib/errors";
import { hashToken } from "@/lib/sharing/tokens";
import { createFamilyWith, createUser } from "../support/fixtures";

const DAY = 24 * 60 * 60 * 1000;

async function counselor(name = "Casey Counselor") {
  const user = await createUser(name);
  await becomeCounselor(user, { organization: "Riverside Clinic" });
  return user;
}

describe("counselor profiles", () => {
  it("make a person a counselor; others are not", async () => {
    const c = await counselor();
    expect(await isCounselor(c)).toBe(true);
    expect(await isCounselor(await createUser())).toBe(false);
  });
});

describe("shared reading lists", () => {
  it("store only a hash of a 256-bit token, count opens and nothing else", async () => {
    const c = await counselor();
    const list = await createReadingList(c, { pages: ["triggers", "stages-of-relapse"], note: "Read these first.", label: "for the M. family", days: 7 });
    expect(Buffer.from(list.token, "base64url").length * 8).toBe(256);
    const row = await db.readingList.findUniqueOrThrow({ where: { id: list.id } });
    expect(row.tokenHash).toBe(hashToken(list.token));
    expect(JSON.stringify(row)).not.toContain(list.token);

    const opened = await openReadingList(list.token);
    expect(opened).toEqual({ status: "active", locale: "en", note: "Read these first.", pages: ["triggers", "stages-of-relapse"], counselorName: "Casey Counselor" });
    expect(JSON.stringify(opened)).not.toContain("M. family"); // the private label never leaves
    await openReadingList(list.token);
    const after = await db.readingList.findUniqueOrThrow({ where: { id: list.id } });
    expect(after.openCount).toBe(2);
    expect({ ...after, openCount: 0 }).toEqual({ ...row, openCount: 0 });
    expect((await listReadingLists(c))[0]).toMatchObject({ openCount: 2, status: "active", label: "for the M. family" });
  });

  it("keep the language the counselor chose for the family (English unless chosen), changing nothing to tell it", async () => {
    const c = await counselor();
    const spanish = await createReadingList(c, { pages: ["triggers"], days: 7, locale: "es" });
    const english = await createReadingList(c, { pages: ["triggers"], days: 7 });
    expect(await readingListLocale(spanish.token)).toBe("es");
    expect(await readingListLocale(english.token)).toBe("en");
    expect(await readingListLocale("x".repeat(43))).toBeNull();
    expect(await openReadingList(spanish.token)).toMatchObject({ status: "active", locale: "es" });
    expect((await db.readingList.findUniqueOrThrow({ where: { id: spanish.id } })).openCount).toBe(1);
    expect((await listReadingLists(c)).map((list) => list.locale).sort()).toEqual(["en", "es"]);
    await expect(createReadingList(c, { pages: ["triggers"], days: 7, locale: "fr" as never })).rejects.toThrow();
    await revokeReadingList(c, spanish.id);
    expect(await openReadingList(spanish.token)).toEqual({ status: "gone", locale: "es" });
  });

  it("expire after 7, 30 or 90 days (injected clock) and can be revoked", async () => {
    const c = await counselor();
    const now = new Date("2026-11-01T00:00:00Z");
    for (const days of [7, 30, 90] as const) {
      const list = await createReadingList(c, { pages: ["triggers"], days }, now);
      expect(list.expiresAt.getTime() - now.getTime()).toBe(days * DAY);
      expect((await openReadingList(list.token, new Date(now.getTime() + days * DAY - 1000))).status).toBe("active");
      expect((await openReadingList(list.token, new Date(now.getTime() + days * DAY))).status).toBe("gone");
    }
    const list = await createReadingList(c, { pages: ["triggers"], days: 30 });
    await expect(revokeReadingList(await counselor("Other"), list.id)).rejects.toBeInstanceOf(NotFoundError);
    await revokeReadingList(c, list.id);
    expect((await openReadingList(list.token)).status).toBe("gone");
  });

  it("refuse bad input and non-counselors", async () => {
    const c = await counselor();
    await expect(createReadingList(c, { pages: [], days: 7 })).rejects.toThrow();
    await expect(createReadingList(c, { pages: ["nope" as never], days: 7 })).rejects.toThrow();
    await expect(createReadingList(c, { pages: ["triggers"], days: 14 as never })).rejects.toThrow();
    await expect(createReadingList(c, { pages: ["triggers"], days: 7, note: "x".repeat(1001) })).rejects.toThrow();
    await expect(createReadingList(await createUser(), { pages: ["triggers"], days: 7 })).rejects.toBeInstanceOf(NotFoundError);
    expect(await openReadingList("garbage")).toEqual({ status: "unknown" });
  });
});

describe("connecting a family", () => {
  it("single use, owner only, at the level the family chooses; changes and revokes apply at once", async () => {
    const c = await counselor();
    const { familyId, owner, members } = await createFamilyWith(1);
    const invite = await createConnectionInvite(c);
    expect(await previewConnectionInvite(invite.token)).toEqual({ status: "open", counselorName: "Casey Counselor", organization: "Riverside Clinic" });

    await expect(acceptConnectionInvite(members[0]!, invite.token, familyId, "plan")).rejects.toBeInstanceOf(ForbiddenError);
    await expect(requireCounselorGrant(c, familyId, "plan")).rejects.toBeInstanceOf(NotFoundError);

    await acceptConnectionInvite(owner, invite.token, familyId, "none");
    await expect(requireCounselorGrant(c, familyId, "plan")).rejects.toBeInstanceOf(NotFoundError);
    await expect(acceptConnectionInvite(owner, invite.token, familyId, "plan")).rejects.toBeInstanceOf(RuleError);

    await expect(setConnectionLevel(members[0]!, familyId, c.userId, "plan_summary")).rejects.toBeInstanceOf(ForbiddenError);
    await setConnectionLevel(owner, familyId, c.userId, "plan");
    expect((await requireCounselorGrant(c, familyId, "plan")).level).toBe("plan");
    await expect(requireCounselorGrant(c, familyId, "summary")).rejects.toBeInstanceOf(NotFoundError);
    await setConnectionLevel(owner, familyId, c.userId, "plan_summary");
    expect((await requireCounselorGrant(c, familyId, "summary")).level).toBe("plan_summary");
    expect(await listFamilyConnections(members[0]!, familyId)).toEqual([expect.objectContaining({ counselorId: c.userId, level: "plan_summary" })]);

    await revokeConnection(owner, familyId, c.userId);
    await expect(requireCounselorGrant(c, familyId, "plan")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("expires after 7 days", async () => {
    const c = await counselor();
    const { familyId, owner } = await createFamilyWith();
    const now = new Date("2026-11-01T00:00:00Z");
    const invite = await createConnectionInvite(c, now);
    expect((await previewConnectionInvite(invite.token, new Date(now.getTime() + 7 * DAY))).status).toBe("invalid");
    await expect(acceptConnectionInvite(owner, invite.token, familyId, "plan", new Date(now.getTime() + 7 * DAY))).rejects.toBeInstanceOf(RuleError);
  });

  it("another family's owner, non-counselors and the signed-out get nothing", async () => {
    const c = await counselor();
    const { familyId, owner } = await createFamilyWith();
    const other = await createFamilyWith();
    await acceptConnectionInvite(owner, (await createConnectionInvite(c)).token, familyId, "plan_summary");
    for (const actor of [other.owner, null, { userId: "" }]) {
      await expect(listFamilyConnections(actor as never, familyId)).rejects.toBeInstanceOf(NotFoundError);
      await expect(listAccessLog(actor as never, familyId)).rejects.toBeInstanceOf(NotFoundError);
      await expect(setConnectionLevel(actor as never, familyId, c.userId, "none")).rejects.toBeInstanceOf(NotFoundError);
      await expect(revokeConnection(actor as never, familyId, c.userId)).rejects.toBeInstanceOf(NotFoundError);
      await expect(requireCounselorGrant(actor as never, familyId, "plan")).rejects.toBeInstanceOf(NotFoundError);
    }
    // a counselor connected to a different family gets nothing from this one
    const c2 = await counselor("Other Counselor");
    await acceptConnectionInvite(other.owner, (await createConnectionInvite(c2)).token, other.familyId, "plan_summary");
    await expect(requireCounselorGrant(c2, familyId, "plan")).rejects.toBeInstanceOf(NotFoundError);
  });
});
