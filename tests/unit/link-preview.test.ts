import { describe, expect, it } from "vitest";
import type { HeadlineCard } from "@/lib/charts/headline-cards/headline-cards";
import type { FigureDetailDto } from "@/lib/schemas/api/figure-response";
import { clip, figureDescription, figureMetadata, figurePreviewCard, overviewPreviewCard } from "@/lib/views/figure/link-preview";
import { unitInfoOf } from "../helpers/vocabulary";

// What a shared link previews with: the qualifier and the unit stay with the value, text is clipped
// at a word, and every address is the canonical one.

const figure = {
  id: 48,
  key: "specialists-1950-1960",
  dataset: "aid-1950",
  label: "Specialists sent (1950–1960)",
  value: 10000,
  valuePrinted: "10,000",
  unit: "persons",
  unitInfo: unitInfoOf("persons"),
  qualifier: "more_than",
  period: { start: "1950", end: "1960", status: "stated", text: null, yearStart: 1950, yearEnd: 1960 },
  section: "Mutual Assistance",
  source: { key: "paper", author: "A. Author", title: "A Paper", citation: "Author, A. (2020). A Paper.", year: "2020", url: null },
} as unknown as FigureDetailDto;

describe("link previews", () => {
  it("show a figure's value with its qualifier and unit, as printed and when, and its source", () => {
    const card = figurePreviewCard(figure, "Aid, 1950");
    expect(card).toEqual({
      kicker: "Aid, 1950",
      title: "Specialists sent (1950–1960)",
      value: "more than 10,000 persons",
      valueNote: "printed “10,000”, 1950–1960",
      source: "Source: A. Author, “A Paper” — section “Mutual Assistance”.",
    });
    expect(figureDescription(figure)).toContain("more than 10,000 persons");
  });

  it("give a figure page its canonical address, a description and a large card", () => {
    const metadata = figureMetadata(figure, "https://aidflow.example");
    expect(metadata.alternates?.canonical).toBe("/datasets/aid-1950/figures/specialists-1950-1960");
    expect(String(metadata.metadataBase)).toBe("https://aidflow.example/");
    expect(metadata.description).toMatch(/^more than 10,000 persons/);
    expect(metadata.twitter).toMatchObject({ card: "summary_large_image" });
    expect(metadata.openGraph).toMatchObject({ url: "/datasets/aid-1950/figures/specialists-1950-1960", siteName: "Aidflow" });
  });

  it("take an overview's headline from its first card, and say when there is no source", () => {
    const cards = [{ key: "c", title: "T", direction: null, note: null, lines: [{ valueText: "about $2 billion", label: "Loans", period: "1950–1955" }] }] as unknown as HeadlineCard[];
    expect(overviewPreviewCard({ kicker: "K", title: "Aid", cards, source: null })).toEqual({
      kicker: "K",
      title: "Aid",
      value: "about $2 billion",
      valueNote: "Loans, 1950–1955",
      source: "Source: not stated",
    });
    expect(overviewPreviewCard({ kicker: "K", title: "Aid", cards: [], source: "Source: X." }).value).toBeNull();
  });

  it("clip long text at a word, with an ellipsis, and leave short text alone", () => {
    expect(clip("short  text", 20)).toBe("short text");
    expect(clip("The Sino-Soviet Treaty of Friendship, Alliance and Mutual Assistance", 40)).toBe("The Sino-Soviet Treaty of Friendship…");
    expect(clip("x".repeat(50), 10)).toBe(`${"x".repeat(9)}…`);
  });
});
