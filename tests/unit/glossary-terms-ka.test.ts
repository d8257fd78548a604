import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import enGlossary from "@/messages/en/glossary.json" with { type: "json" };
import kaGlossary from "@/messages/ka/glossary.json" with { type: "json" };

// The glossary's terms are used wherever the interface says them: a Georgian message whose English
// says "ledger", "counterpart" or "reference rate" says the glossary's word for it, in whatever case
// (Georgian declines the stem: რეესტრი, რეესტრში, რეესტრის).

type Tree = { [key: string]: string | Tree | string[] };
function flatten(tree: Tree, prefix = "", into = new Map<string, string>()): Map<string, string> {
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === "string") into.set(`${prefix}${key}`, value);
    else if (!Array.isArray(value)) flatten(value, `${prefix}${key}.`, into);
  }
  return into;
}
const read = (locale: string) =>
  new Map(
    readdirSync(path.join("messages", locale)).flatMap((file) => [
      ...flatten(JSON.parse(readFileSync(path.join("messages", locale, file), "utf8")) as Tree, `${file.replace(/\.json$/, "")}.`),
    ]),
  );
const en = read("en");
const ka = read("ka");

/** A Georgian term's stem: the nominative's final ი dropped from its last word, and the ელ a declined form loses (მაჩვენებლის). */
const stem = (term: string) => term.replace(/(ელ)?ი$/, "");

const TERMS = ["ledger", "counterpart", "referenceRate", "figure"] as const;

describe("glossary terms in the Georgian messages", () => {
  it.each(TERMS)("%s is always the glossary's word", (term) => {
    const english = new RegExp(`\\b${enGlossary.terms[term]}`, "i");
    const georgian = stem(kaGlossary.terms[term]);
    const uses = [...en].filter(([key, text]) => !key.startsWith("glossary.") && english.test(text.replace(/\{\w+\}/g, "")));
    expect(uses.length).toBeGreaterThan(0);
    const astray = uses.filter(([key]) => !ka.get(key)?.includes(georgian)).map(([key]) => `${key}: ${ka.get(key)}`);
    expect(astray).toEqual([]);
  });
});
