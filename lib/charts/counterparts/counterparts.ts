import type { BarMark, BarMarks } from "../bar-list/bar-list";
import { valueRange } from "../bar-list/bar-list";
import { capItems, COUNTERPART_CAP, exploreHref, nameSome, NAME_CAP, type ChartCap } from "../cap";
import { chartEmpty, chartOk, type ChartResult } from "../chart-types";
import { formatMeasured, measureLabel, measureNoun, type Measure } from "../measure";
import type { MeasuredFlow, MeasureFigures } from "../measure-figures";
import { tipOf } from "../qualifier-tip";
import type { ActorRef, Direction } from "../sides";
import { summableFlows, sumFlows } from "../sum-flows";
import type { ChartWords } from "../words";
import { yearsCovered } from "../years";
import { counterpartOf } from "./actor-flows";

// The ranked counterparts chart: for the chosen actor and one measure, one bar per counterpart and
// direction (what the actor gave it, what it gave the actor), the largest first. A bar is a sum, so
// it follows the rules of sum-flows.ts, as the balance and the flow diagram do: top-level figures
// only, figures inconsistent within the source left out, and the qualifiers of the parts decide
// the sum's. A sum whose parts mix lower and upper bounds has no stated range and gets no bar.

/** The rules above in words (messages "counterparts.rules"), for under the chart. */
export const COUNTERPARTS_RULES_KEY = "counterparts.rules";

interface CounterpartRow extends BarMark {
  counterpart: ActorRef;
  /** "a_to_b": the actor gave; "b_to_a": the actor received. */
  direction: Direction;
  qualifierWords: string;
  derived: boolean;
  /** The first figures added (at most NAME_CAP), and how many were added in all. */
  figures: { id: number; label: string }[];
  figureCount: number;
}

export interface CounterpartsData extends BarMarks {
  actor: ActorRef;
  measure: Measure;
  bars: CounterpartRow[];
  counterparts: number;
  /** Set when only the largest bars are drawn. */
  cap: ChartCap | null;
}

const pathOf = (actor: ActorRef, counterpart: ActorRef, direction: Direction) =>
  direction === "a_to_b" ? `${actor.code} → ${counterpart.code}` : `${counterpart.code} → ${actor.code}`;

function rowOf(actor: ActorRef, counterpart: ActorRef, direction: Direction, flows: MeasuredFlow[], measure: Measure, w: ChartWords): CounterpartRow | null {
  const { t } = w;
  const sum = sumFlows(flows, measure, w)!;
  if (sum.qualifier === "range_uncertain") return null;
  const path = pathOf(actor, counterpart, direction);
  const years = yearsCovered(flows.map((flow) => flow.figure));
  const ranked = [...flows].sort((x, y) => y.value - x.value || x.figure.id - y.figure.id);
  const figures = ranked.slice(0, NAME_CAP).map((flow) => ({ id: flow.figure.id, label: flow.figure.label }));
  return {
    key: `${direction}-${counterpart.code}`,
    figureId: null,
    label: `${path} (${counterpart.name})`,
    fullLabel: `${path}: ${t(direction === "a_to_b" ? "counterparts.gave" : "counterparts.gaveBack", { actor: actor.code, counterpart: counterpart.name })}`,
    value: sum.value,
    qualifier: sum.qualifier,
    tip: tipOf(sum.qualifier),
    valueText: sum.text,
    shortText: formatMeasured(sum.value, sum.qualifier, measure, { derived: sum.derived, short: true }, w),
    implausible: false,
    counterpart,
    direction,
    qualifierWords: w.qualifier(sum.qualifier),
    derived: sum.derived,
    figures,
    figureCount: flows.length,
    info: {
      title: path,
      valueText: sum.text,
      printed: null,
      phrase: null,
      period: years ? w.fmt.formatYearSpan(years.from, years.to) : null,
      direction: path,
      flags: [],
      derivedNote: sum.derived ? t("counterparts.derivedNote") : null,
      extra: [
        t("counterparts.sumQualifier", { qualifier: w.qualifier(sum.qualifier), summary: sum.summary }),
        t(flows.length > NAME_CAP ? "counterparts.addedLargest" : "counterparts.added", { names: nameSome(ranked.map((flow) => flow.figure.label), w) }),
      ],
      href: null,
    },
  };
}

function groupFlows(flows: readonly MeasuredFlow[], actor: ActorRef) {
  const groups = new Map<string, { counterpart: ActorRef; direction: Direction; flows: MeasuredFlow[] }>();
  for (const flow of flows) {
    const counterpart = counterpartOf(flow.figure, actor)!;
    const key = `${flow.direction}|${counterpart.code}`;
    const group = groups.get(key) ?? { counterpart, direction: flow.direction, flows: [] };
    group.flows.push(flow);
    groups.set(key, group);
  }
  return [...groups.values()];
}

const unitsOf = (flows: readonly MeasuredFlow[]) => [...new Set(flows.map((flow) => flow.figure.unit))].sort();

/** The ranked counterparts; `dataset` names the dataset its explore link filters on. */
export function shapeCounterparts(selection: MeasureFigures, measure: Measure, actor: ActorRef, w: ChartWords, dataset = ""): ChartResult<CounterpartsData> {
  const { t } = w;
  const { included, excluded } = summableFlows(selection);
  const positive = included.filter((flow) => flow.value > 0);
  const notes: string[] = [];
  if (excluded.length > 0) {
    notes.push(t("counterparts.notAdded", { names: nameSome(excluded.map((flow) => flow.figure.label), w) }));
  }
  if (positive.length === 0) {
    return chartEmpty(t("counterparts.empty", { unit: measureNoun(measure, w), actor: actor.code }), notes);
  }
  const rows: CounterpartRow[] = [];
  for (const group of groupFlows(positive, actor)) {
    const row = rowOf(actor, group.counterpart, group.direction, group.flows, measure, w);
    if (row) rows.push(row);
    else {
      notes.push(
        t("counterparts.noBar", { path: pathOf(actor, group.counterpart, group.direction), names: nameSome(group.flows.map((flow) => flow.figure.label), w) }),
      );
    }
  }
  if (rows.length === 0) return chartEmpty(t("counterparts.noRange", { unit: measureNoun(measure, w), actor: actor.code }), notes);
  const order = (a: CounterpartRow, b: CounterpartRow) =>
    b.value - a.value || a.counterpart.code.localeCompare(b.counterpart.code) || a.direction.localeCompare(b.direction);
  const { kept, cap } = capItems(rows, COUNTERPART_CAP, order, { kind: "largestSums", href: exploreHref({ dataset, unit: unitsOf(positive), parent: "none", sort: "-value" }) }, w);
  const counterparts = new Set(rows.map((row) => row.counterpart.code)).size;
  if (rows.length > 1) notes.push(t("counterparts.overlap"));
  notes.push(t("counterparts.count", { count: counterparts, actor: actor.code, unit: measureLabel(measure, w) }));
  return chartOk({ actor, measure, bars: kept, counterparts, cap, ...valueRange(kept) }, notes);
}
