import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createFamily, deleteFamily, getFamily, listFamilies } from "@/lib/family/families";
import {
  acceptInvite,
  createInvite,
  leaveFamily,
  listInvites,
  listMembers,
  previewInvite,
  removeMember,
  revokeInvite,
  transferOwnership,
} from "@/lib/family/members";
import { exportCheckInsCsv, exportFamilyJson } from "@/lib/family/export";
import { csvCell } from "@/lib/family/export-format";
import { deleteAccount } from "@/lib/account/delete-account";
import { ForbiddenError, NotFoundError, RuleError } from "@/lib/errors";
import { hashToken, TOKEN_BYTES } from "@/lib/sharing/tokens";
import { createFamilyWith, createUser, outsiders } from "../support/fixtures";

const DAY = 24 * 60 * 60 * 1000;

async function checkIn(familyId: string, authorId: string, shared: boolean, note: string) {
  return db.checkIn.create({
    data: {
      familyId, authorId, shared, note, date: new Date("2026-11-01T00:00:00Z"), worry: 3, wellbeing: 3,
      signs: { create: [{ familyId, authorId, shared, date: new Date("2026-11-01T00:00:00Z"), stageId: "emotional", signId: "emotional.isolating" }] },
    },
  });
}

describe("families", () => {
  it("the creator owns the new family and sees it listed", async () => {
    const user = await createUser();
    const family = await createFamily(user, { name: "  The Lees  ", lovedOneName: "" });
    expect(family.name).toBe("The Lees");
    expect(await listFamilies(user)).toEqual([expect.objectContaining({ id: family.id, role: "owner", lovedOneName: null })]);
    expect((await getFamily(user, family.id)).role).toBe("owner");
  });

  it("refuses a blank name", async () => {
    const user = await createUser();
    await expect(createFamily(user, { name: "   " })).rejects.toThrow();
  });

  it("outsiders get nothing", async () => {
    const { familyId } = await createFamilyWith(1);
    const { otherFamilyOwner, signedOut, emptyId } = await outsiders();
    for (const actor of [otherFamilyOwner, signedOut, emptyId]) {
      await expect(getFamily(actor as never, familyId)).rejects.toBeInstanceOf(NotFoundError);
      await expect(listMembers(actor as never, familyId)).rejects.toBeInstanceOf(NotFoundError);
      await expect(exportFamilyJson(actor as never, familyId)).rejects.toBeInstanceOf(NotFoundError);
      await expect(exportCheckInsCsv(actor as never, familyId)).rejects.toBeInstanceOf(NotFoundError);
      await expect(createInvite(actor as never, familyId)).rejects.toBeInstanceOf(NotFoundError);
      await expect(deleteFamily(actor as never, familyId, "The Test Family")).rejects.toBeInstanceOf(NotFoundError);
    }
    expect(await listFamilies(otherFamilyOwner)).toHaveLength(1);
    await expect(listFamilies({ userId: undefined as never })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("invitations", () => {
  it("are random, hashed, single-use and join the family", async () => {
    const { familyId, owner } = await createFamilyWith();
    const invite = await createInvite(owner, familyId);
    expect(Buffer.from(invite.token, "base64url")).toHaveLength(TOKEN_BYTES);
    const row = await db.familyInvite.findUniqueOrThrow({ where: { id: invite.id } });
    expect(row.tokenHash).toBe(hashToken(invite.token));
    expect(JSON.stringify(row)).not.toContain(invite.token);

    expect(await previewInvite(invite.token)).toEqual({ status: "open", familyName: "The Test Family" });
    expect(await db.familyInvite.findUniqueOrThrow({ where: { id: invite.id } })).toEqual(row); // opening changes nothing

    const joiner = await createUser("Joiner");
    expect(await acceptInvite(joiner, invite.token)).toEqual({ familyId, alreadyMember: false });
    expect((await getFamily(joiner, familyId)).role).toBe("member");

    const late = await createUser("Late");
    await expect(acceptInvite(late, invite.token)).rejects.toBeInstanceOf(RuleError);
    await expect(getFamily(late, familyId)).rejects.toBeInstanceOf(NotFoundError);
    expect(await previewInvite(invite.token)).toEqual({ status: "used" });
  });

  it("expire after 7 days (injected clock)", async () => {
    const { familyId, owner } = await createFamilyWith();
    const now = new Date("2026-11-01T12:00:00Z");
    const invite = await createInvite(owner, familyId, now);
    expect(invite.expiresAt.getTime() - now.getTime()).toBe(7 * DAY);
    const joiner = await createUser();
    const later = new Date(now.getTime() + 7 * DAY + 1000);
    expect(await previewInvite(invite.token, later)).toEqual({ status: "expired" });
    await expect(acceptInvite(joiner, invite.token, later)).rejects.toBeInstanceOf(RuleError);
    await expect(acceptInvite(joiner, invite.token, new Date(now.getTime() + 6 * DAY))).resolves.toMatchObject({ familyId });
  });

  it("can be revoked by the owner only", async () => {
    const { familyId, owner, members } = await createFamilyWith(1);
    const invite = await createInvite(owner, familyId);
    await expect(createInvite(members[0]!, familyId)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(revokeInvite(members[0]!, familyId, invite.id)).rejects.toBeInstanceOf(ForbiddenError);
    const { otherFamilyOwner, otherFamilyId } = await outsiders();
    await expect(revokeInvite(otherFamilyOwner, otherFamilyId, invite.id)).rejects.toBeInstanceOf(NotFoundError);
    await revokeInvite(owner, familyId, invite.id);
    expect((await listInvites(owner, familyId))[0]!.status).toBe("revoked");
    await expect(acceptInvite(await createUser(), invite.token)).rejects.toBeInstanceOf(RuleError);
  });

  it("garbage tokens find nothing", async () => {
    expect(await previewInvite("not-a-token")).toEqual({ status: "unknown" });
    expect(await previewInvite("A".repeat(43))).toEqual({ status: "unknown" });
    await expect(acceptInvite(await createUser(), "x")).rejects.toBeInstanceOf(RuleError);
  });
});

describe("members", () => {
  it("a removed member loses access at once and their private entries go", async () => {
    const { familyId, owner, members } = await createFamilyWith(1);
    const member = members[0]!;
    const privateEntry = await checkIn(familyId, member.userId, false, "private note");
    const sharedEntry = await checkIn(familyId, member.userId, true, "shared note");
    await expect(removeMember(member, familyId, owner.userId)).rejects.toBeInstanceOf(ForbiddenError);
    await removeMember(owner, familyId, member.userId);
    await expect(getFamily(member, familyId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(exportFamilyJson(member, familyId)).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.checkIn.findUnique({ where: { id: privateEntry.id } })).toBeNull();
    expect(await db.checkIn.findUnique({ where: { id: sharedEntry.id } })).not.toBeNull();
  });

  it("members can leave; the owner must hand over first", async () => {
    const { familyId, owner, members } = await createFamilyWith(1);
    await expect(leaveFamily(owner, familyId)).rejects.toBeInstanceOf(RuleError);
    await transferOwnership(owner, familyId, members[0]!.userId);
    expect((await getFamily(members[0]!, familyId)).role).toBe("owner");
    expect((await getFamily(owner, familyId)).role).toBe("member");
    await leaveFamily(owner, familyId);
    await expect(getFamily(owner, familyId)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("a missing id never widens a query: nobody is removed", async () => {
    const { familyId, owner, members } = await createFamilyWith(2);
    await expect(removeMember(owner, familyId, undefined as never)).rejects.toBeInstanceOf(NotFoundError);
    await expect(transferOwnership(owner, familyId, "" as never)).rejects.toBeInstanceOf(NotFoundError);
    await expect(revokeInvite(owner, familyId, undefined as never)).rejects.toBeInstanceOf(NotFoundError);
    expect(await listMembers(members[0]!, familyId)).toHaveLength(3);
  });

  it("joining twice at once makes one membership, not an error", async () => {
    const { familyId, owner } = await createFamilyWith();
    const joiner = await createUser();
    const [a, b] = [await createInvite(owner, familyId), await createInvite(owner, familyId)];
    const results = await Promise.all([acceptInvite(joiner, a.token), acceptInvite(joiner, b.token)]);
    expect(results.every((r) => r.familyId === familyId)).toBe(true);
    expect(await db.membership.count({ where: { familyId, userId: joiner.userId } })).toBe(1);
  });

  it("ownership goes only to a member of this family", async () => {
    const { familyId, owner } = await createFamilyWith();
    const { otherFamilyOwner } = await outsiders();
    await expect(transferOwnership(owner, familyId, otherFamilyOwner.userId)).rejects.toBeInstanceOf(RuleError);
    expect((await getFamily(owner, familyId)).role).toBe("owner");
  });
});

describe("owning the data", () => {
  it("export holds shared entries and the reader's own private ones, never another member's private ones", async () => {
    const { familyId, owner, members } = await createFamilyWith(1);
    await checkIn(familyId, owner.userId, true, "owner shared");
    await checkIn(familyId, owner.userId, false, "owner private MARKER-OWNER");
    await checkIn(familyId, members[0]!.userId, false, "member private MARKER-MEMBER");
    const forMember = JSON.stringify(await exportFamilyJson(members[0]!, familyId));
    expect(forMember).toContain("owner shared");
    expect(forMember).toContain("MARKER-MEMBER");
    expect(forMember).not.toContain("MARKER-OWNER");
    const csv = await exportCheckInsCsv(owner, familyId);
    expect(csv.split("\r\n")[0]).toMatch(/^"Date","Written by","Seen by"/);
    expect(csv).toContain("MARKER-OWNER");
    expect(csv).not.toContain("MARKER-MEMBER");
    // words from the catalogue, not its ids (issue 8, item 15)
    expect(csv).toContain("Pulling away from family and friends");
    expect(csv).not.toContain("emotional.isolating");
  });

  it("export shows only the reader's own well-being answers", async () => {
    const { familyId, owner, members } = await createFamilyWith(1);
    await db.checkIn.create({ data: { familyId, authorId: owner.userId, shared: true, date: new Date("2026-11-02T00:00:00Z"), worry: 2, wellbeing: 5 } });
    await db.checkIn.create({ data: { familyId, authorId: members[0]!.userId, shared: true, date: new Date("2026-11-01T00:00:00Z"), worry: 2, wellbeing: 1 } });
    const forMember = await exportFamilyJson(members[0]!, familyId);
    expect(forMember.checkIns.map((c) => [c.author, c.wellbeing])).toEqual([["Owner", null], ["Member 1", 1]]);
  });

  it("CSV cells are quoted and formulas defused", () => {
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("=HYPERLINK(1)")).toBe(`"'=HYPERLINK(1)"`);
    expect(csvCell(null)).toBe('""');
  });

  it("deleting the family needs its exact name and removes every row", async () => {
    const { familyId, owner, members } = await createFamilyWith(1);
    await checkIn(familyId, owner.userId, true, "a");
    await checkIn(familyId, members[0]!.userId, false, "b");
    await createInvite(owner, familyId);
    await db.safetyPlan.create({ data: { familyId, version: 1, content: "{}" } });
    await db.safetyPlanVersion.create({ data: { familyId, version: 1, content: "{}", editedBy: "Owner" } });
    await db.checkInTrigger.create({ data: { checkInId: (await db.checkIn.findFirstOrThrow({ where: { familyId } })).id, familyId, authorId: owner.userId, shared: true, date: new Date(), groupId: "social", triggerId: "social.old-friends" } });

    await expect(deleteFamily(members[0]!, familyId, "The Test Family")).rejects.toBeInstanceOf(ForbiddenError);
    await expect(deleteFamily(owner, familyId, "the test family")).rejects.toBeInstanceOf(RuleError);

    const count = async () => {
      const where = { familyId };
      const counts = await Promise.all([
        db.family.count({ where: { id: familyId } }),
        db.membership.count({ where }),
        db.familyInvite.count({ where }),
        db.checkIn.count({ where }),
        db.checkInSign.count({ where }),
        db.checkInTrigger.count({ where }),
        db.safetyPlan.count({ where }),
        db.safetyPlanVersion.count({ where }),
      ]);
      return counts;
    };
    expect((await count()).every((n) => n > 0)).toBe(true);
    await deleteFamily(owner, familyId, "The Test Family");
    expect(await count()).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    expect(await db.user.count({ where: { id: { in: [owner.userId, members[0]!.userId] } } })).toBe(2);
  });

  it("deleting an account removes its private entries and memberships, keeps shared entries unsigned", async () => {
    const { familyId, owner, members } = await createFamilyWith(1);
    const member = members[0]!;
    const privateEntry = await checkIn(familyId, member.userId, false, "private");
    const sharedEntry = await checkIn(familyId, member.userId, true, "shared");
    const solo = await createFamily(member, { name: "Only me" });

    await deleteAccount(member);
    expect(await db.user.findUnique({ where: { id: member.userId } })).toBeNull();
    expect(await db.membership.count({ where: { userId: member.userId } })).toBe(0);
    expect(await db.checkIn.findUnique({ where: { id: privateEntry.id } })).toBeNull();
    const kept = await db.checkIn.findUniqueOrThrow({ where: { id: sharedEntry.id }, include: { signs: true } });
    expect(kept.authorId).toBeNull();
    expect(kept.signs.every((s) => s.authorId === null)).toBe(true);
    expect(await db.family.findUnique({ where: { id: solo.id } })).toBeNull();
    expect((await getFamily(owner, familyId)).id).toBe(familyId);
  });

  it("an owner of a family with others must hand over before deleting their account", async () => {
    const { owner } = await createFamilyWith(1);
    await expect(deleteAccount(owner)).rejects.toBeInstanceOf(RuleError);
    expect(await db.user.findUnique({ where: { id: owner.userId } })).not.toBeNull();
  });
});
