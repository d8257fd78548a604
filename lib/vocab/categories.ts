// What a flow is about. The core list serves every dataset: the categories of the Sino-Soviet
// exchange and those aid data commonly uses. A dataset may declare more, with their labels, in its
// metadata (`meta.categories`, lib/schemas/dataset-meta.ts); the vocabulary
// (lib/vocab/vocabulary.ts) knows both. The order here is the order of charts and legends.

export const CATEGORIES = {
  credits_loans: "Credits and loans",
  grants: "Grants",
  technical_assistance: "Technical assistance",
  humanitarian_aid: "Humanitarian aid",
  debt_relief: "Debt relief",
  budget_support: "Budget support",
  trade: "Trade",
  repayments_payments: "Repayments and payments",
  personnel: "Personnel",
  education_training: "Education and training",
  technology_transfer: "Technology transfer",
  industrial_projects: "Industrial projects",
  infrastructure: "Infrastructure",
  commodity_exports: "Commodity exports",
  joint_companies: "Joint companies",
  military: "Military",
  territory: "Territory",
  seizures: "Seizures",
  treaty_terms: "Treaty terms",
  diplomacy: "Diplomacy",
} as const;
export type Category = keyof typeof CATEGORIES;
export const CATEGORY_CODES = Object.keys(CATEGORIES) as [Category, ...Category[]];

/** Category codes, core or declared: lower-case words joined by underscores. */
export const CATEGORY_CODE_PATTERN = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;
