/**
 * Check-ins, by job: `days.ts` (the dates a check-in may have), `catalogue-index.ts` (signs and
 * triggers by id), `input.ts` (the schema), `write.ts` (save, change, delete, in one transaction
 * with the alert they cause), `read.ts` (the timeline, one's own entry). Pages import from here.
 */
export * from "./days";
export * from "./catalogue-index";
export * from "./input";
export * from "./write";
export * from "./read";
