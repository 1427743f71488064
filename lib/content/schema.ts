import { z } from "zod";

/** Catalogue ids are stable, lower-case and dotted (docs/content-format.md). */
const catalogueId = z.string().regex(/^[a-z]+(\.[a-z0-9]+(-[a-z0-9]+)*)*$/, "ids are lower-case, dotted and kebab-case");
const text = z.string().trim().min(1);

export const PAGE_SLUGS = [
  "right-now",
  "relapse-and-chronic-illness",
  "stages-of-relapse",
  "triggers",
  "responding-to-relapse",
  "overdose-and-naloxone",
  "working-with-treatment-providers",
  "planning-ahead",
  "family-recovery",
  "medicines-for-opioid-use-disorder",
  "finding-treatment",
  "keeping-them-alive",
  "fentanyl-and-other-drugs",
  "suicide-risk",
  "when-your-loved-one-is-an-adult",
  "support-for-you",
  "staying-private",
  "glossary",
] as const;
export const pageSlug = z.enum(PAGE_SLUGS);
export type PageSlug = z.infer<typeof pageSlug>;

export const STAGE_IDS = ["emotional", "mental", "physical"] as const;
export const TRIGGER_GROUP_IDS = ["emotional", "environmental", "physical", "social"] as const;

/**
 * Sources a reader sees under "Where this comes from": public authorities only, each with a
 * working https link. The background documents the guide was first drafted from are not
 * sources a parent can check, so they are never listed (../shared/CONTENT.md, rule 3).
 */
export const sourcesSchema = z.object({
  sources: z.array(
    z
      .object({
        id: z.string().regex(/^[a-z0-9-]+$/),
        title: text.max(120),
        publisher: text,
        url: z.url({ protocol: /^https$/, hostname: z.regexes.domain, error: "every source needs a full https:// link" }),
      })
      .strict(),
  ),
});

export const frontmatterSchema = z
  .object({
    title: text.max(80),
    summary: text.max(240),
    order: z.number().int().min(1),
    sources: z.array(z.string()).min(1, "every page lists at least one source"),
    related: z.array(pageSlug).default([]),
  })
  .strict();

/**
 * Check-ins and plans store catalogue ids, so an id is never deleted or reused. An item whose
 * advice is no longer right is retired instead: stored entries still read, forms stop offering
 * it, and `replacedBy` moves a plan's choice to the advice that took its place.
 */
const retirement = { retired: z.literal(true).optional(), replacedBy: catalogueId.optional() };
const item = z.object({ id: catalogueId, label: text, ...retirement }).strict();

export const stagesSchema = z.object({
  stages: z
    .array(
      z
        .object({
          id: z.enum(STAGE_IDS),
          name: text,
          summary: text,
          familyCanDo: z.array(text).min(1),
          signs: z.array(item).min(1),
        })
        .strict(),
    )
    .length(3),
});

export const triggersSchema = z.object({
  groups: z
    .array(
      z
        .object({
          id: z.enum(TRIGGER_GROUP_IDS),
          name: text,
          summary: text,
          howToHelp: z.array(text).min(1),
          triggers: z.array(item).min(1),
        })
        .strict(),
    )
    .length(4),
});

const response = z.object({ id: catalogueId, label: text, why: text, ...retirement }).strict();
export const responsesSchema = z.object({ helpful: z.array(response).min(1), avoid: z.array(response).min(1) }).strict();

export const overdoseSchema = z
  .object({
    signs: z.array(item).min(1),
    ifUnsure: text,
    steps: z.array(z.object({ id: catalogueId, title: text, detail: text }).strict()).min(1),
    facts: z.array(z.object({ id: catalogueId, text }).strict()).min(1),
  })
  .strict();

export const crisisSchema = z
  .object({
    region: text,
    reviewed: z.iso.date(),
    contacts: z
      .array(
        z
          .object({
            id: catalogueId.or(z.string().regex(/^[a-z0-9-]+$/)),
            name: text,
            short: text.max(20),
            number: text,
            dial: z.string().regex(/^\+?[0-9]+$/, "dial holds only digits, with an optional leading +"),
            text: z.string().regex(/^[0-9]+$/).optional(),
            when: text,
            inStrip: z.boolean(),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

/** The glossary: every term the guide uses that a parent may not know. */
export const glossarySchema = z
  .object({
    terms: z
      .array(
        z
          .object({
            id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
            term: text.max(60),
            /** Words on a page that link here (whole words, any case); the term itself is always one. */
            also: z.array(text).default([]),
            definition: text.max(600),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

export type GlossaryTerm = z.infer<typeof glossarySchema>["terms"][number];
export type Stage = z.infer<typeof stagesSchema>["stages"][number];
export type TriggerGroup = z.infer<typeof triggersSchema>["groups"][number];
export type Responses = z.infer<typeof responsesSchema>;
export type Overdose = z.infer<typeof overdoseSchema>;
export type CrisisContact = z.infer<typeof crisisSchema>["contacts"][number];
export type Source = z.infer<typeof sourcesSchema>["sources"][number];
export type Frontmatter = z.infer<typeof frontmatterSchema>;
