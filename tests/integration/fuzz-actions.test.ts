import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isRedirectError } from "next/dist/client/components/redirect-error";
import { isHTTPAccessFallbackError } from "next/dist/client/components/http-access-fallback/http-access-fallback";
import { asRequest } from "../support/next-request";
import { fingerprint, fingerprintOf, world, type World } from "../support/world";

/**
 * Every server action, called in-process the way Next.js calls it (bound arguments, previous
 * state, form), with fast-check's generated inputs: oversized and unicode text, null bytes,
 * prototype keys, duplicate fields, files, dates far out, wrong types, tampered bound arguments,
 * and the other family's ids in every id field. Properties:
 * - nothing but a redirect or a 404 is ever thrown (a throw is what Next.js answers with a 500);
 * - after a refusal the database is unchanged;
 * - family B, to which the actor (family A's owner) has no right, is never changed.
 * Runs: FUZZ_RUNS per action (120 on SQLite, 50 on PostgreSQL by default: the short version, for `npm test`'s time on two cores (issue 16); `npm run fuzz` runs 5,000 on both).
 */
process.env.AUTH_RATE_LIMIT = "off"; // limits have their own tests; here every input reaches the action

const kind = (process.env.DATABASE_URL ?? "").startsWith("postgres") ? "postgres" : "sqlite";
const RUNS = Number(process.env.FUZZ_RUNS ?? (kind === "sqlite" ? 120 : 50));

const modules = {
  auth: () => import("@/app/(app)/(auth)/actions"),
  account: () => import("@/app/(app)/account/actions"),
  counselor: () => import("@/app/(app)/counselor/actions"),
  family: () => import("@/app/(app)/family/actions"),
  checkIns: () => import("@/app/(app)/family/[familyId]/check-ins/actions"),
  counselors: () => import("@/app/(app)/family/[familyId]/counselors/actions"),
  members: () => import("@/app/(app)/family/[familyId]/members/actions"),
  plan: () => import("@/app/(app)/family/[familyId]/plan/actions"),
  settings: () => import("@/app/(app)/family/[familyId]/settings/actions"),
  connect: () => import("@/app/(app)/connect/[token]/actions"),
  invite: () => import("@/app/(app)/invite/[token]/actions"),
  notifications: () => import("@/app/(app)/family/[familyId]/notifications/actions"),
};

function actionFiles(dir = "app"): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return actionFiles(path);
    return entry === "actions.ts" ? [path] : [];
  });
}

type Action = (...args: unknown[]) => Promise<unknown>;

let w: World;
const totals = { inputs: 0, fiveHundreds: 0, refusals: 0, leaks: 0 };

beforeAll(async () => {
  w = await world();
});

afterAll(() => {
  console.log(`[${kind}] fuzzed server actions: ${totals.inputs} inputs, ${totals.refusals} refused, ${totals.fiveHundreds} would be 5xx, ${totals.leaks} changes to another family`);
});

/** Values an attacker would try in any field: the other family's ids, junk, and everything odd. */
function values(world: World) {
  const ids = [
    world.familyA.id, world.familyB.id, world.sharedA.id, world.privateA.id, world.sharedB.id, world.privateB.id,
    world.ownerA.userId, world.memberA.userId, world.removedA.userId, world.ownerB.userId, world.memberB.userId, world.counselor.userId,
    world.inviteB.id, world.inviteB.token, world.inviteA.token, world.connectA.id, world.listA.id,
  ];
  const text = fc.oneof(
    fc.constantFrom(...ids),
    fc.constantFrom("", " ", "x", "null", "undefined", "[]", "{}", "__proto__", "constructor", "on", "yes", "family", "private", "plan", "none", "plan_summary", "30", "3", "0", "-1", "1e309", "NaN"),
    fc.constantFrom("2026-02-30", "9999-12-31", "0000-01-01", "1900-01-01", "+275760-09-13", "2026-11-01T00:00:00Z", "emotional.isolating", "triggers"),
    fc.string({ maxLength: 40 }),
    fc.string({ unit: "grapheme", maxLength: 40 }),
    fc.string({ unit: "binary", maxLength: 40 }),
    fc.constantFrom("a".repeat(50_000), "é".repeat(5_000), "\u0000".repeat(100), "\u202e evil", "<script>alert(1)</script>", "' OR 1=1 --", "$ACTION_1:0", "a@b.co", "ana@example.test"),
    fc.emailAddress(),
  );
  const names = fc.constantFrom(
    "familyId", "checkInId", "inviteId", "memberUserId", "newOwner", "counselorId", "level", "listId", "inviteId", "sessionId", "token",
    "confirmName", "name", "email", "password", "currentPassword", "newPassword", "confirm", "date", "signs", "triggers", "otherSigns", "note",
    "worry", "wellbeing", "visibility", "useSuspected", "expectedVersion", "version", "pages", "days", "label", "organization", "lovedOneName",
    "__proto__", "constructor", "prototype", "$ACTION_1:0", "next", "people.1.phone", "relapseSteps.3",
  );
  const field = fc.tuple(names, fc.oneof({ weight: 9, arbitrary: text }, { weight: 1, arbitrary: fc.constant(new Blob(["file"])) }));
  const form = fc.array(field, { maxLength: 12 }).map((fields) => {
    const data = new FormData();
    for (const [name, value] of fields) data.append(name, value as string | Blob);
    return data;
  });
  const bound = fc.oneof(
    fc.array(text, { maxLength: 3 }),
    fc.constantFrom<unknown[]>([null, null, null], ["x"], [[[[[[]]]]]], [{}], [1, 2], [undefined], [world.familyB.id, world.sharedB.id], [world.familyA.id, world.sharedB.id]),
    fc.array(fc.anything({ maxDepth: 3 }), { maxLength: 3 }),
  );
  return { form, bound, state: fc.oneof(fc.constant({ status: "idle" }), fc.anything({ maxDepth: 2 })) };
}

