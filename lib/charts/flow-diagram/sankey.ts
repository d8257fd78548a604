import { capOf, COUNTERPART_CAP, exploreHref, type ChartCap } from "../cap";
import { categoryOrder } from "../category-order";
import { chartEmpty, chartOk, type ChartResult } from "../chart-types";
import { measureNoun, type Measure } from "../measure";
import type { MeasuredFlow, MeasureFigures } from "../measure-figures";
import { counterpartOf } from "../counterparts/actor-flows";
import { DIRECTIONS, directionLabel, type ActorRef, type Direction, type Sides } from "../sides";
import { summableFlows, sumFlows } from "../sum-flows";
import type { ChartWords } from "../words";
import { flowBarsOf, type FlowBars } from "./flow-bars";

// The flow diagram: for the ledger's measure, side A (sent) -> categories -> each receiver, and each
// giver -> categories -> side A (received) the other way round. A link's width is a sum, so it follows the rules of
// sum-flows.ts, as the balance does: top-level figures only, inconsistent figures left out, qualifiers combined.

/** The rules above in words (messages "sankey.rules"), for under the diagram. */
export const SANKEY_RULES_KEY = "sankey.rules";

export interface SankeyNodeDatum {
  name: string;
  kind: "source" | "category" | "target";
  direction: Direction;
  valueText: string;
}

export interface SankeyLinkDatum {
  source: number;
  target: number;
  value: number;
  direction: Direction;
  category: string;
  label: string;
  /** The whole path: "USSR → Credits and loans → PRC" (or "→ 3 receivers" for a category's whole). */
  path: string;
  /** The counterpart at the link's far end from side A; null on side A's own end, which sums every counterpart. */
  counterpart: string | null;
  valueText: string;
  qualifierWords: string;
  derived: boolean;
  /** What the link adds up ("sum of 812 figures, 3 with qualifiers"). */
  summary: string;
  /** The largest figures added (at most LINK_NAMES), and how many were added in all. */
  figures: { id: number; label: string }[];
  figureCount: number;
  /** The figures in words: "a; b; c and 812 more". */
  figuresText: string;
}

export interface SankeyData {
  measure: Measure;
  nodes: SankeyNodeDatum[];
  links: SankeyLinkDatum[];
  /** The first figures left out of every sum (at most LINK_NAMES), and how many in all. */
  excluded: { id: number; label: string }[];
  excludedCount: number;
  derived: boolean;
  /** Per direction, when only the flows with the largest counterparts are drawn. */
  caps: ChartCap[];
  /** Labelled bars to draw instead of the diagram when it has too few flows (flow-bars.ts); null otherwise. */
  bars: FlowBars | null;
}

interface Endpoints {
  givers: ActorRef[];
  receivers: ActorRef[];
}

/** Who gives and who receives the flows of one direction: the actor on one end, its counterparts on the other. */
function endpoints(flows: readonly MeasuredFlow[], direction: Direction, actor: ActorRef): Endpoints {
  const totals = new Map<string, { actor: ActorRef; value: number }>();
  for (const flow of flows) {
    const counterpart = counterpartOf(flow.figure, actor)!;
    const entry = totals.get(counterpart.code) ?? { actor: counterpart, value: 0 };
    entry.value += flow.value;
    totals.set(counterpart.code, entry);
  }
  const others = [...totals.values()].sort((a, b) => b.value - a.value || a.actor.code.localeCompare(b.actor.code)).map((entry) => entry.actor);
  return direction === "a_to_b" ? { givers: [actor], receivers: others } : { givers: others, receivers: [actor] };
}

function byKey<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** Figures a link names: fewer than elsewhere, as a diagram has many links. */
const LINK_NAMES = 5;

/** The largest figures of a sum, to name in its tooltip and table: a link may add thousands. */
function largestFigures(flows: readonly MeasuredFlow[]): { id: number; label: string }[] {
  return [...flows]
    .sort((a, b) => b.value - a.value || a.figure.id - b.figure.id)
    .slice(0, LINK_NAMES)
    .map((flow) => ({ id: flow.figure.id, label: flow.figure.label }));
}

