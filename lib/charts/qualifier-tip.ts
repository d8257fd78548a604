// What the end of a bar says about its number: an open end for a lower bound ("more than"), a cap
// for an upper bound ("up to"), "≈" for an approximate value. Every bar chart draws its qualifier
// this way, so the glyphs mean the same thing on every chart and in every legend.

export type Tip = "exact" | "lower" | "upper" | "approx";

export function tipOf(qualifier: string): Tip {
  if (qualifier === "more_than" || qualifier === "over" || qualifier === "at_least") return "lower";
  if (qualifier === "up_to" || qualifier === "nearly") return "upper";
  if (qualifier === "about") return "approx";
  return "exact";
}
