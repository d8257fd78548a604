import { afterEach, describe, expect, it, vi } from "vitest";
import { createFormat } from "@/lib/format";
import { withNumberTexts } from "@/lib/i18n/number-texts";

// A number inside a message, on a Georgian page, rendered as the browser renders it: through
// next-intl's client provider and useTranslations, in a runtime without Georgian Intl data (Debian's
// Chromium formats `ka` as en-US). It must come out as the server wrote it, or hydration fails.

const NBSP = "\u00a0";

/** Intl as in a browser that has no Georgian data: `ka` is formatted as en-US. */
function withoutGeorgianIntl() {
  const real = Intl;
  const asEnglish = (locales: unknown) => (locales === "ka" || (Array.isArray(locales) && locales[0] === "ka") ? "en-US" : locales) as string;
  const NumberFormat = function (locales?: unknown, options?: Intl.NumberFormatOptions) {
    return new real.NumberFormat(asEnglish(locales), options);
  };
  const PluralRules = function (locales?: unknown, options?: Intl.PluralRulesOptions) {
    return new real.PluralRules(asEnglish(locales), options);
  };
  vi.stubGlobal("Intl", { ...real, NumberFormat, PluralRules });
  vi.resetModules();
}

/** A client component showing a chart's cap note with 12,345 bars, rendered to HTML as on the server. */
async function renderCapNote(): Promise<string> {
  const React = await import("react");
  const { renderToString } = await import("react-dom/server");
  const { NextIntlClientProvider, useTranslations } = await import("next-intl");
  const { useNumberTexts } = await import("@/lib/i18n/use-number-texts");
  const { loadMessages } = await import("@/messages/load");
  const messages = await loadMessages("ka");
  function CapNote() {
    const t = useNumberTexts(useTranslations("charts"));
    return React.createElement("p", null, t("cap.text.largestBars", { shown: 40, total: 12_345 }));
  }
  const provider = { locale: "ka", messages: messages as never, timeZone: "UTC" as const, children: React.createElement(CapNote) };
  return renderToString(React.createElement(NextIntlClientProvider, provider));
}

describe("numbers inside Georgian messages without the runtime's Georgian data", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it("are written as the server writes them", async () => {
    const server = await renderCapNote();
    expect(server).toContain(`12${NBSP}345`);
    withoutGeorgianIntl();
    expect(await renderCapNote()).toBe(server);
  });

  it("would not be through ICU's own number formatting, which follows the runtime's data", async () => {
    const message = { n: "{n, number}", text: "{n, plural, other {{nText}}}" };
    const render = async (key: keyof typeof message) => {
      const { createTranslator } = await import("next-intl");
      const t = createTranslator({ locale: "ka", messages: message, onError: () => {} }) as unknown as (key: string, values?: never) => string;
      return withNumberTexts(t, createFormat("ka"))(key, { n: 12_345 } as never);
    };
    const [icu, text] = [await render("n"), await render("text")];
    withoutGeorgianIntl();
    expect(await render("n")).not.toBe(icu);
    expect(await render("text")).toBe(text);
    expect(text).toBe(`12${NBSP}345`);
  });
});

describe("withNumberTexts", () => {
  it("adds each number written out and keeps next-intl's rich and has", () => {
    const calls: unknown[] = [];
    const t = Object.assign((key: string, values?: Record<string, unknown>) => (calls.push(values), key), {
      rich: (key: string, values?: Record<string, unknown>) => (calls.push(values), key),
      has: (key: string) => key === "x",
    });
    const wrapped = withNumberTexts(t, createFormat("en"));
    wrapped("a", { count: 1234, name: "x" });
    wrapped.rich("b", { total: 5 });
    expect(calls).toEqual([{ count: 1234, countText: "1,234", name: "x" }, { total: 5, totalText: "5" }]);
    expect(wrapped.has("x")).toBe(true);
  });
});