function namedFigures(members: readonly MeasuredFlow[], { t }: ChartWords) {
  const figures = largestFigures(members);
  const more = members.length - figures.length;
  const named = figures.map((figure) => figure.label).join("; ");
  return { figures, figureCount: members.length, figuresText: more > 0 ? t("names.more", { names: named, count: more }) : named };
}

/** Links one direction may draw: a counterpart costs one per category it shares with the actor. */
const LINK_BUDGET = 100;

/**
 * The counterparts of one direction whose flows add up to the most, as many as fit LINK_BUDGET
 * links (and COUNTERPART_CAP counterparts): beyond that no diagram stays legible. Everything drawn
 * is then about those counterparts only, category sums included, and the cap says so.
 */
function largestCounterparts(flows: MeasuredFlow[], actor: ActorRef, direction: Direction, dataset: string, w: ChartWords) {
  const totals = new Map<string, { value: number; categories: Set<string> }>();
  for (const flow of flows) {
    const code = counterpartOf(flow.figure, actor)!.code;
    const entry = totals.get(code) ?? { value: 0, categories: new Set<string>() };
    entry.value += flow.value;
    entry.categories.add(flow.figure.category);
    totals.set(code, entry);
  }
  const ranked = [...totals.entries()].sort(([a, x], [b, y]) => y.value - x.value || a.localeCompare(b));
  const keptCodes = new Set<string>();
  const categories = new Set<string>();
  let links = 0;
  for (const [code, entry] of ranked) {
    const added = new Set([...categories, ...entry.categories]);
    const cost = links + entry.categories.size + (added.size - categories.size);
    if (keptCodes.size > 0 && (cost > LINK_BUDGET || keptCodes.size >= COUNTERPART_CAP)) break;
    keptCodes.add(code);
    for (const category of entry.categories) categories.add(category);
    links = cost;
  }
  if (keptCodes.size === ranked.length) return { kept: flows, cap: null };
  const units = [...new Set(flows.map((flow) => flow.figure.unit))].sort();
  const cap = capOf(
    keptCodes.size,
    ranked.length,
    {
      kind: direction === "a_to_b" ? "receivers" : "givers",
      href: exploreHref({ dataset, [direction === "a_to_b" ? "from" : "to"]: [actor.code], unit: units, parent: "none", sort: "-value" }),
    },
    w,
  );
  return { kept: flows.filter((flow) => keptCodes.has(counterpartOf(flow.figure, actor)!.code)), cap };
}

