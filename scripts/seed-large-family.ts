// Creates a user and a family with many check-ins spread over about two years, for trying the
// dashboard and timeline with a lot of data.
//
//   npx tsx scripts/seed-large-family.ts --checkins 100000 [--email someone@example.test]
//                                        [--password "a long passphrase"] [--members 3] [--seed 1]
//
// Uses DATABASE_URL (default file:./data/app.db); run `npm run db:deploy` first. With --password,
// the user can sign in with that email and password. Rows are written with createMany in batches.
import { randomUUID } from "node:crypto";
import { join, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "../lib/db/generated/sqlite/client";
import { PrismaClient as PostgresClient } from "../lib/db/generated/postgres/client";
import { DEFAULT_DATABASE_URL, databaseKind } from "../lib/db/database-url";
import { sqliteAdapter } from "../lib/db/sqlite";
import { loadCatalogue } from "../lib/content/catalogue";
import type { Database } from "../lib/db";
import { DAY_MS } from "../lib/dates";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

/** A Prisma client for a URL, the same way lib/db makes one (lib/db itself is server-only). */
export function openDatabase(url: string): Database {
  if (databaseKind(url) === "postgres") {
    return new PostgresClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as Database;
  }
  return new SqliteClient({ adapter: sqliteAdapter(url) });
}

/** A small seeded random generator (mulberry32), so a seed gives the same family every time. */
export function randomFrom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  return { next, int, pick };
}

const NOTES = [
  "Quiet day. We had dinner together.",
  "He slept most of the day and did not want to talk.",
  "She went to her meeting and seemed lighter after.",
  "Short temper this morning. I stayed calm.",
  "Asked to borrow money again. I said no, and offered a ride instead.",
  "We talked for a long time tonight. It felt good.",
  "Missed the counseling appointment.",
  "I could not sleep. I am worried.",
  "Good day. Walked the dog together.",
  "Saw an old friend's car outside.",
];
const OTHER_SIGNS = ["Lost weight", "New phone he will not explain", "Long showers", "Wearing long sleeves in the heat", "Out late"];

type SeedOptions = {
  checkIns: number;
  email?: string;
  name?: string;
  password?: string;
  members?: number;
  seed?: number;
  years?: number;
  now?: Date;
  batchSize?: number;
  log?: (line: string) => void;
};

/**
 * Writes the user (the family's owner), extra members, the family and `checkIns` check-ins with
 * their sign and trigger rows. The story drifts between calm spells and slips through the stages,
 * so the dashboard has something real-looking to show.
 */
