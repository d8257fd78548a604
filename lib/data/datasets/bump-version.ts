import "server-only";
import type { Tx } from "@/lib/db/tx";

// A dataset's version goes up by one with every change a curator makes (an import that changes
// something, or a correction), and each version gets a changelog entry that the methodology page
// and the API show. A no-op import does not bump it.

export async function bumpDatasetVersion(
  tx: Tx,
  datasetId: number,
  summary: string,
  date: string = new Date().toISOString().slice(0, 10),
): Promise<{ from: number; to: number }> {
  const dataset = await tx.dataset.findUniqueOrThrow({ where: { id: datasetId }, select: { version: true } });
  const to = dataset.version + 1;
  await tx.dataset.update({ where: { id: datasetId }, data: { version: to, lastUpdated: date } });
  await tx.changelogEntry.create({ data: { datasetId, version: to, date, summary } });
  return { from: dataset.version, to };
}
