import { describe, expect, it } from "vitest";
import { BAR_COLUMNS } from "@/lib/views/overview/chart-data/bar-data";
import { CHART_DATE_COLUMNS, chartDataPath, chartDataSnippets } from "@/lib/views/overview/chart-data/links";
import { parseChartDataRequest, refusedParameter } from "@/lib/views/overview/chart-data/request";
import { TIMELINE_COLUMNS } from "@/lib/views/overview/chart-data/timeline-data";
import { xlsxHref } from "@/lib/views/list/download-links";
import { QueryError } from "@/lib/schemas/api/query-error";

// The Data control's addresses and code: they follow the page's view, leave out what only changes
// how a chart is shown, and load dates as text in pandas and R.

const ORIGIN = "https://aidflow.example";

describe("chartDataPath", () => {
  it("keeps the view's parameters and drops the presentation ones", () => {
    const search = new URLSearchParams("a=USSR&b=PRC&currency=usd&view_ledger=table&goods_scale=linear&year_from=1950");
    expect(chartDataPath("my-data", "ledger", search)).toBe("/api/v1/datasets/my-data/charts/ledger?a=USSR&b=PRC&currency=usd&year_from=1950");
    expect(chartDataPath("my-data", "goods", new URLSearchParams(), "csv")).toBe("/api/v1/datasets/my-data/charts/goods?format=csv");
    expect(chartDataPath("a b", "flow", new URLSearchParams("format=xlsx&bom=true"), "json")).toBe("/api/v1/datasets/a%20b/charts/flow");
  });
});

describe("chartDataSnippets", () => {
  const search = new URLSearchParams("currency=usd&unit=USD");
  const csvUrl = `${ORIGIN}/api/v1/datasets/ds/charts/goods?currency=usd&unit=USD&format=csv`;

  it("reads the CSV in pandas and R with the period columns as text", () => {
    const snippets = chartDataSnippets(ORIGIN, "ds", "goods", search);
    expect(snippets.pandas).toBe(`import pandas as pd\n\nrows = pd.read_csv("${csvUrl}", dtype={"period_start": str, "period_end": str})\nprint(rows.head())`);
    expect(snippets.r).toBe(`rows <- read.csv("${csvUrl}", stringsAsFactors = FALSE, colClasses = c(period_start = "character", period_end = "character"))\nhead(rows)`);
  });

  it("fetches the JSON in JavaScript and fails loudly on an error answer", () => {
    const { fetch } = chartDataSnippets(ORIGIN, "ds", "ledger", search);
    expect(fetch).toContain(`await fetch("${ORIGIN}/api/v1/datasets/ds/charts/ledger?currency=usd&unit=USD")`);
    expect(fetch).toContain("if (!response.ok) throw new Error");
    expect(fetch).toContain("data.rows");
    expect(chartDataSnippets(ORIGIN, "ds", "ledger", search).pandas).not.toContain("dtype");
  });

  it("names only date columns the charts really have", () => {
    const keys = (columns: { key: string }[]) => columns.map((column) => column.key);
    expect(keys(TIMELINE_COLUMNS)).toEqual(expect.arrayContaining([...CHART_DATE_COLUMNS.timeline]));
    expect(keys(BAR_COLUMNS)).toEqual(expect.arrayContaining([...CHART_DATE_COLUMNS.goods, ...CHART_DATE_COLUMNS.people]));
  });

  it("writes a URL with quotes in it as a valid string literal", () => {
    const { pandas } = chartDataSnippets(ORIGIN, "ds", "flow", new URLSearchParams('a=X"Y'));
    expect(pandas).toContain('"https://aidflow.example/api/v1/datasets/ds/charts/flow?a=X%22Y&format=csv"');
  });
});

describe("parseChartDataRequest and refusedParameter", () => {
  it("splits the format from the view", () => {
    expect(parseChartDataRequest(new URLSearchParams("format=csv&bom=true&unit=USD"))).toEqual({ format: "csv", bom: true, view: { unit: "USD" } });
    expect(parseChartDataRequest(new URLSearchParams("")).format).toBe("json");
    expect(() => parseChartDataRequest(new URLSearchParams("format=pdf"))).toThrow(QueryError);
  });

  it("turns a notice that a parameter was ignored into a 400 naming it, and keeps the shaping's notices", () => {
    expect(refusedParameter([{ param: "currency", message: 'ignored currency: Invalid option: expected one of "original"|"usd"' }])).toMatchObject({ param: "currency", code: "invalid_parameter" });
    expect(refusedParameter([{ param: "colour", message: 'ignored the unknown parameter "colour"' }])).toMatchObject({ param: "colour", code: "unknown_parameter" });
    expect(refusedParameter([{ param: "year_to", message: "year_to (1948) is before year_from (1952); showing 1948–1952" }])).toBeNull();
  });
});

describe("xlsxHref", () => {
  it("asks the same rows of the API as XLSX, without the CSV's byte order mark", () => {
    expect(xlsxHref("/api/v1/figures?dataset=ds&sort=-value&format=csv&bom=true")).toBe("/api/v1/figures?dataset=ds&sort=-value&format=xlsx");
  });

  it("asks for the About sheet in the page's language, and adds nothing for English", () => {
    expect(xlsxHref("/api/v1/events?format=csv", "ka")).toBe("/api/v1/events?format=xlsx&lang=ka");
    expect(xlsxHref("/api/v1/events?format=csv", "en")).toBe("/api/v1/events?format=xlsx");
  });
});
