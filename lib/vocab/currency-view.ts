// What the visitor asked to see money in. "original" is always the default: a conversion is opt-in.
const CURRENCY_VIEWS = {
  original: "As printed",
  usd: "US dollars",
  rub_old: "Old rubles (before 1961)",
  rub_new: "New rubles (from 1961)",
} as const;
export type CurrencyView = keyof typeof CURRENCY_VIEWS;
export const CURRENCY_VIEW_CODES = Object.keys(CURRENCY_VIEWS) as [CurrencyView, ...CurrencyView[]];

// How to read rubles whose basis the source does not state. "none" converts nothing: the visitor
// must pick old or new before such a figure is converted.
const RUBLE_ASSUMPTIONS = {
  none: "No assumption (unstated rubles stay as printed)",
  old: "Assume old rubles (before the 1961 reform)",
  new: "Assume new rubles (from 1961)",
} as const;
export type RubleAssumption = keyof typeof RUBLE_ASSUMPTIONS;
export const RUBLE_ASSUMPTION_CODES = Object.keys(RUBLE_ASSUMPTIONS) as [RubleAssumption, ...RubleAssumption[]];

// No zod here: the currency controls use these codes in the browser. The server validates them
// with the overview's parameters (lib/views/overview.ts).
