import { readFileSync } from "node:fs";
import path from "node:path";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n/locales";
import { NAMESPACES } from "@/messages/load";

// Every message exists in every language, is valid ICU, and takes the same arguments and tags, so
// that a page cannot show a raw key or drop a number in one language. A language may name only
// the units it knows (format.units): the others keep the name that comes with the data.

const OPTIONAL = ["format.units."];

type Tree = { [key: string]: string | Tree };

function read(locale: string, namespace: string): Tree {
  return JSON.parse(readFileSync(path.join("messages", locale, `${namespace}.json`), "utf8")) as Tree;
}

function flatten(tree: Tree, prefix: string, into: Map<string, string>): Map<string, string> {
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === "string") into.set(`${prefix}${key}`, value);
    else flatten(value, `${prefix}${key}.`, into);
  }
  return into;
}

/** Argument and tag names of a message, e.g. ["arg:count", "tag:code"]. */
function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.argument || element.type === TYPE.number || element.type === TYPE.date || element.type === TYPE.time)
      into.add(`arg:${element.value}`);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      into.add(`arg:${element.value}`);
      for (const option of Object.values(element.options)) argumentsOf(option.value, into);
    }
    if (element.type === TYPE.tag) {
      into.add(`tag:${element.value}`);
      argumentsOf(element.children, into);
    }
  }
  return into;
}

const messages = Object.fromEntries(
  LOCALES.map((locale) => [locale, flatten(Object.fromEntries(NAMESPACES.map((ns) => [ns, read(locale, ns)])) as Tree, "", new Map())]),
) as Record<(typeof LOCALES)[number], Map<string, string>>;

const required = (key: string) => !OPTIONAL.some((prefix) => key.startsWith(prefix));

describe("messages", () => {
  it("has a file per namespace and language", () => {
    for (const locale of LOCALES) for (const ns of NAMESPACES) expect(() => read(locale, ns), `${locale}/${ns}`).not.toThrow();
  });

  it.each(LOCALES.flatMap((a) => LOCALES.filter((b) => b !== a).map((b) => [a, b] as const)))("every %s key exists in %s", (from, to) => {
    const missing = [...messages[from].keys()].filter((key) => required(key) && !messages[to].has(key));
    expect(missing).toEqual([]);
  });

  it("is valid ICU, with the same arguments and tags in every language", () => {
    const differences: string[] = [];
    for (const [key, english] of messages.en) {
      const expected = [...argumentsOf(parse(english))].sort();
      for (const locale of LOCALES) {
        const text = messages[locale].get(key);
        if (text === undefined) continue;
        const actual = [...argumentsOf(parse(text))].sort();
        if (actual.join() !== expected.join()) differences.push(`${locale} ${key}: ${actual.join(" ")} ≠ ${expected.join(" ")}`);
      }
    }
    expect(differences).toEqual([]);
  });

  it("has no empty Georgian message where English has text", () => {
    const empty = [...messages.en].filter(([key, text]) => text !== "" && messages.ka.get(key) === "");
    expect(empty).toEqual([]);
  });
});
