import "server-only";
import { prisma } from "@/lib/db";
import { parseDatasetMeta } from "@/lib/schemas/dataset-meta";
import { Vocabulary } from "@/lib/vocab/vocabulary";
import { VersionedCache, type Stamp } from "./read-cache";

// The data's vocabulary: the libraries' currencies and units with what every dataset declares in
// its metadata, in the order the datasets were created (the first declaration of a code wins).
// Built once per data version: a dataset's metadata changes only with its version.

const vocabularies = new VersionedCache<Vocabulary>(1);

export function getVocabulary(stamp?: Stamp): Promise<Vocabulary> {
  return vocabularies.get(
    "all",
    async () => {
      const datasets = await prisma.dataset.findMany({ select: { meta: true }, orderBy: { id: "asc" } });
      return new Vocabulary(datasets.map((dataset) => parseDatasetMeta(dataset.meta)));
    },
    stamp,
  );
}
