import { describe, expect, it } from "vitest";
import { measureActorFlows } from "@/lib/charts/counterparts/actor-flows";
import { shapeCounterparts } from "@/lib/charts/counterparts/counterparts";
import type { Measure } from "@/lib/charts/measure";
import { makeActor, makeFigure, makeMoneyFlow, measureOf } from "../helpers/chart-fixtures";
import { EN } from "../helpers/chart-words";

// The ranked counterparts: one bar per counterpart and direction, a sum by the rules of
// sum-flows.ts, the largest first; built from datasets of other shapes than the bundled one.

const NO_CONVERSION = { currency: "original" as const, assume: "none" as const, rates: [] };
const usd: Measure = measureOf("USD");
const USA = makeActor("USA", "United States");
const RECEIVERS = ["AUT", "FRA", "DEU", "ITA", "NLD", "GBR"].map((code) => makeActor(code, `Country ${code}`));

function counterparts(figures: Parameters<typeof measureActorFlows>[0], actor = USA, measure = usd) {
  return shapeCounterparts(measureActorFlows(figures, actor, measure, NO_CONVERSION, EN), measure, actor, EN);
}

describe("shapeCounterparts", () => {
  it("ranks one giver's receivers by the sum of their top-level flows", () => {
    const figures = RECEIVERS.map((receiver, index) => makeMoneyFlow(USA, receiver, (index + 1) * 100));
    const extraToFrance = makeMoneyFlow(USA, RECEIVERS[1]!, 1000, { qualifier: "about" });
    const result = counterparts([...figures, extraToFrance]);
    if (!result.ok) throw new Error(result.reason);
    const { bars } = result.data;
    expect(bars).toHaveLength(6);
    expect(result.data.counterparts).toBe(6);
    expect(bars.every((bar) => bar.direction === "a_to_b")).toBe(true);
    expect(bars.map((bar) => bar.value)).toEqual([...bars.map((bar) => bar.value)].sort((a, b) => b - a));
    const france = bars[0]!;
    expect(france.counterpart.code).toBe("FRA");
    expect(france.value).toBe(1200);
    expect(france.qualifier).toBe("about");
    expect(france.figures.map((figure) => figure.id).sort()).toEqual([figures[1]!.id, extraToFrance.id].sort());
    expect(result.data.max).toBe(1200);
    expect(result.data.min).toBe(100);
  });

  it("keeps the two directions of a two-way exchange apart", () => {
    const france = RECEIVERS[1]!;
    const result = counterparts([makeMoneyFlow(USA, france, 100), makeMoneyFlow(france, USA, 30)]);
    if (!result.ok) throw new Error(result.reason);
    expect(result.data.bars.map((bar) => [bar.key, bar.value])).toEqual([
      ["a_to_b-FRA", 100],
      ["b_to_a-FRA", 30],
    ]);
    expect(result.data.bars[1]!.info.title).toBe("FRA → USA");
  });

  it("never adds a component to its total, nor a figure flagged inconsistent", () => {
    const total = makeMoneyFlow(USA, RECEIVERS[0]!, 100);
    const part = makeMoneyFlow(USA, RECEIVERS[0]!, 40, { parentId: total.id });
    const contradicted = makeMoneyFlow(USA, RECEIVERS[0]!, 999, { flags: ["internal_inconsistency"] });
    const result = counterparts([total, part, contradicted]);
    if (!result.ok) throw new Error(result.reason);
    expect(result.data.bars.map((bar) => bar.value)).toEqual([100]);
    expect(result.notes.join(" ")).toMatch(/inconsistent/);
  });

  it("gives no bar to a sum that mixes lower and upper bounds, and says why", () => {
    const result = counterparts([
      makeMoneyFlow(USA, RECEIVERS[0]!, 100, { qualifier: "more_than" }),
      makeMoneyFlow(USA, RECEIVERS[0]!, 50, { qualifier: "up_to" }),
      makeMoneyFlow(USA, RECEIVERS[1]!, 10),
    ]);
    if (!result.ok) throw new Error(result.reason);
    expect(result.data.bars.map((bar) => bar.counterpart.code)).toEqual(["FRA"]);
    expect(result.notes.join(" ")).toMatch(/USA → AUT has no bar/);
  });

  it("leaves out other units, non-transfers and figures between other actors", () => {
    const result = counterparts([
      makeFigure({ from: USA, to: RECEIVERS[0]!, unit: "persons" }),
      makeMoneyFlow(USA, RECEIVERS[0]!, 5, { kind: "claim" }),
      makeMoneyFlow(RECEIVERS[0]!, RECEIVERS[1]!, 5),
    ]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toBe("No top-level figures in US dollars flow between the USA and another actor.");
  });

  it("ranks 49 counterparts of one actor among 50", () => {
    const hub = makeActor("A00");
    const others = Array.from({ length: 49 }, (_, index) => makeActor(`A${String(index + 1).padStart(2, "0")}`));
    const figures = others.flatMap((other, index) => [makeMoneyFlow(hub, other, index + 1), makeMoneyFlow(other, others[(index + 1) % others.length]!, 7)]);
    const result = counterparts(figures, hub);
    if (!result.ok) throw new Error(result.reason);
    expect(result.data.bars).toHaveLength(49);
    expect(result.data.bars[0]!.counterpart.code).toBe("A49");
    expect(result.data.bars.reduce((total, bar) => total + bar.value, 0)).toBe((49 * 50) / 2);
  });
});
