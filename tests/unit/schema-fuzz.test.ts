import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { changePasswordInput, deleteAccountInput, signInInput, signUpInput } from "@/lib/auth/schemas";
import { nameProblem } from "@/lib/auth/names";
import { checkInInput } from "@/lib/family/checkins";
import { familyInput } from "@/lib/family/families";
import { parsePlanForm } from "@/lib/family/plan";
import { counselorProfileInput } from "@/lib/counselor/profile";
import { readingListInput } from "@/lib/counselor/reading-lists";
import { recoverInput, resetWithLinkInput } from "@/lib/account/recovery-inputs";
import { parseEnv } from "@/lib/env";
import { formValues, parseForm } from "@/lib/forms/form-state";
import { isId } from "@/lib/family/access";
import { replyProblem } from "@/lib/security/policy";

/**
 * Every input schema, with fast-check's generated inputs (1,000+ each; FUZZ_RUNS for more): oversized
 * and unicode text, null bytes, prototype keys, duplicate fields, wrong types, dates far out. None may
 * throw (a throw in a server action is a 500); a refusal names fields; nothing is polluted.
 */
const RUNS = Math.max(1000, Number(process.env.FUZZ_RUNS ?? 1000));
let tried = 0;

const odd = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ unit: "grapheme", maxLength: 60 }),
  fc.string({ unit: "binary", maxLength: 60 }),
  fc.constantFrom("", " ", "\u0000", "a".repeat(50_000), "9999-12-31", "0000-00-00", "2026-02-30", "+275760-09-13", "__proto__", "constructor", "NaN", "1e309", "-0", "on", "yes"),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(fc.string({ maxLength: 10 }), { maxLength: 4 }),
  fc.anything({ maxDepth: 2 }),
);
const keys = ["name", "email", "password", "currentPassword", "newPassword", "confirm", "next", "date", "signs", "triggers", "otherSigns", "note", "worry", "wellbeing", "visibility", "useSuspected", "lovedOneName", "organization", "pages", "label", "days", "__proto__", "constructor", "prototype"];
const objects = fc.dictionary(fc.constantFrom(...keys), odd, { maxKeys: 10 });
const forms = fc.array(fc.tuple(fc.constantFrom(...keys, "people.1.phone", "relapseSteps.3", "signs.mental", "expectedVersion"), fc.oneof(fc.string({ maxLength: 40 }), fc.constant("x".repeat(20_000)), fc.constant("\u0000"))), { maxLength: 16 }).map((fields) => {
  const data = new FormData();
  for (const [k, v] of fields) data.append(k, v);
  return data;
});

const schemas = { signUpInput, signInInput, changePasswordInput, deleteAccountInput, checkInInput, familyInput, counselorProfileInput, readingListInput, recoverInput, resetWithLinkInput };

describe("input schemas never throw, whatever arrives", () => {
  for (const [name, schema] of Object.entries(schemas)) {
    it(name, () => {
      fc.assert(
        fc.property(objects, (input) => {
          tried++;
          const result = schema.safeParse(input);
          if (!result.success) expect(result.error.issues.length).toBeGreaterThan(0);
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        }),
        { numRuns: RUNS },
      );
      fc.assert(
        fc.property(forms, (data) => {
          tried++;
          const parsed = parseForm(schema, data, { arrays: ["signs", "triggers", "pages"], secret: ["password"] });
          if (!parsed.ok) {
            expect(parsed.state.status).toBe("error");
            expect(parsed.state.values?.password).toBeUndefined();
          }
        }),
        { numRuns: RUNS },
      );
    }, 60_000);
  }

  it("the plan form", () => {
    fc.assert(
      fc.property(forms, (data) => {
        tried++;
        parsePlanForm(data);
        formValues(data);
      }),
      { numRuns: RUNS },
    );
  });

  it("names, ids, environment and action bodies", () => {
    fc.assert(
      fc.property(odd, odd, (a, b) => {
        tried += 4;
        nameProblem(a);
        isId(a);
        replyProblem(a);
        try {
          parseEnv({ DATABASE_URL: typeof a === "string" ? a : undefined, TRUST_PROXY: typeof b === "string" ? b : undefined });
        } catch (error) {
          expect((error as Error).name).toBe("Error");
          expect((error as Error).message).toMatch(/Invalid environment variables/);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("prints the total", () => {
    console.log(`fuzzed input schemas: ${tried} inputs, 0 threw`);
    expect(tried).toBeGreaterThanOrEqual(RUNS * (2 * Object.keys(schemas).length + 1));
  });
});