/** The nodes and links of one direction: givers -> categories -> receivers. */
function directionGraph(
  flows: readonly MeasuredFlow[],
  direction: Direction,
  actor: ActorRef,
  measure: Measure,
  graph: { nodes: SankeyNodeDatum[]; links: SankeyLinkDatum[] },
  w: ChartWords,
) {
  const { t } = w;
  const { givers, receivers } = endpoints(flows, direction, actor);
  const partyOf = (flow: MeasuredFlow) => counterpartOf(flow.figure, actor)!.code;
  const node = (name: string, kind: SankeyNodeDatum["kind"], group: readonly MeasuredFlow[]) =>
    graph.nodes.push({ name, kind, direction, valueText: sumFlows(group, measure, w)!.text }) - 1;
  const giverIndex = new Map(givers.map((giver) => [giver.code, node(t("sankey.sent", { actor: giver.code }), "source", direction === "a_to_b" ? flows : flows.filter((flow) => partyOf(flow) === giver.code))]));
  const categories = [...byKey(flows, (flow) => flow.figure.category).entries()].sort(([a], [b]) => categoryOrder(a) - categoryOrder(b));
  const categoryIndex = new Map(categories.map(([category, members]) => [category, node(w.category(category), "category", members)]));
  const receiverIndex = new Map(receivers.map((receiver) => [receiver.code, node(t("sankey.received", { actor: receiver.code }), "target", direction === "b_to_a" ? flows : flows.filter((flow) => partyOf(flow) === receiver.code))]));
  const link = (members: readonly MeasuredFlow[], ends: { source: number; target: number }, text: { label: string; path: string }, category: string, counterpart: string | null) => {
    const sum = sumFlows(members, measure, w)!;
    graph.links.push({
      ...ends,
      value: sum.value,
      direction,
      category,
      ...text,
      counterpart,
      valueText: sum.text,
      qualifierWords: w.qualifier(sum.qualifier),
      derived: sum.derived,
      summary: sum.summary,
      ...namedFigures(members, w),
    });
  };
  for (const [category, members] of categories) {
    const name = w.category(category);
    // The actor's end is one link per category; the counterparts' end one per counterpart and category.
    const parties = [...byKey(members, partyOf).entries()];
    const partyPath = (code: string) => (direction === "a_to_b" ? `${actor.code} → ${name} → ${code}` : `${code} → ${name} → ${actor.code}`);
    const middle = categoryIndex.get(category)!;
    if (direction === "a_to_b") {
      const whole = parties.length === 1 ? partyPath(parties[0]![0]) : `${actor.code} → ${name} → ${t("sankey.receivers", { count: parties.length })}`;
      link(members, { source: giverIndex.get(actor.code)!, target: middle }, { label: `${actor.code} → ${name}`, path: whole }, category, null);
      for (const [code, own] of parties) {
        link(own, { source: middle, target: receiverIndex.get(code)! }, { label: `${name} → ${code}`, path: partyPath(code) }, category, code);
      }
    } else {
      for (const [code, own] of parties) {
        link(own, { source: giverIndex.get(code)!, target: middle }, { label: `${code} → ${name}`, path: partyPath(code) }, category, code);
      }
      const whole = parties.length === 1 ? partyPath(parties[0]![0]) : `${t("sankey.givers", { count: parties.length })} → ${name} → ${actor.code}`;
      link(members, { source: middle, target: receiverIndex.get(actor.code)! }, { label: `${name} → ${actor.code}`, path: whole }, category, null);
    }
  }
}

/**
 * The flow diagram of `selection`, the flows between side A and its counterparts on one measure
 * (with a single counterpart: the two sides). Side A's gifts run from it through their categories
 * to each receiver; what it received runs from each giver through the categories to it.
 */
export function shapeSankey(selection: MeasureFigures, measure: Measure, sides: Sides, w: ChartWords, dataset = ""): ChartResult<SankeyData> {
  const { t } = w;
  const { included, excluded } = summableFlows(selection);
  const positive = included.filter((flow) => flow.value > 0);
  const actor = sides.a;
  const counterparts = new Set(positive.map((flow) => counterpartOf(flow.figure, actor)?.code));
  if (positive.length === 0) {
    const unit = measureNoun(measure, w);
    const reason =
      counterparts.size > 1 ? t("sankey.emptyCounterparts", { unit, actor: actor.code }) : t("sankey.emptyPair", { unit, a: sides.a.code, b: sides.b.code });
    const why = excluded.length > 0 ? ` ${t("sankey.emptyInconsistent", { count: excluded.length })}` : "";
    return chartEmpty(`${reason}${why}`);
  }
  const graph = { nodes: [] as SankeyNodeDatum[], links: [] as SankeyLinkDatum[] };
  const caps: ChartCap[] = [];
  for (const direction of DIRECTIONS) {
    const { kept, cap } = largestCounterparts(positive.filter((flow) => flow.direction === direction), actor, direction, dataset, w);
    if (cap) caps.push(cap);
    if (kept.length > 0) directionGraph(kept, direction, actor, measure, graph, w);
  }
  const notes = DIRECTIONS.filter((direction) => !positive.some((flow) => flow.direction === direction)).map((direction) =>
    counterparts.size > 1
      ? t(direction === "a_to_b" ? "sankey.nothingFrom" : "sankey.nothingTo", { unit: measureNoun(measure, w), actor: actor.code })
      : t("sankey.nothingDirection", { unit: measureNoun(measure, w), direction: directionLabel(direction, sides) }),
  );
  return chartOk(
    {
      measure,
      nodes: graph.nodes,
      links: graph.links,
      bars: flowBarsOf({ links: graph.links, measure }, w),
      excluded: largestFigures(excluded),
      excludedCount: excluded.length,
      derived: graph.links.some((link) => link.derived),
      caps,
    },
    notes,
  );
}