export async function seedLargeFamily(db: Database, options: SeedOptions) {
  const random = randomFrom(options.seed ?? 1);
  const catalogue = loadCatalogue(join(ROOT, "content"));
  const now = options.now ?? new Date();
  const years = options.years ?? 2;
  const batchSize = options.batchSize ?? 2000;
  const log = options.log ?? (() => {});

  const ownerId = randomUUID();
  const email = options.email ?? `large-family-${ownerId.slice(0, 8)}@example.test`;
  await db.user.create({ data: { id: ownerId, name: options.name ?? "Sam", email, emailVerified: false } });
  if (options.password) {
    const { hashPassword } = await import("better-auth/crypto");
    await db.account.create({
      data: { id: randomUUID(), accountId: ownerId, providerId: "credential", userId: ownerId, password: await hashPassword(options.password) },
    });
  }
  const family = await db.family.create({
    data: { name: "The Large Family", lovedOneName: "Alex", memberships: { create: { userId: ownerId, role: "owner" } } },
    select: { id: true },
  });
  const authors = [ownerId];
  for (let i = 0; i < (options.members ?? 3) - 1; i++) {
    const id = randomUUID();
    await db.user.create({ data: { id, name: ["Jordan", "Riley", "Casey", "Morgan"][i % 4]!, email: `${id}@example.test`, emailVerified: false } });
    await db.membership.create({ data: { familyId: family.id, userId: id, role: "member" } });
    authors.push(id);
  }

  // The story, day by day: calm spells, then slips that may climb through the stages
  // (emotional, then mental, then physical) before things settle again.
  const days = Math.round(365 * years);
  const todayUtc = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const phases: number[] = []; // -1 calm, 0 emotional, 1 mental, 2 physical (stage index)
  let phase = -1;
  while (phases.length < days) {
    const length = phase === -1 ? random.int(20, 80) : phase === 0 ? random.int(7, 25) : phase === 1 ? random.int(5, 20) : random.int(3, 14);
    for (let d = 0; d < length; d++) phases.push(phase);
    if (phase === -1) phase = 0;
    else if (phase === 0) phase = random.next() < 0.55 ? 1 : -1;
    else if (phase === 1) phase = random.next() < 0.45 ? 2 : -1;
    else phase = -1;
  }
  const favourites = catalogue.triggerGroups.flatMap((g) => g.triggers.map((t) => ({ id: t.id, groupId: g.id }))).filter(() => random.next() < 0.35);
  const allTriggers = catalogue.triggerGroups.flatMap((g) => g.triggers.map((t) => ({ id: t.id, groupId: g.id })));
  const stageSigns = catalogue.stages.map((s) => s.signs.map((sign) => ({ id: sign.id, stageId: s.id })));

  const clamp = (n: number) => Math.min(5, Math.max(1, Math.round(n)));
  let written = 0;
  while (written < options.checkIns) {
    const size = Math.min(batchSize, options.checkIns - written);
    type Row = { checkInId: string; familyId: string; authorId: string; shared: boolean; date: Date };
    const checkIns: {
      id: string; familyId: string; authorId: string; date: Date; worry: number; wellbeing: number;
      otherSigns: string | null; note: string | null; shared: boolean; useSuspected: boolean; createdAt: Date;
    }[] = [];
    const signs: (Row & { stageId: string; signId: string })[] = [];
    const triggers: (Row & { groupId: string; triggerId: string })[] = [];
    for (let i = 0; i < size; i++) {
      // Spread evenly over the days, newest last, with a little jitter.
      const n = written + i;
      const dayIndex = Math.min(days - 1, Math.floor(((n + random.next()) / options.checkIns) * days));
      const stage = phases[dayIndex]!;
      const r = stage + 1 + (random.next() - 0.5) * 0.6; // 0 (calm) to about 3 (physical)
      const date = new Date(todayUtc - (days - 1 - dayIndex) * DAY_MS);
      const authorId = random.pick(authors);
      const shared = random.next() > 0.15;
      const id = randomUUID();
      const signCount = stage === -1 ? (random.next() < 0.25 ? 1 : 0) : random.int(1, stage + 2);
      const chosen = new Map<string, { id: string; stageId: string }>();
      for (let s = 0; s < signCount; s++) {
        const from = stage <= 0 ? 0 : random.next() < 0.7 ? stage : stage - 1;
        const sign = random.pick(stageSigns[from]!);
        chosen.set(sign.id, sign);
      }
      const triggerCount = random.next() < 0.4 ? 0 : random.int(1, 3);
      const chosenTriggers = new Map<string, { id: string; groupId: string }>();
      for (let t = 0; t < triggerCount; t++) {
        const trigger = favourites.length && random.next() < 0.7 ? random.pick(favourites) : random.pick(allTriggers);
        chosenTriggers.set(trigger.id, trigger);
      }
      const usedSign = [...chosen.values()].some((s) => s.stageId === "physical");
      checkIns.push({
        id,
        familyId: family.id,
        authorId,
        date,
        worry: clamp(1 + r * 1.3 + (random.next() - 0.5) * 1.5),
        wellbeing: clamp(4.6 - r * 1.1 + (random.next() - 0.5) * 1.5),
        otherSigns: random.next() < 0.05 ? random.pick(OTHER_SIGNS) : null,
        note: random.next() < 0.3 ? random.pick(NOTES) : null,
        shared,
        useSuspected: usedSign && random.next() < 0.5,
        createdAt: new Date(date.getTime() + random.int(7, 22) * 3_600_000),
      });
      for (const sign of chosen.values()) {
        signs.push({ checkInId: id, familyId: family.id, authorId, shared, date, stageId: sign.stageId, signId: sign.id });
      }
      for (const trigger of chosenTriggers.values()) {
        triggers.push({ checkInId: id, familyId: family.id, authorId, shared, date, groupId: trigger.groupId, triggerId: trigger.id });
      }
    }
    // One batch at a time, with room for a busy machine (the default 5 s ran out under load).
    await db.$transaction(
      async (tx) => {
        await tx.checkIn.createMany({ data: checkIns });
        await tx.checkInSign.createMany({ data: signs.map((s) => ({ id: randomUUID(), ...s })) });
        await tx.checkInTrigger.createMany({ data: triggers.map((t) => ({ id: randomUUID(), ...t })) });
      },
      { timeout: 120_000, maxWait: 120_000 },
    );
    written += size;
    if (written % 20_000 === 0 || written === options.checkIns) log(`  ${written.toLocaleString("en-US")} check-ins written`);
  }
  return { familyId: family.id, ownerId, email, memberIds: authors.slice(1) };
}

function argument(args: string[], name: string): string | undefined {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
}

async function main() {
  process.chdir(ROOT);
  const args = process.argv.slice(2);
  const checkIns = Number(argument(args, "checkins") ?? "1000");
  if (!Number.isInteger(checkIns) || checkIns < 0) throw new Error("--checkins must be a whole number");
  const url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
  const db = openDatabase(url);
  const started = performance.now();
  try {
    const result = await seedLargeFamily(db, {
      checkIns,
      email: argument(args, "email"),
      password: argument(args, "password"),
      members: argument(args, "members") ? Number(argument(args, "members")) : undefined,
      seed: argument(args, "seed") ? Number(argument(args, "seed")) : undefined,
      log: console.log,
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`Created ${checkIns.toLocaleString("en-US")} check-ins in ${seconds} s on ${databaseKind(url)}.`);
    console.log(`Owner: ${result.email}  Family: /family/${result.familyId}`);
  } finally {
    await db.$disconnect();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
