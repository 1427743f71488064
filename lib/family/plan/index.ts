/**
 * The safety plan, by job: `parts.ts` (the one list of parts), `schema.ts` (what the content may
 * hold), `naloxone.ts` (the box's date), `store.ts` (reading and saving, behind requireMember),
 * `form.ts` (the edit forms). Pages import from here; files in lib/ import the one they need.
 */
export * from "./parts";
export * from "./schema";
export * from "./naloxone";
export * from "./store";
export * from "./form";
