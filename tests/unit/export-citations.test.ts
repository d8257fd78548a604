import { describe, expect, it } from "vitest";
import { loadDatasetFile } from "@/lib/import/dataset/load";
import { translator } from "@/tests/helpers/translator";
import {
  apaDate,
  bibtexAuthors,
  bibtexKey,
  datasetCitation,
  escapeBibtex,
  figureCitations,
  type DatasetCiteInput,
  type SourceCiteInput,
} from "@/lib/export/citations";

// Citations for the dataset and for each figure, built from the bundled dataset file.

const accessed = new Date(2026, 10, 28, 9, 30);

describe("BibTeX escaping and keys", () => {
  it("escapes every LaTeX special character", () => {
    expect(escapeBibtex("A & B 50% $3 #1 a_b {x} ~ ^ \\")).toBe(
      "A \\& B 50\\% \\$3 \\#1 a\\_b \\{x\\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{}",
    );
    expect(escapeBibtex("line\nbreak   and  spaces")).toBe("line break and spaces");
  });

  it("keeps keys ASCII and stable", () => {
    expect(bibtexKey("aidflow", "sino-soviet-1950-1980", "v1")).toBe("aidflow:sino-soviet-1950-1980:v1");
    expect(bibtexKey("Łódź #1", "x")).toBe("Lodz-1:x");
    expect(bibtexKey("a", "b")).toBe(bibtexKey("a", "b"));
  });

  it("keeps author names verbatim, one per ';'", () => {
    expect(bibtexAuthors("Republic of China; Union of Soviet Socialist Republics")).toBe("{Republic of China} and {Union of Soviet Socialist Republics}");
    expect(bibtexAuthors("Xu Zh.Y.")).toBe("{Xu Zh.Y.}");
  });
});

