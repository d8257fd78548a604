import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext, Page } from "@playwright/test";

// Finds interface English left on a page in another language: the words of the English messages
// (messages/en) that the page still shows, once the quoted source is taken out. The source is
// whatever the data API serves (labels, phrases, sections, notes, citations, names), and whatever
// the page marks lang="en" (the API reference's own descriptions). Words the Georgian messages use
// too (Aidflow, API, JSON, CSV…) are names, not leftovers.

const WORD = /[A-Za-z][A-Za-z’'-]{2,}/g;

function messageTexts(locale: string): string[] {
  const folder = path.join("messages", locale);
  const texts: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === "string") texts.push(value.replace(/\{[^{}]*\}/g, " ").replace(/<\/?[a-zA-Z]+>/g, " "));
    else if (value && typeof value === "object") Object.values(value).forEach(walk);
  };
  for (const file of readdirSync(folder).filter((name) => name.endsWith(".json"))) walk(JSON.parse(readFileSync(path.join(folder, file), "utf8")));
  return texts;
}

const wordsOf = (texts: Iterable<string>) => {
  const words = new Set<string>();
  for (const text of texts) for (const word of text.match(WORD) ?? []) words.add(word.toLowerCase().replace(/[’'-]+$/, ""));
  return words;
};

/** The English words only the English messages use. */
export function interfaceEnglishWords(): Set<string> {
  const georgian = wordsOf(messageTexts("ka"));
  return new Set([...wordsOf(messageTexts("en"))].filter((word) => !georgian.has(word)));
}

function collectStrings(value: unknown, into: Set<string>) {
  if (typeof value === "string") {
    if (value.trim().length > 0) into.add(value);
  } else if (Array.isArray(value)) value.forEach((item) => collectStrings(item, into));
  else if (value && typeof value === "object") Object.values(value).forEach((item) => collectStrings(item, into));
}

/** Every string the data API serves: the quoted source and the data's own names. */
export async function sourceStrings(request: APIRequestContext): Promise<Set<string>> {
  const strings = new Set<string>();
  const datasets = (await (await request.get("/api/v1/datasets")).json()) as { data: { slug: string }[] };
  collectStrings(datasets, strings);
  for (const { slug } of datasets.data) collectStrings(await (await request.get(`/api/v1/datasets/${slug}`)).json(), strings);
  for (const list of ["figures", "events"]) collectStrings(await (await request.get(`/api/v1/${list}?limit=1000`)).json(), strings);
  return strings;
}

/** The page's text and accessible names, without code, the quoted source and lang="en" parts. */
export async function pageText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const skip = '[lang="en"], script, style, noscript, code, pre, kbd, template, [hidden]';
    const parts: string[] = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.parentElement?.closest(skip)) parts.push(node.textContent ?? "");
    }
    for (const element of document.body.querySelectorAll("[aria-label], [title], [alt], [placeholder]")) {
      if (element.closest(skip)) continue;
      for (const name of ["aria-label", "title", "alt", "placeholder"]) parts.push(element.getAttribute(name) ?? "");
    }
    return parts.join("\n");
  });
}

/** The interface words left in English, with a little context each, once `source` is taken out. */
export function englishLeft(text: string, source: Set<string>, interfaceWords: Set<string>): string[] {
  // Whole quotes only ("sets", a unit code, is not taken out of "datasets"), longest first; then
  // endpoints (GET /api/v1/…), which are code.
  let rest = text;
  for (const quoted of [...source].sort((a, b) => b.length - a.length)) {
    if (quoted.length < 2 || !rest.includes(quoted)) continue;
    const escaped = quoted.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    rest = rest.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "gu"), " ");
  }
  rest = rest.replace(/\b(?:GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \/\S*/g, " ");
  const sourceWords = wordsOf(source);
  const found = new Set<string>();
  for (const match of rest.matchAll(WORD)) {
    const word = match[0].toLowerCase().replace(/[’'-]+$/, "");
    if (!interfaceWords.has(word) || sourceWords.has(word)) continue;
    const at = match.index ?? 0;
    found.add(`${match[0]}: “${rest.slice(Math.max(0, at - 30), at + 40).replace(/\s+/g, " ").trim()}”`);
  }
  return [...found];
}
