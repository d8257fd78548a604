import type { ChartFigure } from "../chart-types";
import { classifyFigures } from "../flows";
import type { ConversionContext, Measure } from "../measure";
import { measureFigures, type MeasureFigures } from "../measure-figures";
import type { ActorRef } from "../sides";
import type { ChartWords } from "../words";

// One actor's flows with every counterpart, on one measure: the figures between the actor and each
// other actor, classified as the two-way charts classify a pair (sides.ts, flows.ts) with the actor
// as side A, so "a_to_b" is always what the actor gave and "b_to_a" what it received. The ranked
// counterparts chart and the flow diagram start from this.

/** The other actor of a figure between `actor` and someone else, or null. */
export function counterpartOf(figure: Pick<ChartFigure, "from" | "to">, actor: ActorRef): ActorRef | null {
  if (!figure.from || !figure.to || figure.from.code === figure.to.code) return null;
  if (figure.from.code === actor.code) return figure.to;
  if (figure.to.code === actor.code) return figure.from;
  return null;
}

export function measureActorFlows(figures: readonly ChartFigure[], actor: ActorRef, measure: Measure, context: ConversionContext, w: ChartWords): MeasureFigures {
  const byCounterpart = new Map<string, { counterpart: ActorRef; figures: ChartFigure[] }>();
  for (const figure of figures) {
    const counterpart = counterpartOf(figure, actor);
    if (!counterpart) continue;
    const group = byCounterpart.get(counterpart.code) ?? { counterpart, figures: [] };
    group.figures.push(figure);
    byCounterpart.set(counterpart.code, group);
  }
  const all: MeasureFigures = { flows: [], componentGroups: [], notConverted: [], notFlows: [] };
  for (const { counterpart, figures: between } of byCounterpart.values()) {
    const measured = measureFigures(classifyFigures(between, { a: actor, b: counterpart }), measure, context, w);
    all.flows.push(...measured.flows);
    all.componentGroups.push(...measured.componentGroups);
    all.notConverted.push(...measured.notConverted);
    all.notFlows.push(...measured.notFlows);
  }
  return all;
}
