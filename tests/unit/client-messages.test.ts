import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SHELL_MESSAGES } from "@/app/_shell/shell-messages";
import { mergeMessages, pickMessages } from "@/lib/i18n/pick-messages";
import { declaredClientMessages, ungivenClientTranslations } from "../helpers/client-translations";

// The browser receives only the messages its client components translate: the shell's, plus those
// a page names with <ClientMessages>. A client component whose namespace is not given would show
// raw keys, so every route file is checked against the client components it renders; a page that
// names a namespace none of them uses would send it for nothing.

const ROUTE_FILE = /^(page|layout|error|not-found|loading|global-error)\.tsx$/;

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "api" ? [] : routeFiles(file);
    return ROUTE_FILE.test(entry.name) ? [file] : [];
  });
}

describe("the messages given to client components", () => {
  const files = routeFiles("app");

  it.each(files)("%s gives its client components every namespace they translate", (file) => {
    expect([...ungivenClientTranslations(file, SHELL_MESSAGES)]).toEqual([]);
  });

  it.each(files.filter((file) => declaredClientMessages(file).length > 0))("%s names only namespaces its client components use", (file) => {
    const needed = ungivenClientTranslations(file, [], { honourProviders: false });
    const unused = declaredClientMessages(file).filter((given) => ![...needed].some((path) => path === given || path.startsWith(`${given}.`)));
    expect(unused).toEqual([]);
  });

  it("sees through lazy charts and hooks, and finds a namespace nothing gives", () => {
    // What the overview's client components translate when nothing gives them anything.
    const overview = ungivenClientTranslations("components/overview/overview-page.tsx");
    for (const namespace of ["charts", "glossary", "vocab", "format", "overview"]) expect(overview).toContain(namespace);
    expect(ungivenClientTranslations("app/[locale]/layout.tsx")).toContain("layout.nav");
    expect(ungivenClientTranslations("app/[locale]/api-docs/page.tsx").size).toBe(0);
  });
});

describe("pickMessages", () => {
  const messages = { common: { close: "Close" }, explore: { controls: { scale: "Scale" }, title: "Explore" }, charts: { x: "X" } };
  it("keeps the named namespaces and parts, in their nesting", () => {
    expect(pickMessages(messages, ["common", "explore.controls"])).toEqual({ common: { close: "Close" }, explore: { controls: { scale: "Scale" } } });
  });
  it("throws on a path that names nothing", () => {
    expect(() => pickMessages(messages, ["explore.nothing" as "explore"])).toThrow(/explore\.nothing/);
  });
  it("merges a page's messages over the shell's without dropping either's keys", () => {
    expect(mergeMessages({ explore: { title: "Explore" }, common: { close: "Close" } }, { explore: { controls: { scale: "Scale" } } })).toEqual({
      explore: { title: "Explore", controls: { scale: "Scale" } },
      common: { close: "Close" },
    });
  });
});
