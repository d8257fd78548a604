import { describe, expect, it } from "vitest";
import { CHART_IDS } from "@/lib/views/overview/param-codes";
import { chartPermalink, embedPath, embedSnippet, neighbourChart, pickOverviewParams, presentPath } from "@/lib/export/share-links";

// Links that share a chart carry the overview's own parameters only, in a fixed order.

const search = new URLSearchParams("utm_source=x&view_flow=table&currency=usd&family=money&assume=old&view_ledger=table&goods_scale=linear");

describe("share links", () => {
  it("keep the overview's parameters, drop strangers, and order them", () => {
    expect(pickOverviewParams(search).toString()).toBe("family=money&currency=usd&assume=old&goods_scale=linear&view_ledger=table&view_flow=table");
    expect(chartPermalink("https://a.example", "ledger", search)).toBe(
      "https://a.example/?family=money&currency=usd&assume=old&goods_scale=linear&view_ledger=table&view_flow=table#chart-ledger",
    );
    expect(chartPermalink("https://a.example", "people", new URLSearchParams())).toBe("https://a.example/#chart-people");
  });

  it("give an embed and a slide only their own chart's view choice", () => {
    expect(embedPath("flow", search)).toBe("/embed/flow?family=money&currency=usd&assume=old&goods_scale=linear&view_flow=table");
    expect(presentPath("goods", search)).toBe("/present?chart=goods&family=money&currency=usd&assume=old&goods_scale=linear&view_ledger=table&view_flow=table");
  });

  it("step through the charts in order, wrapping around", () => {
    expect(neighbourChart(CHART_IDS[0], -1)).toBe(CHART_IDS.at(-1));
    expect(neighbourChart(CHART_IDS.at(-1)!, 1)).toBe(CHART_IDS[0]);
    expect(CHART_IDS.map((chart) => neighbourChart(neighbourChart(chart, 1), -1))).toEqual([...CHART_IDS]);
  });

  it("write an iframe snippet with escaped attributes, a title and lazy loading", () => {
    const snippet = embedSnippet({ src: "https://a.example/embed/ledger?x=1&y=2", title: 'Ledger "A" <b>', width: 800, height: 620.4 });
    expect(snippet).toBe(
      '<iframe src="https://a.example/embed/ledger?x=1&amp;y=2" title="Ledger &quot;A&quot; &lt;b&gt;" width="800" height="620" loading="lazy" style="border:0;max-width:100%" referrerpolicy="strict-origin-when-cross-origin"></iframe>',
    );
  });
});
