import "server-only";
import { randomInt } from "node:crypto";
import type { z } from "zod";
import { db } from "../db";
import { assertUserId, type Actor } from "../family/access";
import { RuleError } from "../errors";
import { hashToken, sameHash } from "../sharing/tokens";
import { setNewPassword } from "./set-password";
import { formatRecoveryCode, RECOVERY_ALPHABET, RECOVERY_CODE_LENGTH, WRONG_CODE, type recoverInput } from "./recovery-inputs";

export { recoverInput, WRONG_CODE, normalizeRecoveryCode } from "./recovery-inputs";

/**
 * Recovery codes: the way back in without email (docs/decisions/023-account-recovery.md).
 *
 * A code is 20 characters of Crockford's base32 (100 bits from the OS CSPRNG), shown once in
 * groups of four. Only its SHA-256 hash is kept: the code is random, not chosen, so a fast hash
 * leaves nothing to guess. A new code replaces the old one; using a code spends it.
 */

function mintCode(): string {
  let code = "";
  for (let i = 0; i < RECOVERY_CODE_LENGTH; i++) code += RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)];
  return code;
}

/** Makes a new recovery code (the old one stops working) and returns it, the only time it is seen. */
export async function createRecoveryCode(actor: Actor): Promise<string> {
  assertUserId(actor.userId);
  const code = mintCode();
  const codeHash = hashToken(code);
  await db.recoveryCode.upsert({
    where: { userId: actor.userId },
    create: { userId: actor.userId, codeHash },
    update: { codeHash, createdAt: new Date() },
  });
  return formatRecoveryCode(code);
}

export async function recoveryCodeMadeAt(actor: Actor): Promise<Date | null> {
  assertUserId(actor.userId);
  const row = await db.recoveryCode.findUnique({ where: { userId: actor.userId }, select: { createdAt: true } });
  return row?.createdAt ?? null;
}


/**
 * Resets the password with the recovery code: the same answer whether the email has no account,
 * no code, or another code, so the form never tells anyone who has an account. On success the
 * code is spent and every session of the account ends (whoever else was signed in is signed out).
 */
export async function resetWithRecoveryCode(input: z.infer<typeof recoverInput>): Promise<void> {
  const user = await db.user.findUnique({ where: { email: input.email }, select: { id: true, recoveryCode: { select: { codeHash: true } } } });
  // Hash even when there is no code to compare with, so a missing account takes as long.
  const typedHash = hashToken(input.code);
  const stored = user?.recoveryCode?.codeHash ?? hashToken("no code");
  if (!user?.recoveryCode || !sameHash(typedHash, stored)) throw new RuleError(WRONG_CODE, "code");
  await setNewPassword(user.id, input.newPassword, async (tx) => {
    // Spent: only this code, so two tabs cannot both use it.
    const spent = await tx.recoveryCode.deleteMany({ where: { userId: user.id, codeHash: stored } });
    if (spent.count !== 1) throw new RuleError(WRONG_CODE, "code");
  });
}