/** How Next.js would answer: a thrown redirect/notFound is fine; any other throw is a 500. */
async function call(action: Action, args: unknown[]) {
  try {
    return { result: (await action(...args)) as { status?: string } | undefined };
  } catch (error) {
    if (isRedirectError(error) || isHTTPAccessFallbackError(error)) return { result: undefined };
    return { thrown: error };
  }
}

describe(`server actions never answer 500 and never change what a refusal must not (${kind})`, () => {
  it("every actions.ts file is fuzzed here", () => {
    expect(actionFiles().sort()).toEqual([
      "app/(app)/(auth)/actions.ts", "app/(app)/account/actions.ts", "app/(app)/connect/[token]/actions.ts", "app/(app)/counselor/actions.ts", "app/(app)/family/[familyId]/check-ins/actions.ts",
      "app/(app)/family/[familyId]/counselors/actions.ts", "app/(app)/family/[familyId]/members/actions.ts", "app/(app)/family/[familyId]/plan/actions.ts",
      "app/(app)/family/[familyId]/settings/actions.ts", "app/(app)/family/actions.ts", "app/(app)/invite/[token]/actions.ts", "app/(app)/family/[familyId]/notifications/actions.ts",
    ].sort());
  });

  for (const [file, load] of Object.entries(modules)) {
    it(`${file}: ${RUNS} generated inputs per action`, async () => {
      const actions = Object.entries(await load()) as [string, Action][];
      expect(actions.length).toBeGreaterThan(0);
      const { form, bound, state } = values(w);
      const outsideB = () => fingerprintOf(w.familyB.id, [w.ownerB.userId, w.memberB.userId, w.counselor.userId]);
      for (const [name, action] of actions) {
        expect(typeof action, name).toBe("function");
        const b0 = await outsideB();
        let current = await fingerprint();
        await fc.assert(
          fc.asyncProperty(bound, state, form, fc.boolean(), fc.nat(9), async (boundArgs, previous, data, signedIn, shape) => {
            asRequest({ ...(signedIn ? { cookie: w.ownerA.cookie } : {}), "x-steady-client": "127.0.0.1", origin: "http://localhost:3000" });
            // Mostly as Next.js calls it; sometimes the body is not a form at all, or arguments are missing.
            const args = shape === 0 ? [...boundArgs, previous, "not a form"] : shape === 1 ? [data] : [...boundArgs, previous, data];
            const { result, thrown } = await call(action, args);
            totals.inputs++;
            if (thrown) {
              totals.fiveHundreds++;
              throw new Error(`${file}.${name} threw ${String((thrown as Error)?.stack ?? thrown).slice(0, 400)}`);
            }
            const after = await fingerprint();
            if (result?.status === "error") {
              totals.refusals++;
              expect(after, `${file}.${name} changed the database while refusing`).toBe(current);
            }
            current = after;
          }),
          { numRuns: RUNS, endOnFailure: true },
        );
        const b1 = await outsideB();
        if (b1 !== b0) totals.leaks++;
        expect(b1, `${file}.${name} changed family B`).toBe(b0);
      }
    }, 600_000);
  }
});
