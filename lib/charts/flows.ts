import type { Category, Kind } from "@/lib/vocab";
import type { ChartFigure } from "./chart-types";
import { directionOf, type Direction, type Sides } from "./sides";

// Which figures count as flows between the two sides. The ledger, the balance, the flow diagram and
// the people chart all use these rules, and the page states them under the charts.
//
// A flow: the giver and the receiver are the two sides (either way round); the figure records
// something promised, transferred, counted or paid over (not a claim, a treaty term, a duration or
// a stock at a date); and it is not diplomatic, territorial, treaty or military context.
// Components of a flow are never flows of their own: they are drawn inside their parent.

const NON_FLOW_KINDS: ReadonlySet<string> = new Set<Kind>(["claim", "term", "duration", "stock"]);
const CONTEXT_CATEGORIES: ReadonlySet<string> = new Set<Category>(["diplomacy", "territory", "treaty_terms", "military"]);

/** The rule above in words, for under the ledger (messages "flowRules": the kinds and categories of NON_FLOW_KINDS and CONTEXT_CATEGORIES). */
export const FLOW_RULES_KEY = "flowRules";

export type NotFlowReason = "not_between_sides" | "not_a_transfer" | "context_category";

/** Why a figure is not a transfer whoever its actors are, or null when it records one. */
export function notTransferReason(figure: Pick<ChartFigure, "kind" | "category">): Exclude<NotFlowReason, "not_between_sides"> | null {
  if (NON_FLOW_KINDS.has(figure.kind)) return "not_a_transfer";
  if (CONTEXT_CATEGORIES.has(figure.category)) return "context_category";
  return null;
}

export function notFlowReason(figure: ChartFigure, sides: Sides): NotFlowReason | null {
  if (directionOf(figure, sides) === null) return "not_between_sides";
  return notTransferReason(figure);
}


export interface FlowFigure {
  figure: ChartFigure;
  direction: Direction;
}

export interface ClassifiedFigures {
  /** Top-level flows: flows whose parent (if any) is not itself a flow. */
  flows: FlowFigure[];
  /** The direct components of each top-level flow, in input order, whatever their own direction. */
  componentsOf: Map<number, ChartFigure[]>;
  /** Every figure that is neither a top-level flow nor a component of one, with the reason. */
  others: { figure: ChartFigure; reason: NotFlowReason | "component_elsewhere" }[];
}

export function classifyFigures(figures: readonly ChartFigure[], sides: Sides): ClassifiedFigures {
  const byId = new Map(figures.map((figure) => [figure.id, figure]));
  const isFlow = new Map<number, boolean>();
  for (const figure of figures) isFlow.set(figure.id, notFlowReason(figure, sides) === null);
  const flows: FlowFigure[] = [];
  const componentsOf = new Map<number, ChartFigure[]>();
  const others: ClassifiedFigures["others"] = [];
  const topLevel = (figure: ChartFigure) =>
    isFlow.get(figure.id) === true && (figure.parentId === null || isFlow.get(figure.parentId) !== true);
  for (const figure of figures) {
    if (topLevel(figure)) {
      flows.push({ figure, direction: directionOf(figure, sides)! });
      continue;
    }
    const parent = figure.parentId === null ? undefined : byId.get(figure.parentId);
    if (parent && topLevel(parent)) {
      const list = componentsOf.get(parent.id) ?? [];
      list.push(figure);
      componentsOf.set(parent.id, list);
      continue;
    }
    others.push({ figure, reason: notFlowReason(figure, sides) ?? "component_elsewhere" });
  }
  return { flows, componentsOf, others };
}
