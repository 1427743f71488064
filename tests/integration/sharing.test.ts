import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { becomeCounselor } from "@/lib/counselor/profile";
import { createReadingList, openReadingList, readingListStatus, revokeReadingList } from "@/lib/counselor/reading-lists";
import { acceptConnectionInvite, createConnectionInvite, revokeConnection } from "@/lib/counselor/connections";
import { endedConnection, listEndedConnections } from "@/lib/counselor/views";
import { deleteFamily } from "@/lib/family/families";
import { deletedFamilyFor, TOMBSTONE_DAYS } from "@/lib/family/tombstones";
import { unconfirmed } from "@/lib/sharing/confirm";
import { createFamilyWith, createUser } from "../support/fixtures";

const DAY = 24 * 60 * 60 * 1000;

async function counselor(name = "Casey Counselor") {
  const user = await createUser(name);
  await becomeCounselor(user, {});
  return user;
}

describe("shared list status for the proxy", () => {
  it("reads without counting; ended, expired and unknown are all 'gone'", async () => {
    const c = await counselor();
    const list = await createReadingList(c, { pages: ["triggers"], note: "", days: 7 });
    expect(await readingListStatus(list.token)).toBe("active");
    expect(await readingListStatus(list.token)).toBe("active");
    expect((await db.readingList.findUniqueOrThrow({ where: { id: list.id } })).openCount).toBe(0);
    expect(await readingListStatus(list.token, new Date(Date.now() + 8 * DAY))).toBe("gone");
    expect(await readingListStatus("a".repeat(43))).toBe("gone");
    expect(await readingListStatus("short")).toBe("gone");
    await openReadingList(list.token, new Date(), { count: false });
    expect((await db.readingList.findUniqueOrThrow({ where: { id: list.id } })).openCount).toBe(0);
    await revokeReadingList(c, list.id);
    expect(await readingListStatus(list.token)).toBe("gone");
  });
});

describe("ended connections", () => {
  it("tell the counselor the name they had, and go away when the two connect again", async () => {
    const c = await counselor();
    const { familyId, owner } = await createFamilyWith(0, "The Ended family");
    await acceptConnectionInvite(owner, (await createConnectionInvite(c)).token, familyId, "plan");
    expect(await endedConnection(c, familyId)).toBeNull();
    await revokeConnection(owner, familyId, c.userId);
    expect(await endedConnection(c, familyId)).toMatchObject({ familyName: "The Ended family" });
    expect((await listEndedConnections(c)).map((e) => e.familyName)).toEqual(["The Ended family"]);
    // Another counselor learns nothing.
    expect(await endedConnection(await counselor("Other"), familyId)).toBeNull();
    await acceptConnectionInvite(owner, (await createConnectionInvite(c)).token, familyId, "none");
    expect(await endedConnection(c, familyId)).toBeNull();
  });
});

describe("deleted family tombstone", () => {
  it("keeps no name, tells only former members and connected counselors, and lapses after 90 days", async () => {
    const c = await counselor();
    const { familyId, owner, members } = await createFamilyWith(2, "The Secret-Name family");
    await acceptConnectionInvite(owner, (await createConnectionInvite(c)).token, familyId, "none");
    const stranger = await createUser("Stranger");
    const summary = await deleteFamily(owner, familyId, "The Secret-Name family");
    expect(summary).toMatchObject({ name: "The Secret-Name family", members: 3, counselors: 1, checkIns: 0 });

    const row = await db.familyTombstone.findUniqueOrThrow({ where: { familyId } });
    expect(JSON.stringify(row)).not.toContain("Secret-Name");
    for (const id of [owner.userId, ...members.map((m) => m.userId), c.userId]) expect(JSON.stringify(row)).not.toContain(id);
    expect(row.viewerKeys.split(" ")).toHaveLength(4);

    for (const person of [owner, ...members, c]) expect(await deletedFamilyFor(person, familyId)).not.toBeNull();
    expect(await deletedFamilyFor(stranger, familyId)).toBeNull();
    expect(await deletedFamilyFor(members[0]!, "another-id")).toBeNull();
    expect(await deletedFamilyFor(members[0]!, familyId, new Date(Date.now() + (TOMBSTONE_DAYS + 1) * DAY))).toBeNull();
  });
});

describe("confirmation step", () => {
  it("refuses without confirm=yes and keeps the other fields", () => {
    const form = new FormData();
    form.set("listId", "abc");
    expect(unconfirmed(form)).toMatchObject({ status: "error", fieldErrors: { confirm: [expect.any(String)] }, values: { listId: "abc" } });
    form.set("confirm", "yes");
    expect(unconfirmed(form)).toBeNull();
  });
});
