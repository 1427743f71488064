import "server-only";
import { db } from "../../db";
import { isUniqueViolation, NotFoundError, RuleError } from "../../errors";
import { msg } from "../../i18n/keys";
import { requireMember, type Actor } from "../access";
import { naloxoneStatus, type NaloxoneStatus } from "./naloxone";
import type { PlanSection } from "./parts";
import { emptyPlan, planContent, readPlanContent, type PlanContent, type PlanInput } from "./schema";

/**
 * Reading and saving the family's living safety plan: one current plan per family (SafetyPlan)
 * and its last PLAN_VERSIONS_KEPT versions (SafetyPlanVersion). Every read and write passes
 * requireMember first.
 */

export const PLAN_VERSIONS_KEPT = 20;

export const STALE_PLAN_MESSAGE = msg("PlanForm.errors.stalePlan");

/** The plan changed since the person started editing it (see savePlan). */
export class StalePlanError extends RuleError {
  constructor() {
    super(STALE_PLAN_MESSAGE);
    this.name = "StalePlanError";
  }
}

export type PlanRecord = {
  content: PlanContent;
  /** 0 while the family has not saved a plan yet. */
  version: number;
  updatedAt: Date | null;
  /** The name of whoever saved the current version, as it was then. */
  updatedBy: string | null;
  naloxone: NaloxoneStatus;
};

/** The family's current plan, or an empty plan (version 0) if nobody has saved one yet. */
export async function getPlan(actor: Actor | null | undefined, familyId: string, options: { today?: Date | string } = {}): Promise<PlanRecord> {
  const access = await requireMember(actor, familyId);
  const plan = await db.safetyPlan.findUnique({
    where: { familyId: access.familyId },
    select: { version: true, content: true, updatedAt: true },
  });
  if (!plan) return { content: emptyPlan(), version: 0, updatedAt: null, updatedBy: null, naloxone: { state: "unknown" } };
  const saved = await db.safetyPlanVersion.findUnique({
    where: { familyId_version: { familyId: access.familyId, version: plan.version } },
    select: { editedBy: true },
  });
  const content = readPlanContent(plan.content);
  return {
    content,
    version: plan.version,
    updatedAt: plan.updatedAt,
    updatedBy: saved?.editedBy ?? null,
    naloxone: naloxoneStatus(content.emergency.naloxoneExpiry, options.today),
  };
}

/**
 * Saves a new version of the plan. Any member can edit. `expectedVersion` is the version the
 * person started editing from (0 for a first plan). If someone saved in between, this throws
 * StalePlanError (a RuleError: "Someone else saved the plan while you were editing…", PlanForm.errors.stalePlan) and writes
 * nothing, so nobody overwrites another member's edits without knowing. Invalid content throws a
 * ZodError and writes nothing.
 *
 * In one transaction: the plan row gets the new content and version, a version row is added
 * (with the editor's name as it is now), and versions older than the last 20 are deleted.
 */
export async function savePlan(
  actor: Actor | null | undefined,
  familyId: string,
  content: PlanInput,
  expectedVersion: number,
): Promise<{ version: number; updatedAt: Date }> {
  const access = await requireMember(actor, familyId);
  const data = planContent.parse(content);
  if (!Number.isInteger(expectedVersion) || expectedVersion < 0) throw new StalePlanError();
  const json = JSON.stringify(data);
  const version = expectedVersion + 1;
  const now = new Date();
  try {
    await db.$transaction(async (tx) => {
      if (expectedVersion === 0) {
        // Creating: the unique familyId refuses a second "first" plan made at the same moment.
        const existing = await tx.safetyPlan.findUnique({ where: { familyId: access.familyId }, select: { id: true } });
        if (existing) throw new StalePlanError();
        await tx.safetyPlan.create({
          data: { familyId: access.familyId, version, content: json, updatedById: access.userId, updatedAt: now },
        });
      } else {
        // Compare-and-set: only the version the editor started from may be replaced.
        const { count } = await tx.safetyPlan.updateMany({
          where: { familyId: access.familyId, version: expectedVersion },
          data: { version, content: json, updatedById: access.userId, updatedAt: now },
        });
        if (count !== 1) throw new StalePlanError();
      }
      const editor = await tx.user.findUnique({ where: { id: access.userId }, select: { name: true } });
      await tx.safetyPlanVersion.create({
        data: {
          familyId: access.familyId,
          version,
          content: json,
          editedById: access.userId,
          editedBy: editor?.name ?? "A family member",
          createdAt: now,
        },
      });
      await tx.safetyPlanVersion.deleteMany({
        where: { familyId: access.familyId, version: { lte: version - PLAN_VERSIONS_KEPT } },
      });
    });
  } catch (error) {
    // Two saves from the same version at the same moment: the (familyId, version) key stops one.
    if (isUniqueViolation(error)) throw new StalePlanError();
    throw error;
  }
  return { version, updatedAt: now };
}

/**
 * Saves one part of the plan as a new version, keeping the rest as it is now. If someone saved
 * since the editor opened the part, that is fine when they changed other parts; if they changed
 * this part, StalePlanError, and nothing is written (nobody overwrites a change they did not see).
 */
export async function savePlanPart(
  actor: Actor | null | undefined,
  familyId: string,
  section: PlanSection,
  value: unknown,
  expectedVersion: number,
): Promise<{ version: number; updatedAt: Date }> {
  const current = await getPlan(actor, familyId);
  if (!Number.isInteger(expectedVersion) || expectedVersion < 0 || expectedVersion > current.version) throw new StalePlanError();
  if (current.version !== expectedVersion) {
    const base =
      expectedVersion === 0 ? emptyPlan() : await getPlanVersion(actor, familyId, expectedVersion).then((v) => v.content, () => null);
    // The version they started from is no longer kept: we cannot tell, so we do not guess.
    if (!base || JSON.stringify(base[section]) !== JSON.stringify(current.content[section])) throw new StalePlanError();
  }
  const merged = { ...current.content, [section]: planContent.shape[section].parse(value) };
  return savePlan(actor, familyId, merged, current.version);
}

export type PlanVersionSummary = { version: number; editedBy: string; createdAt: Date };

/** The saved versions (the last 20), newest first. */
export async function listPlanVersions(actor: Actor | null | undefined, familyId: string): Promise<PlanVersionSummary[]> {
  const access = await requireMember(actor, familyId);
  return db.safetyPlanVersion.findMany({
    where: { familyId: access.familyId },
    orderBy: { version: "desc" },
    take: PLAN_VERSIONS_KEPT,
    select: { version: true, editedBy: true, createdAt: true },
  });
}

export type PlanVersion = PlanVersionSummary & { content: PlanContent; naloxone: NaloxoneStatus };

/** One saved version of this family's plan, or NotFoundError. */
export async function getPlanVersion(
  actor: Actor | null | undefined,
  familyId: string,
  version: number,
  options: { today?: Date | string } = {},
): Promise<PlanVersion> {
  const access = await requireMember(actor, familyId);
  if (!Number.isSafeInteger(version) || version < 1) throw new NotFoundError();
  const row = await db.safetyPlanVersion.findUnique({
    where: { familyId_version: { familyId: access.familyId, version } },
    select: { version: true, editedBy: true, createdAt: true, content: true },
  });
  if (!row) throw new NotFoundError();
  const content = readPlanContent(row.content);
  return { ...row, content, naloxone: naloxoneStatus(content.emergency.naloxoneExpiry, options.today) };
}
