import { createHash } from "node:crypto";

// The source an import names for every row that names none (`data:import --source "<citation>"`).
// It is the dataset's source with exactly that reference when there is one, so that importing
// again reuses it; otherwise a new source whose key is made from the reference's first words and a
// short hash of the whole reference ("us-economic-cooperation-administration-3f9a2c"): readable,
// and the same for the same reference on every import.

const WORDS = 6;
const MAX_PREFIX = 60;

function sourceKeyForCitation(citation: string): string {
  const prefix = citation
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9\s-]/g, "")
    .split(/[\s-]+/)
    .filter(Boolean)
    .slice(0, WORDS)
    .join("-")
    .slice(0, MAX_PREFIX)
    .replace(/-+$/, "");
  const hash = createHash("sha256").update(citation).digest("hex").slice(0, 6);
  return prefix === "" ? `source-${hash}` : `${prefix}-${hash}`;
}

/** The key of the source with this reference: the stored one's (`sources`: key → reference), or a new one. */
export function defaultSourceKey(citation: string, sources: ReadonlyMap<string, string>): string {
  for (const [key, stored] of sources) if (stored === citation) return key;
  return sourceKeyForCitation(citation);
}
