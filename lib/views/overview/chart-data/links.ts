import type { ChartId } from "../param-codes";

// The address of a chart's data and the snippets that read it. Pure and zod-free: the Data control
// builds them in the browser from the page's own query (so they follow the view), the API writes
// them into its JSON answer.

export const CHART_DATA_FORMATS = ["json", "csv", "xlsx"] as const;
export type ChartDataFormat = (typeof CHART_DATA_FORMATS)[number];

/** The overview parameters that only change how a chart is shown, not which rows it has. */
const PRESENTATION_PARAMS = new Set(["view_ledger", "view_flow", "view_counterparts", "view_timeline", "view_goods", "view_people", "goods_scale"]);

export function chartDataPath(slug: string, chart: ChartId, search: URLSearchParams, format: ChartDataFormat = "json"): string {
  const params = new URLSearchParams();
  for (const [name, value] of search) if (!PRESENTATION_PARAMS.has(name) && name !== "format" && name !== "bom" && value !== "") params.set(name, value);
  if (format !== "json") params.set("format", format);
  const query = params.toString();
  return `/api/v1/datasets/${encodeURIComponent(slug)}/charts/${chart}${query ? `?${query}` : ""}`;
}

export interface ChartDataSnippets {
  pandas: string;
  r: string;
  fetch: string;
}

const quoted = (url: string) => JSON.stringify(url);

/** Each chart's columns of dates and partial dates ("1950", "1950-02"), which must stay text, not become numbers. */
export const CHART_DATE_COLUMNS: Record<ChartId, readonly string[]> = {
  ledger: [],
  flow: [],
  counterparts: [],
  timeline: ["start", "end"],
  goods: ["period_start", "period_end"],
  people: ["period_start", "period_end"],
};

function pandasSnippet(csv: string, dates: readonly string[]): string {
  const dtype = dates.length > 0 ? `, dtype={${dates.map((name) => `${quoted(name)}: str`).join(", ")}}` : "";
  return `import pandas as pd\n\nrows = pd.read_csv(${quoted(csv)}${dtype})\nprint(rows.head())`;
}

function rSnippet(csv: string, dates: readonly string[]): string {
  const classes = dates.length > 0 ? `, colClasses = c(${dates.map((name) => `${name} = "character"`).join(", ")})` : "";
  return `rows <- read.csv(${quoted(csv)}, stringsAsFactors = FALSE${classes})\nhead(rows)`;
}

/** Copyable code that loads the chart's rows: the CSV for pandas and R, the JSON for fetch. */
export function chartDataSnippets(origin: string, slug: string, chart: ChartId, search: URLSearchParams): ChartDataSnippets {
  const csv = `${origin}${chartDataPath(slug, chart, search, "csv")}`;
  const json = `${origin}${chartDataPath(slug, chart, search, "json")}`;
  const dates = CHART_DATE_COLUMNS[chart];
  return {
    pandas: pandasSnippet(csv, dates),
    r: rSnippet(csv, dates),
    fetch: `const response = await fetch(${quoted(json)});\nif (!response.ok) throw new Error((await response.json()).error.message);\nconst { data } = await response.json();\nconsole.table(data.rows); // data.columns describes each column; data.caps says what the chart left out`,
  };

}
