import { describe, expect, it, vi } from "vitest";

// Before the imports below read the environment: these tests sign up many people, and the limits
// have tests of their own (tests/integration/limits.test.ts, tests/e2e/rate-limits.spec.ts).
vi.hoisted(() => {
  process.env.AUTH_RATE_LIMIT = "off";
});
import { auth } from "@/lib/auth/auth";
import { db } from "@/lib/db";
import { createRecoveryCode, normalizeRecoveryCode, recoverInput, recoveryCodeMadeAt, resetWithRecoveryCode, WRONG_CODE } from "@/lib/account/recovery";
import { createResetLink, LINK_NOT_WORKING, listResetLinks, previewResetLink, resetsOfMyPassword, resetWithLink, revokeResetLink } from "@/lib/account/reset-links";
import { removeMember } from "@/lib/family/members";
import { deleteFamily } from "@/lib/family/families";
import { NotFoundError, RuleError } from "@/lib/errors";
import { person, PASSWORD } from "../support/world";
import { translator } from "@/lib/i18n/text";

const NEW_PASSWORD = "velvet orchard compass 58";
const DAY = 24 * 60 * 60 * 1000;

async function canSignIn(email: string, password: string) {
  try {
    await auth.api.signInEmail({ body: { email, password } });
    return true;
  } catch {
    return false;
  }
}

const sessionsOf = (userId: string) => db.session.count({ where: { userId } });

/** A family with an owner and one member, both real better-auth accounts with a session each. */
async function family() {
  const owner = await person("Owner");
  const member = await person("Member");
  const created = await db.family.create({ data: { name: "The Reset family", memberships: { create: [{ userId: owner.userId, role: "owner" }, { userId: member.userId, role: "member" }] } } });
  return { owner, member, familyId: created.id };
}

describe("recovery codes", () => {
  it("are shown once, stored only as a hash, and a new one replaces the old", async () => {
    const me = await person("Coder");
    expect(await recoveryCodeMadeAt(me)).toBeNull();
    const first = await createRecoveryCode(me);
    expect(first).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$/);
    const row = await db.recoveryCode.findUniqueOrThrow({ where: { userId: me.userId } });
    expect(row.codeHash).not.toContain(normalizeRecoveryCode(first));
    expect(row.codeHash).toMatch(/^[0-9a-f]{64}$/);
    const second = await createRecoveryCode(me);
    expect(second).not.toBe(first);
    const old = recoverInput.parse({ email: me.email, code: first, newPassword: NEW_PASSWORD });
    await expect(resetWithRecoveryCode(old)).rejects.toThrow(WRONG_CODE);
    expect(await canSignIn(me.email, PASSWORD)).toBe(true);
  });

  it("reset the password, end every session, and are spent", async () => {
    const me = await person("Forgetful");
    const code = await createRecoveryCode(me);
    expect(await sessionsOf(me.userId)).toBeGreaterThan(0);
    // Typed by hand: lower case, spaces, an O for a zero.
    const typed = code.toLowerCase().replaceAll("-", " ").replaceAll("0", "o");
    await resetWithRecoveryCode(recoverInput.parse({ email: me.email.toUpperCase(), code: typed, newPassword: NEW_PASSWORD }));
    expect(await sessionsOf(me.userId)).toBe(0);
    expect(await canSignIn(me.email, PASSWORD)).toBe(false);
    expect(await canSignIn(me.email, NEW_PASSWORD)).toBe(true);
    expect(await recoveryCodeMadeAt(me)).toBeNull();
    await expect(resetWithRecoveryCode(recoverInput.parse({ email: me.email, code, newPassword: "another harbor lantern 7" }))).rejects.toThrow(WRONG_CODE);
  });

  it("answer the same for an unknown email, an account without a code, and a wrong code", async () => {
    const me = await person("Private");
    const withCode = await person("HasCode");
    const code = await createRecoveryCode(withCode);
    const tries = [
      { email: "nobody-here@example.test", code },
      { email: me.email, code },
      { email: withCode.email, code: "ABCD-EFGH-JKMN-PQRS-TVWX" },
    ];
    for (const attempt of tries) {
      const error = await resetWithRecoveryCode(recoverInput.parse({ ...attempt, newPassword: NEW_PASSWORD })).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RuleError);
      expect((error as RuleError).message).toBe(WRONG_CODE);
      expect((error as RuleError).field).toBe("code");
    }
    expect(await canSignIn(withCode.email, PASSWORD)).toBe(true);
  });

  it("only one of two tabs using the same code at once succeeds", async () => {
    const me = await person("Twice");
    const code = await createRecoveryCode(me);
    const results = await Promise.allSettled(
      ["first tab harbor lantern 11", "second tab harbor lantern 22"].map((newPassword) => resetWithRecoveryCode(recoverInput.parse({ email: me.email, code, newPassword }))),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
  });

  it("refuse malformed codes and weak passwords at the schema, before any lookup", () => {
    expect(recoverInput.safeParse({ email: "a@example.test", code: "short", newPassword: NEW_PASSWORD }).success).toBe(false);
    expect(recoverInput.safeParse({ email: "a@example.test", code: "x".repeat(5000), newPassword: NEW_PASSWORD }).success).toBe(false);
    expect(recoverInput.safeParse({ email: "a@example.test", code: "ABCD-EFGH-JKMN-PQRS-TVWX", newPassword: "password" }).success).toBe(false);
  });
});