describe("citations of the bundled dataset", () => {
  const file = loadDatasetFile("prisma/data/sino-soviet-1950-1980.yaml");
  const { dataset } = file;
  const primary = file.sources.find((source) => source.kind === "primary")!;
  const cite: DatasetCiteInput = {
    slug: dataset.slug,
    title: dataset.title,
    version: dataset.version,
    lastUpdated: dataset.lastUpdated,
    url: "https://aidflow.example/",
    basedOn: primary.citation,
  };
  const sourceRef = (key: string): SourceCiteInput => {
    const source = file.sources.find((entry) => entry.key === key)!;
    return { key: source.key, author: source.author, year: source.year, title: source.title, citation: source.citation, url: source.url };
  };

  it("cites the dataset in APA with its version and the access date", () => {
    const citation = datasetCitation(cite, accessed);
    expect(citation.apa).toBe(
      `Aidflow. (${dataset.lastUpdated.slice(0, 4)}). ${dataset.title} (Version ${dataset.version}) [Data set]. Retrieved ${apaDate(accessed)}, from https://aidflow.example/`,
    );
    expect(apaDate(accessed)).toBe("November 28, 2026");
    expect(citation.bibtex).toMatch(new RegExp(`^@misc\\{aidflow:${dataset.slug}:v${dataset.version},\\n`));
    expect(citation.bibtex).toContain("urldate      = {2026-11-28}");
    expect(citation.bibtex).toContain(`version      = {${dataset.version}}`);
    // Balanced braces: the entry parses.
    const body = citation.bibtex.replace(/\\[{}]/g, "");
    expect(body.split("{").length).toBe(body.split("}").length);
  });

  it("cites a figure, its paper and the work the paper cites for it", () => {
    const figure = file.figures.find((entry) => entry.cited?.source);
    expect(figure, "the dataset has a figure with a cited work").toBeDefined();
    const citations = figureCitations(
      {
        key: figure!.key,
        label: figure!.label,
        permalink: `https://aidflow.example/datasets/${dataset.slug}/figures/${figure!.key}`,
        dataset: cite,
        source: sourceRef(figure!.source),
        citedRef: figure!.cited!.ref,
        citedSource: sourceRef(figure!.cited!.source!),
      },
      accessed,
    );
    expect(citations.map((c) => c.id)).toEqual(["figure", "paper", "cited"]);
    // The record names the figure by its dataset and stable key, never by a numeric id.
    expect(citations[0]!.apa).toContain(`https://aidflow.example/datasets/${dataset.slug}/figures/${figure!.key}`);
    expect(citations[0]!.apa).toContain(`[Data set record, figure ${figure!.key}]`);
    expect(citations[0]!.bibtex).toContain(`figure ${escapeBibtex(figure!.key)}, in`);
    expect(citations[1]!.apa).toBe(sourceRef(figure!.source).citation.replace(/\s+/g, " ").trim());
    expect(citations[2]!.apa).toBe(sourceRef(figure!.cited!.source!).citation.replace(/\s+/g, " ").trim());
    expect(citations[2]!.bibtex).toMatch(new RegExp(`^@misc\\{${figure!.cited!.source},`));
    expect(citations[2]!.note).toContain("as cited in");
  });

  it("names a short reference the paper gives without a full one, and no cited work when there is none", () => {
    const base = { key: "k", label: "L", permalink: "https://aidflow.example/datasets/d/figures/k", dataset: cite, source: sourceRef(primary.key) };
    expect(figureCitations({ ...base, citedRef: null, citedSource: null }, accessed).map((c) => c.id)).toEqual(["figure", "paper"]);
    const short = figureCitations({ ...base, citedRef: "Zhang, 2009:3", citedSource: null }, accessed)[2]!;
    expect(short.apa).toContain("Zhang, 2009:3 (as cited in");
    expect(short.bibtex).toContain("title = {{Zhang, 2009:3}}");
  });

  // The dialog's references in Georgian: labels, the access date and notes from messages/ka
  // (through next-intl, as the dialog does); the data's own words and BibTeX's keys stay as they are.
  const ka = translator("ka", "citation");
  const kaCite: DatasetCiteInput = { ...cite, url: "https://aidflow.example/ka" };

  describe("in Georgian", () => {
    it("writes the access date as Georgian prose, with the month in the dative", () => {
      expect(apaDate(accessed, ka)).toBe("2026 წლის 28 ნოემბერს");
      expect(apaDate(new Date(1961, 0, 1), ka)).toBe("1961 წლის 1 იანვარს");
    });

    it("cites the dataset with Georgian labels and its title as printed", () => {
      const citation = datasetCitation(kaCite, accessed, ka);
      expect(citation.apa).toBe(
        `Aidflow. (${dataset.lastUpdated.slice(0, 4)}). ${dataset.title} (ვერსია ${dataset.version}) [მონაცემთა ნაკრები]. მოძიებულია 2026 წლის 28 ნოემბერს, https://aidflow.example/ka`,
      );
      expect(citation.heading).toBe(`მონაცემთა ნაკრები (ვერსია ${dataset.version})`);
      expect(citation.bibtex).toMatch(new RegExp(`^@misc\\{aidflow:${dataset.slug}:v${dataset.version},\\n`));
      expect(citation.bibtex).toContain("howpublished = {მონაცემთა ნაკრები}");
      expect(citation.bibtex).toContain("urldate      = {2026-11-28}");
      expect(citation.bibtex).toContain("ამოღებულია ნაშრომიდან:");
      expect(citation.apa).not.toMatch(/Retrieved|Version|Data set/);
    });

    it("cites a figure, its paper and the work the paper cites, in Georgian around the data's words", () => {
      const figure = file.figures.find((entry) => entry.cited?.source)!;
      const citations = figureCitations(
        {
          key: figure.key,
          label: figure.label,
          permalink: `https://aidflow.example/ka/datasets/${dataset.slug}/figures/${figure.key}`,
          dataset: kaCite,
          source: sourceRef(figure.source),
          citedRef: figure.cited!.ref,
          citedSource: sourceRef(figure.cited!.source!),
        },
        accessed,
        ka,
      );
      expect(citations.map((c) => c.heading)).toEqual([ka("figure.heading"), ka("paper.heading"), ka("cited.heading")]);
      expect(citations[0]!.apa).toContain(`${figure.label.replace(/\s+/g, " ").trim()} [მონაცემთა ნაკრების ჩანაწერი, მაჩვენებელი ${figure.key}]`);
      expect(citations[0]!.apa).toContain("მოძიებულია 2026 წლის 28 ნოემბერს, https://aidflow.example/ka/datasets/");
      // The paper's reference is the source's own, untranslated.
      expect(citations[1]!.apa).toBe(sourceRef(figure.source).citation.replace(/\s+/g, " ").trim());
      expect(citations[2]!.note).toContain(`„${figure.cited!.ref}“`);
    });

    it("cites a short reference the paper gives in Georgian", () => {
      const base = { key: "k", label: "L", permalink: "https://aidflow.example/ka/datasets/d/figures/k", dataset: kaCite, source: sourceRef(primary.key) };
      const short = figureCitations({ ...base, citedRef: "Zhang, 2009:3", citedSource: null }, accessed, ka)[2]!;
      expect(short.apa).toBe(`Zhang, 2009:3 (ციტირებულია ნაშრომში: ${primary.citation.replace(/\s+/g, " ").trim()})`);
      expect(short.note).toBe(ka("citedRef.note"));
    });

    it("gives the same English through next-intl as without a translator", () => {
      const en = translator("en", "citation");
      expect(datasetCitation(cite, accessed, en)).toEqual(datasetCitation(cite, accessed));
    });
  });
});
