import { formatYearSpan } from "@/lib/format";
import type { BarMark, BarMarks } from "../bar-list/bar-list";
import { valueRange } from "../bar-list/bar-list";
import { capItems, COUNTERPART_CAP, exploreHref, nameSome, NAME_CAP, type ChartCap } from "../cap";
import { chartEmpty, chartOk, type ChartResult } from "../chart-types";
import { formatMeasured, measureLabel, measureNoun, type Measure } from "../measure";
import type { MeasuredFlow, MeasureFigures } from "../measure-figures";
import { tipOf } from "../qualifier-tip";
import type { ActorRef, Direction } from "../sides";
import { COMBINED_QUALIFIER_WORDS, summableFlows, sumFlows } from "../sum-flows";
import { yearsCovered } from "../years";
import { counterpartOf } from "./actor-flows";

// The ranked counterparts chart: for the chosen actor and one measure, one bar per counterpart and
// direction (what the actor gave it, what it gave the actor), the largest first. A bar is a sum, so
// it follows the rules of sum-flows.ts, as the balance and the flow diagram do: top-level figures
// only, figures inconsistent within the source left out, and the qualifiers of the parts decide
// the sum's. A sum whose parts mix lower and upper bounds has no stated range and gets no bar.

export const COUNTERPARTS_RULES_TEXT =
  "Each bar adds up the top-level figures between the chosen actor and one counterpart in one direction, on this axis (components are inside their totals and never counted twice). " +
  "Figures flagged as inconsistent within the source are left out, and the qualifiers of the parts decide the qualifier of the sum.";

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

function rowOf(actor: ActorRef, counterpart: ActorRef, direction: Direction, flows: MeasuredFlow[], measure: Measure): CounterpartRow | null {
  const sum = sumFlows(flows, measure)!;
  if (sum.qualifier === "range_uncertain") return null;
  const path = pathOf(actor, counterpart, direction);
  const years = yearsCovered(flows.map((flow) => flow.figure));
  const ranked = [...flows].sort((x, y) => y.value - x.value || x.figure.id - y.figure.id);
  const figures = ranked.slice(0, NAME_CAP).map((flow) => ({ id: flow.figure.id, label: flow.figure.label }));
  return {
    key: `${direction}-${counterpart.code}`,
    figureId: null,
    label: `${path} (${counterpart.name})`,
    fullLabel: `${path}: ${direction === "a_to_b" ? `what the ${actor.code} gave ${counterpart.name}` : `what ${counterpart.name} gave the ${actor.code}`}`,
    value: sum.value,
    qualifier: sum.qualifier,
    tip: tipOf(sum.qualifier),
    valueText: sum.text,
    shortText: formatMeasured(sum.value, sum.qualifier, measure, { derived: sum.derived, short: true }),
    implausible: false,
    counterpart,
    direction,
    qualifierWords: COMBINED_QUALIFIER_WORDS[sum.qualifier],
    derived: sum.derived,
    figures,
    figureCount: flows.length,
    info: {
      title: path,
      valueText: sum.text,
      printed: null,
      phrase: null,
      period: years ? formatYearSpan(years.from, years.to) : null,
      direction: path,
      flags: [],
      derivedNote: sum.derived ? "Includes values converted at reference rates (derived); see the ledger's tooltips for each rate." : null,
      extra: [
        `Qualifier of the sum: ${COMBINED_QUALIFIER_WORDS[sum.qualifier]} (${sum.summary}).`,
        `Figures added${flows.length > NAME_CAP ? ", the largest first" : ""}: ${nameSome(ranked.map((flow) => flow.figure.label))}.`,
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
export function shapeCounterparts(selection: MeasureFigures, measure: Measure, actor: ActorRef, dataset = ""): ChartResult<CounterpartsData> {
  const { included, excluded } = summableFlows(selection);
  const positive = included.filter((flow) => flow.value > 0);
  const notes: string[] = [];
  if (excluded.length > 0) {
    notes.push(`Not added (flagged as inconsistent within the source): ${nameSome(excluded.map((flow) => flow.figure.label))}.`);
  }
  if (positive.length === 0) {
    return chartEmpty(`No top-level figures in ${measureNoun(measure)} flow between the ${actor.code} and another actor.`, notes);
  }
  const rows: CounterpartRow[] = [];
  for (const group of groupFlows(positive, actor)) {
    const row = rowOf(actor, group.counterpart, group.direction, group.flows, measure);
    if (row) rows.push(row);
    else {
      notes.push(
        `${pathOf(actor, group.counterpart, group.direction)} has no bar: its figures mix lower and upper bounds, so their sum has no stated range (${nameSome(group.flows.map((flow) => flow.figure.label))}).`,
      );
    }
  }
  if (rows.length === 0) return chartEmpty(`No sum in ${measureNoun(measure)} between the ${actor.code} and another actor has a stated range.`, notes);
  const order = (a: CounterpartRow, b: CounterpartRow) =>
    b.value - a.value || a.counterpart.code.localeCompare(b.counterpart.code) || a.direction.localeCompare(b.direction);
  const { kept, cap } = capItems(rows, COUNTERPART_CAP, order, {
    what: "largest",
    noun: "sum",
    href: exploreHref({ dataset, unit: unitsOf(positive), parent: "none", sort: "-value" }),
  });
  const counterparts = new Set(rows.map((row) => row.counterpart.code)).size;
  if (rows.length > 1) notes.push("Each sum assumes its figures do not overlap; the sources do not say whether they do.");
  notes.push(`${counterparts} counterpart(s) of the ${actor.code} in ${measureLabel(measure)}.`);
  return chartOk({ actor, measure, bars: kept, counterparts, cap, ...valueRange(kept) }, notes);
}
