import { afterEach, describe, expect, it, vi } from "vitest";
import { linkPreviewImage } from "@/components/figure/link-preview-image";
import { createFormat } from "@/lib/format";
import { figurePreviewCard } from "@/lib/views/figure/link-preview";
import type { FigureDetailDto } from "@/lib/schemas/api/figure-response";
import { createTranslator } from "next-intl";
import type { Translate } from "@/lib/i18n/translate";
import kaFigure from "@/messages/ka/figure.json" with { type: "json" };

// A figure's link preview in Georgian: its words from messages/ka (the value formatted in Georgian,
// the source's own title as printed), and an image drawn with fonts that have every letter on it,
// so next/og never falls back to fetching a font from the network (which fails offline and draws
// empty boxes).

const figure = {
  label: "Specialists sent (1950–1960)",
  value: 10000,
  valuePrinted: "10,000",
  unit: "persons",
  unitInfo: { code: "persons", label: "Persons", noun: "persons", family: "count", group: "People" },
  qualifier: "more_than",
  period: { start: "1950", end: "1960", status: "stated", text: null },
  section: "Mutual Assistance",
  source: { author: "A. Author", title: "A Paper" },
} as unknown as FigureDetailDto;

afterEach(() => vi.restoreAllMocks());

describe("a Georgian link preview", () => {
  const t = createTranslator({ locale: "ka", messages: { figure: kaFigure }, namespace: "figure.preview" }) as unknown as Translate;
  const card = figurePreviewCard(figure, "Aid, 1950", { t, fmt: createFormat("ka") });

  it("writes its words in Georgian and keeps the source's as printed", () => {
    expect(card.value).toMatch(/[\u10D0-\u10FF]/);
    expect(card.valueNote).toBe(`წყაროში: „10,000“, ${createFormat("ka").formatPeriod(figure.period)}`);
    expect(card.source).toBe("წყარო: A. Author, „A Paper“ — თავი „Mutual Assistance“.");
    expect(card.title).toBe(figure.label);
  });

  it("draws a PNG with every letter from the fonts it was given", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const warnings = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const response = await linkPreviewImage(card, "ka");
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
    const logged = [...errors.mock.calls, ...warnings.mock.calls].flat().map(String).join("\n");
    expect(logged).not.toMatch(/Failed to load dynamic font/);
  });
});
