import type { Translate } from "@/lib/i18n/translate";
import type { DatasetMeta } from "@/lib/schemas/dataset-meta";
import type { UrlNotice } from "@/lib/views/lenient-parse";
import type { ChartFigure } from "./chart-types";
import { notTransferReason } from "./flows";
import { resolveSides, type ActorRef, type Sides } from "./sides";

// Which two actors the overview sets against each other. The visitor may pick any pair of actors
// with flows between them (the URL's `a` and `b`); otherwise the dataset's own sides (its
// metadata) or, failing those, the pair with the most figures (sides.ts). The options list every
// such pair once, the actor that gives more of their flows first.

export interface PairOption {
  a: ActorRef;
  b: ActorRef;
  /** Flows between the two, either way round. */
  flows: number;
}

export interface ResolvedPair {
  sides: Sides | null;
  options: PairOption[];
  notices: UrlNotice[];
}

interface PairCount {
  first: ActorRef;
  second: ActorRef;
  /** Flows from `first` to `second`, and back. */
  forth: number;
  back: number;
}

/** Every pair of actors with at least one flow between them, the most flows first. */
function flowPairs(figures: readonly ChartFigure[]): PairOption[] {
  const counts = new Map<string, PairCount>();
  for (const figure of figures) {
    if (!figure.from || !figure.to || figure.from.code === figure.to.code || notTransferReason(figure) !== null) continue;
    const forth = figure.from.code < figure.to.code;
    const [first, second] = forth ? [figure.from, figure.to] : [figure.to, figure.from];
    const id = `${first.code}|${second.code}`;
    const entry = counts.get(id) ?? { first: { ...first }, second: { ...second }, forth: 0, back: 0 };
    if (forth) entry.forth += 1;
    else entry.back += 1;
    counts.set(id, entry);
  }
  return [...counts.values()]
    .map(({ first, second, forth, back }) => (back > forth ? { a: second, b: first, flows: forth + back } : { a: first, b: second, flows: forth + back }))
    .sort((x, y) => y.flows - x.flows || x.a.code.localeCompare(y.a.code) || x.b.code.localeCompare(y.b.code));
}

const samePair = (option: PairOption, a: string, b: string) =>
  (option.a.code === a && option.b.code === b) || (option.a.code === b && option.b.code === a);

/** The pair the URL asks for when it has flows; else the dataset's own sides, or its busiest pair. */
export function resolvePair(
  configured: DatasetMeta["sides"],
  figures: readonly ChartFigure[],
  requested: { a?: string; b?: string },
  t: Translate,
): ResolvedPair {
  const options = flowPairs(figures);
  const notices: UrlNotice[] = [];
  const { a, b } = requested;
  if (a !== undefined && b !== undefined) {
    const match = options.find((option) => samePair(option, a, b));
    if (match) {
      const [first, second] = match.a.code === a ? [match.a, match.b] : [match.b, match.a];
      return { sides: { a: first, b: second }, options, notices };
    }
    notices.push({ param: "a", message: t("notices.pairNoFlows", { a, b }) });
  } else if (a !== undefined || b !== undefined) {
    notices.push({ param: a === undefined ? "b" : "a", message: t("notices.pairIncomplete") });
  }
  return { sides: resolveSides(configured, figures), options, notices };
}
