import type { PrismaClient } from "@/generated/prisma/client";
import { foldForSearch } from "@/lib/schemas/text";

// A small synthetic second dataset, written straight into a database beside the bundled one: the
// United States giving six European countries (ISO 3166-1 alpha-3 codes) grants in US dollars over
// 1948–1952, one or two figures per country. Invented numbers, shaped like a table of aid by
// recipient: one giver and many receivers, flows in one direction only. Used by the database and
// end-to-end tests of the home page, the dataset switcher and a second dataset's own overview.

export const SECOND_DATASET = {
  slug: "synthetic-aid-1948-1952",
  title: "Synthetic aid by recipient, 1948–1952",
  giver: { code: "USA", name: "United States" },
  receivers: [
    { code: "AUT", name: "Austria" },
    { code: "FRA", name: "France" },
    { code: "DEU", name: "Germany" },
    { code: "ITA", name: "Italy" },
    { code: "NLD", name: "Netherlands" },
    { code: "GBR", name: "United Kingdom" },
  ],
} as const;

/** Millions of dollars per receiver, in the order of SECOND_DATASET.receivers; France has two figures. */
const GRANTS_MILLIONS: readonly (readonly number[])[] = [[678], [2296, 417], [1448], [1204], [1128], [3297]];

export interface SeededDataset {
  slug: string;
  title: string;
  /** Actor codes this seed created (the others already existed), for the clean-up. */
  createdActors: string[];
  figureCount: number;
}

async function ensureActor(prisma: PrismaClient, actor: { code: string; name: string }, created: string[]): Promise<number> {
  const found = await prisma.actor.findUnique({ where: { code: actor.code }, select: { id: true } });
  if (found) return found.id;
  const row = await prisma.actor.create({ data: { code: actor.code, name: actor.name, kind: "state" }, select: { id: true } });
  created.push(actor.code);
  return row.id;
}

export async function seedSecondDataset(prisma: PrismaClient): Promise<SeededDataset> {
  // A run that stopped half-way may have left it behind.
  await prisma.dataset.deleteMany({ where: { slug: SECOND_DATASET.slug } });
  const created: string[] = [];
  const giverId = await ensureActor(prisma, SECOND_DATASET.giver, created);
  const dataset = await prisma.dataset.create({
    data: {
      slug: SECOND_DATASET.slug,
      title: SECOND_DATASET.title,
      description: "Synthetic test data: grants from one giver to six receivers.",
      version: 1,
      licence: "CC0-1.0",
      citation: "Aidflow test suite (synthetic data).",
      lastUpdated: "2026-01-15",
      meta: "{}",
    },
  });
  const source = await prisma.source.create({
    data: { datasetId: dataset.id, key: "synthetic-table", kind: "primary", author: "Aidflow tests", title: "A synthetic table of aid by recipient", citation: "Aidflow tests. A synthetic table of aid by recipient." },
  });
  let figureCount = 0;
  for (const [index, receiver] of SECOND_DATASET.receivers.entries()) {
    const receiverId = await ensureActor(prisma, receiver, created);
    for (const [nth, millions] of GRANTS_MILLIONS[index]!.entries()) {
      const label = `Grants from the United States to ${receiver.name}, 1948–1952${nth > 0 ? ` (part ${nth + 1})` : ""}`;
      const printed = `$${millions} million`;
      await prisma.figure.create({
        data: {
          datasetId: dataset.id,
          key: `grants-${receiver.code.toLowerCase()}-${nth + 1}`,
          label,
          category: "credits_loans",
          kind: "delivery",
          fromActorId: giverId,
          toActorId: receiverId,
          value: millions * 1_000_000,
          valuePrinted: printed,
          unit: "USD",
          qualifier: "exact",
          periodStart: "1948",
          periodEnd: "1952",
          periodStatus: "stated",
          yearStart: 1948,
          yearEnd: 1952,
          sourceId: source.id,
          section: "Table 1",
          phrase: printed,
          searchText: foldForSearch(`${label} ${printed}`),
        },
      });
      figureCount += 1;
    }
  }
  return { slug: SECOND_DATASET.slug, title: SECOND_DATASET.title, createdActors: created, figureCount };
}

/** Removes the dataset (its figures and sources go with it) and the actors the seed created. */
export async function removeSecondDataset(prisma: PrismaClient, seeded: Pick<SeededDataset, "slug" | "createdActors">): Promise<void> {
  await prisma.dataset.deleteMany({ where: { slug: seeded.slug } });
  await prisma.actor.deleteMany({ where: { code: { in: seeded.createdActors }, figuresFrom: { none: {} }, figuresTo: { none: {} }, events: { none: {} } } });
}

/** A dataset with more flows than a chart draws: `count` dollar grants USA → FRA and 5 kilogram deliveries FRA → USA. */
export const LARGE_DATASET = { slug: "synthetic-aid-many-grants", title: "Synthetic aid, many grants" } as const;

export async function seedLargeDataset(prisma: PrismaClient, count: number): Promise<SeededDataset> {
  await prisma.dataset.deleteMany({ where: { slug: LARGE_DATASET.slug } });
  const created: string[] = [];
  const usa = await ensureActor(prisma, SECOND_DATASET.giver, created);
  const fra = await ensureActor(prisma, SECOND_DATASET.receivers[1], created);
  const dataset = await prisma.dataset.create({
    data: { ...LARGE_DATASET, description: "Synthetic test data: many grants.", version: 1, licence: "CC0-1.0", citation: "Aidflow test suite (synthetic data).", lastUpdated: "2026-01-15", meta: "{}" },
  });
  const source = await prisma.source.create({
    data: { datasetId: dataset.id, key: "synthetic-grants", kind: "primary", author: "Aidflow tests", title: "Many grants", citation: "Aidflow tests. Many grants." },
  });
  const row = (index: number, goods: boolean) => {
    const label = goods ? `Deliveries of goods ${index + 1}` : `Grant ${index + 1}`;
    const value = goods ? (index + 1) * 10 : (index + 1) * 1000;
    return {
      datasetId: dataset.id,
      key: `${goods ? "goods" : "grant"}-${index + 1}`,
      label,
      category: goods ? "commodity_exports" : "credits_loans",
      kind: "delivery",
      fromActorId: goods ? fra : usa,
      toActorId: goods ? usa : fra,
      value,
      valuePrinted: String(value),
      unit: goods ? "kg" : "USD",
      qualifier: index % 3 === 0 ? "about" : "exact",
      periodStart: String(1950 + (index % 10)),
      periodEnd: String(1950 + (index % 10)),
      periodStatus: "stated",
      yearStart: 1950 + (index % 10),
      yearEnd: 1950 + (index % 10),
      sourceId: source.id,
      section: "Table 1",
      phrase: String(value),
      searchText: foldForSearch(label),
    };
  };
  await prisma.figure.createMany({
    data: [...Array.from({ length: count }, (_, index) => row(index, false)), ...Array.from({ length: 5 }, (_, index) => row(index, true))],
  });
  return { slug: LARGE_DATASET.slug, title: LARGE_DATASET.title, createdActors: created, figureCount: count + 5 };
}
