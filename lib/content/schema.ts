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
] as const;
export const pageSlug = z.enum(PAGE_SLUGS);
export type PageSlug = z.infer<typeof pageSlug>;

export const STAGE_IDS = ["emotional", "mental", "physical"] as const;
export const TRIGGER_GROUP_IDS = ["emotional", "environmental", "physical", "social"] as const;

export const sourcesSchema = z.object({
  sources: z.array(
    z.object({ id: catalogueId.or(z.string().regex(/^[a-z0-9-]+$/)), title: text, publisher: text.optional(), url: z.url().optional() }).strict(),
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

const item = z.object({ id: catalogueId, label: text }).strict();

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

const response = z.object({ id: catalogueId, label: text, why: text }).strict();
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

export type Stage = z.infer<typeof stagesSchema>["stages"][number];
export type TriggerGroup = z.infer<typeof triggersSchema>["groups"][number];
export type Responses = z.infer<typeof responsesSchema>;
export type Overdose = z.infer<typeof overdoseSchema>;
export type CrisisContact = z.infer<typeof crisisSchema>["contacts"][number];
export type Source = z.infer<typeof sourcesSchema>["sources"][number];
export type Frontmatter = z.infer<typeof frontmatterSchema>;
