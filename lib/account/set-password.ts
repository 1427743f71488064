import "server-only";
import { db } from "../db";
import { auth } from "../auth/auth";
import { RuleError } from "../errors";
import { msg } from "../i18n/keys";

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

/**
 * Sets a new password outside a signed-in session (a recovery code, or a reset link from the
 * family's owner), in one transaction with `spend` (which makes the code or link used, and throws
 * if someone used it first). Every session of the account ends: whoever was signed in elsewhere,
 * perhaps the person who took the phone, is signed out. The hash is better-auth's own (scrypt).
 */
export async function setNewPassword(userId: string, newPassword: string, spend: (tx: Tx) => Promise<void>): Promise<void> {
  const context = await auth.$context;
  const hash = await context.password.hash(newPassword);
  await db.$transaction(async (tx) => {
    await spend(tx);
    const updated = await tx.account.updateMany({ where: { userId, providerId: "credential" }, data: { password: hash } });
    if (updated.count !== 1) throw new RuleError(msg("Reset.errors.noPassword"));
    await tx.session.deleteMany({ where: { userId } });
  });
}
