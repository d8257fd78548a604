import type { ChartFigure } from "./chart-types";
import type { ClassifiedFigures } from "./flows";
import { isMoney } from "@/lib/vocab";
import { valueIn, type ConversionContext, type Measure, type Valued } from "./measure";
import type { Direction } from "./sides";
import type { ChartWords } from "./words";

// The flows on one measure: the top-level flows whose value is on the axis (with their components
// that are too), the components whose parent is in another unit (listed under that parent), and
// what is left out and why. The ledger, the balance and the flow diagram all start from this.

export interface MeasuredFigure extends Valued {
  figure: ChartFigure;
}

export interface MeasuredFlow extends MeasuredFigure {
  direction: Direction;
  /** Components on the same axis, stacked inside the bar. */
  components: MeasuredFigure[];
  /** Components in another unit: they appear in their own unit's view, never converted. */
  componentsElsewhere: ChartFigure[];
}

/** A parent in another unit whose components are on this axis ("Food exports (components…)"). */
export interface ComponentGroup {
  parent: ChartFigure;
  direction: Direction;
  components: MeasuredFigure[];
}

interface LeftOut {
  figure: ChartFigure;
  reason: string;
}

export interface MeasureFigures {
  flows: MeasuredFlow[];
  componentGroups: ComponentGroup[];
  /** Flows in this unit family that could not be put on the axis (e.g. rubles of unstated basis). */
  notConverted: LeftOut[];
  /** Figures in this unit (or, converted, any money) that are not flows between the sides. */
  notFlows: LeftOut[];
}

function onMeasureFamily(figure: ChartFigure, measure: Measure): boolean {
  if (measure.kind === "unit") return figure.unit === measure.unit;
  return isMoney(figure.unitInfo);
}

export function measureFigures(
  classified: ClassifiedFigures,
  measure: Measure,
  context: ConversionContext,
  w: ChartWords,
): MeasureFigures {
  const flows: MeasuredFlow[] = [];
  const componentGroups: ComponentGroup[] = [];
  const notConverted: LeftOut[] = [];
  for (const { figure, direction } of classified.flows) {
    const components = classified.componentsOf.get(figure.id) ?? [];
    const measuredComponents: MeasuredFigure[] = [];
    const elsewhere: ChartFigure[] = [];
    for (const component of components) {
      const valued = valueIn(component, measure, context, w);
      if (valued.ok) measuredComponents.push({ figure: component, value: valued.value, derived: valued.derived, derivedNote: valued.derivedNote });
      else if (!onMeasureFamily(component, measure)) elsewhere.push(component);
      else notConverted.push({ figure: component, reason: valued.reason });
    }
    const valued = valueIn(figure, measure, context, w);
    if (valued.ok) {
      flows.push({
        figure,
        direction,
        value: valued.value,
        derived: valued.derived,
        derivedNote: valued.derivedNote,
        components: measuredComponents,
        componentsElsewhere: elsewhere,
      });
    } else {
      if (onMeasureFamily(figure, measure)) notConverted.push({ figure, reason: valued.reason });
      if (measuredComponents.length > 0) componentGroups.push({ parent: figure, direction, components: measuredComponents });
    }
  }
  const notFlows = classified.others
    .filter(({ figure }) => onMeasureFamily(figure, measure))
    .map(({ figure, reason }) => ({
      figure,
      reason: w.t(`notFlow.${reason}`),
    }));
  return { flows, componentGroups, notConverted, notFlows };
}
