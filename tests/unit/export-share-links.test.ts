import { describe, expect, it } from "vitest";
import { CHART_IDS } from "@/lib/views/overview/param-codes";
import { chartPermalink, EMBED_HEIGHT_MESSAGE, embedPath, embedSnippet, figurePath, neighbourChart, pickOverviewParams, presentPath } from "@/lib/export/share-links";

// Links that share a chart name its dataset and carry the overview's own parameters only, in a fixed order.

const search = new URLSearchParams("utm_source=x&view_flow=table&currency=usd&family=money&assume=old&view_ledger=table&goods_scale=linear");

describe("share links", () => {
  it("keep the overview's parameters, drop strangers, and order them", () => {
    expect(pickOverviewParams(search).toString()).toBe("family=money&currency=usd&assume=old&goods_scale=linear&view_ledger=table&view_flow=table");
    expect(chartPermalink("https://a.example", "aid-1950", "ledger", search)).toBe(
      "https://a.example/datasets/aid-1950?family=money&currency=usd&assume=old&goods_scale=linear&view_ledger=table&view_flow=table#chart-ledger",
    );
    expect(chartPermalink("https://a.example", "aid-1950", "people", new URLSearchParams())).toBe("https://a.example/datasets/aid-1950#chart-people");
  });

  it("carry the pair of actors and the year window first", () => {
    const scoped = new URLSearchParams("family=money&year_to=1952&b=FRA&a=USA&year_from=1948");
    expect(pickOverviewParams(scoped).toString()).toBe("a=USA&b=FRA&year_from=1948&year_to=1952&family=money");
    expect(embedPath("aid-1950", "counterparts", scoped)).toBe("/embed/aid-1950/counterparts?a=USA&b=FRA&year_from=1948&year_to=1952&family=money");
  });

  it("give an embed and a slide only their own chart's view choice", () => {
    expect(embedPath("aid-1950", "flow", search)).toBe("/embed/aid-1950/flow?family=money&currency=usd&assume=old&goods_scale=linear&view_flow=table");
    expect(presentPath("aid-1950", "goods", search)).toBe(
      "/datasets/aid-1950/present?chart=goods&family=money&currency=usd&assume=old&goods_scale=linear&view_ledger=table&view_flow=table",
    );
  });

  it("step through the charts in order, wrapping around", () => {
    expect(neighbourChart(CHART_IDS[0], -1)).toBe(CHART_IDS.at(-1));
    expect(neighbourChart(CHART_IDS.at(-1)!, 1)).toBe(CHART_IDS[0]);
    expect(CHART_IDS.map((chart) => neighbourChart(neighbourChart(chart, 1), -1))).toEqual([...CHART_IDS]);
  });

  it("write an iframe snippet with escaped attributes, a title and lazy loading", () => {
    const snippet = embedSnippet({ src: "https://a.example/embed/ledger?x=1&y=2", title: 'Ledger "A" <b>', width: 800, height: 620.4 });
    const [iframe, note, script] = snippet.split("\n");
    expect(iframe).toBe(
      '<iframe src="https://a.example/embed/ledger?x=1&amp;y=2" title="Ledger &quot;A&quot; &lt;b&gt;" width="800" height="620" loading="lazy" style="border:0;max-width:100%" referrerpolicy="strict-origin-when-cross-origin"></iframe>',
    );
    // The resizing is explained where it is pasted, and checks who sent the height.
    expect(note).toMatch(/^<!-- .*fits the iframe's height.*only messages from this iframe.* -->$/);
    expect(script).toMatch(/^<script>.*<\/script>$/);
    expect(script).toContain(`d.type!=="${EMBED_HEIGHT_MESSAGE}"`);
    expect(script).toContain("contentWindow===e.source");
    expect(script).toContain(".origin===e.origin");
    expect(snippet.split("\n")).toHaveLength(3);
  });

  it("resize only the iframe that sent its height, and only from that iframe's own origin", () => {
    const script = embedSnippet({ src: "https://a.example/embed/x/ledger", title: "T", width: 800, height: 600 }).split("\n")[2]!;
    const body = script.replace(/^<script>|<\/script>$/g, "");
    let listener: ((event: { data: unknown; source: unknown; origin: string }) => void) | null = null;
    const frames = [
      { src: "https://a.example/embed/x/ledger", contentWindow: { name: "ours" }, style: { height: "" } },
      { src: "https://b.example/other", contentWindow: { name: "theirs" }, style: { height: "" } },
    ];
    const run = new Function("addEventListener", "document", "location", body);
    run((_type: string, handler: typeof listener) => (listener = handler), { getElementsByTagName: () => frames }, { href: "https://host.example/page" });
    const send = (data: unknown, source: unknown, origin: string) => listener!({ data, source, origin });
    send({ type: EMBED_HEIGHT_MESSAGE, height: 432.2 }, frames[0]!.contentWindow, "https://a.example");
    expect(frames.map((frame) => frame.style.height)).toEqual(["433px", ""]);
    // Another window, another origin, another message type, or an implausible height: ignored.
    send({ type: EMBED_HEIGHT_MESSAGE, height: 900 }, { name: "stranger" }, "https://a.example");
    send({ type: EMBED_HEIGHT_MESSAGE, height: 900 }, frames[0]!.contentWindow, "https://evil.example");
    send({ type: EMBED_HEIGHT_MESSAGE, height: 900 }, frames[1]!.contentWindow, "https://a.example");
    send({ type: "other", height: 900 }, frames[0]!.contentWindow, "https://a.example");
    send({ type: EMBED_HEIGHT_MESSAGE, height: "900" }, frames[0]!.contentWindow, "https://a.example");
    send({ type: EMBED_HEIGHT_MESSAGE, height: 1e9 }, frames[0]!.contentWindow, "https://a.example");
    expect(frames.map((frame) => frame.style.height)).toEqual(["433px", ""]);
  });

  it("name a figure by its dataset and its stable key", () => {
    expect(figurePath("aid-1950", "credit-1950-usd")).toBe("/datasets/aid-1950/figures/credit-1950-usd");
  });
});