describe("reset links from the family's owner", () => {
  it("let a member choose a new password once, end their sessions, and are logged for both", async () => {
    const { owner, member, familyId } = await family();
    const link = await createResetLink(owner, familyId, member.userId);
    expect(link.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await previewResetLink(link.token)).toEqual({ status: "open", name: "Member" });
    expect(await db.passwordResetLink.count({ where: { tokenHash: link.token } })).toBe(0);

    await resetWithLink(link.token, NEW_PASSWORD);
    expect(await sessionsOf(member.userId)).toBe(0);
    expect(await sessionsOf(owner.userId)).toBeGreaterThan(0);
    expect(await canSignIn(member.email, NEW_PASSWORD)).toBe(true);
    await expect(resetWithLink(link.token, "another harbor lantern 7")).rejects.toThrow(LINK_NOT_WORKING);
    expect((await previewResetLink(link.token)).status).toBe("used");

    const log = await listResetLinks(owner, familyId);
    expect(log).toEqual([expect.objectContaining({ memberName: "Member", status: "used" })]);
    expect(await resetsOfMyPassword(member)).toEqual([expect.objectContaining({ createdBy: { name: "Owner" }, family: { name: "The Reset family" } })]);
  });

  it("expire after 24 hours, and stop when revoked, when the person leaves, or when the family is deleted", async () => {
    const { owner, member, familyId } = await family();
    const old = await createResetLink(owner, familyId, member.userId, new Date(Date.now() - DAY - 1000));
    expect((await previewResetLink(old.token)).status).toBe("expired");
    await expect(resetWithLink(old.token, NEW_PASSWORD)).rejects.toThrow(LINK_NOT_WORKING);

    const revoked = await createResetLink(owner, familyId, member.userId);
    await revokeResetLink(owner, familyId, revoked.id);
    await expect(resetWithLink(revoked.token, NEW_PASSWORD)).rejects.toThrow(LINK_NOT_WORKING);
    await expect(revokeResetLink(owner, familyId, revoked.id)).rejects.toBeInstanceOf(NotFoundError);

    const beforeRemoval = await createResetLink(owner, familyId, member.userId);
    await removeMember(owner, familyId, member.userId);
    expect((await previewResetLink(beforeRemoval.token)).status).toBe("unknown");
    await expect(resetWithLink(beforeRemoval.token, NEW_PASSWORD)).rejects.toThrow(LINK_NOT_WORKING);
    expect(await canSignIn(member.email, PASSWORD)).toBe(true);

    const second = await family();
    const beforeDelete = await createResetLink(second.owner, second.familyId, second.member.userId);
    await deleteFamily(second.owner, second.familyId, "The Reset family");
    await expect(resetWithLink(beforeDelete.token, NEW_PASSWORD)).rejects.toThrow(LINK_NOT_WORKING);
  });

  it("only the owner gives them, only to a member of that family, never to themselves", async () => {
    const { owner, member, familyId } = await family();
    const other = await family();
    const stranger = await person("Stranger");
    await expect(createResetLink(member, familyId, owner.userId)).rejects.toThrow();
    await expect(createResetLink(owner, familyId, stranger.userId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(createResetLink(owner, familyId, other.member.userId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(createResetLink(other.owner, familyId, member.userId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(createResetLink(owner, familyId, owner.userId)).rejects.toBeInstanceOf(RuleError);
    await expect(createResetLink({ userId: "" }, familyId, member.userId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listResetLinks(member, familyId)).rejects.toThrow();
    await expect(listResetLinks(stranger, familyId)).rejects.toBeInstanceOf(NotFoundError);
    const link = await createResetLink(owner, familyId, member.userId);
    await expect(revokeResetLink(other.owner, familyId, link.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(revokeResetLink(other.owner, other.familyId, link.id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await previewResetLink(link.token)).status).toBe("open");
  });

  it("are single use even when opened twice at once", async () => {
    const { owner, member, familyId } = await family();
    const link = await createResetLink(owner, familyId, member.userId);
    const results = await Promise.allSettled(["first tab harbor lantern 11", "second tab harbor lantern 22"].map((password) => resetWithLink(link.token, password)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
  });

  it("a malformed or unknown token finds nothing", async () => {
    for (const token of ["", "x", "a".repeat(43), null, 42, "../../etc/passwd"]) {
      expect((await previewResetLink(token)).status).toBe("unknown");
      await expect(resetWithLink(token, NEW_PASSWORD)).rejects.toThrow(LINK_NOT_WORKING);
    }
  });
});

describe("the recovery form's code field", () => {
  it("says one thing at a time", () => {
    const empty = recoverInput.safeParse({ email: "a@example.test", code: "", newPassword: NEW_PASSWORD });
    expect(empty.success ? [] : empty.error.issues.filter((i) => i.path[0] === "code").map((i) => i.message)).toEqual(["Recovery.errors.codeMissing"]);
    expect(translator("en")("Recovery.errors.codeMissing")).toBe("Enter your recovery code.");
  });
});
