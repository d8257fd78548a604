import { describe, expect, it } from "vitest";
import { loadDatasetFile } from "@/lib/import/dataset/load";
import { parseDatasetMeta } from "@/lib/schemas/dataset-meta";
import { localActorName } from "@/lib/views/figure/actor-names";

// Actor names on Georgian pages: the dataset file declares a Georgian name for every actor it
// declares, flagged as Aidflow's translation; undeclared ISO countries take i18n-iso-countries'
// Georgian name; English pages keep the stored names.

const file = loadDatasetFile("prisma/data/sino-soviet-1950-1980.yaml");
const names = file.dataset.meta.actorNames;

describe("Georgian actor names", () => {
  it("are declared, as translations, for every actor the dataset file declares, and for no other", () => {
    expect(Object.keys(names ?? {}).sort()).toEqual(file.actors.map((actor) => actor.code).sort());
    for (const actor of file.actors) {
      const ka = names?.[actor.code]?.ka;
      expect(ka?.translated, actor.code).toBe(true);
      expect(ka?.name, actor.code).toMatch(/^[\u10D0-\u10FF][\u10D0-\u10FF ()-]+$/);
    }
  });

  it("name the treaty's parties in Georgian, with their usual abbreviations", () => {
    const byCode = (code: string) => ({ code, name: file.actors.find((actor) => actor.code === code)!.name });
    expect(localActorName(byCode("USSR"), "ka", names)).toBe("საბჭოთა კავშირი");
    expect(localActorName(byCode("PRC"), "ka", names)).toBe("ჩინეთის სახალხო რესპუბლიკა");
    expect(names?.USSR?.ka?.short).toBe("სსრკ");
    expect(names?.PRC?.ka?.short).toBe("ჩსრ");
    expect(localActorName(byCode("MAN"), "ka", names)).toContain("მანჯურია");
    // A declaration wins over the ISO list: the paper's Outer Mongolia, not today's Mongolia.
    expect(localActorName(byCode("MNG"), "ka", names)).toBe("გარე მონღოლეთი");
  });

  it("fall back to the ISO list's Georgian name, then to the stored name, and stay English on English pages", () => {
    expect(localActorName({ code: "FRA", name: "France" }, "ka", names)).toBe("საფრანგეთი");
    expect(localActorName({ code: "ZZZ", name: "Zed League" }, "ka", names)).toBe("Zed League");
    expect(localActorName({ code: "USSR", name: "Soviet Union" }, "en", names)).toBe("Soviet Union");
  });

  it("travel in the dataset's stored metadata and survive a read back", () => {
    const stored = parseDatasetMeta(JSON.stringify(file.dataset.meta));
    expect(stored.actorNames?.ROC?.ka?.name).toBe(names?.ROC?.ka?.name);
    expect(parseDatasetMeta(JSON.stringify({ actorNames: { USSR: { ka: { name: "x" } } } }))).toEqual({});
  });
});
