import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { PostgresCsvRewriter, rewrittenCsvChunks } from "@/lib/export/csv/postgres-csv";
import { csvValueLines, type CsvValue } from "@/lib/export/csv/write";

// PostgreSQL's COPY … (FORMAT csv) as its documentation states it: NULL is an empty unquoted
// field; a field is quoted when it holds the delimiter, a quote, CR or LF, or is exactly \. ;
// quotes are doubled; rows end with LF. tests/db/api-figures-csv-fast.test.ts checks the real one.
function postgresField(value: CsvValue): string {
  if (value === null) return "";
  const text = String(value);
  return /[",\r\n]/.test(text) || text === "\\." ? `"${text.replace(/"/g, '""')}"` : text;
}
const postgresCsv = (rows: readonly (readonly CsvValue[])[]) => rows.map((row) => `${row.map(postgresField).join(",")}\n`).join("");

// A handed-back row as the caller writes it: parsed, its number cells numbers again, our writer.
const rewriteRecord = (record: string) => {
  const [fields] = Papa.parse<string[]>(record, { delimiter: ",", newline: "\n" }).data;
  return csvValueLines([fields!.map((field, index) => (index === 1 ? field : field === "" ? null : Number(field.replace(/^!/, ""))))]);
};

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function rewrite(input: string, splitAt: number[] = []): { text: string; rewritten: number } {
  let rewritten = 0;
  const rewriter = new PostgresCsvRewriter((record) => {
    rewritten++;
    return rewriteRecord(record);
  }, "!");
  const bytes = encoder.encode(input);
  const bounds = [0, ...splitAt, bytes.length];
  const out: Uint8Array[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) out.push(...rewriter.push(bytes.slice(bounds[i], bounds[i + 1])));
  rewriter.end();
  return { text: out.map((piece) => decoder.decode(piece)).join(""), rewritten };
}

// Characters our writer treats specially (neutralising, formula guard, quoting) and some it does not.
const CHARACTERS = [
  ...Array.from({ length: 0x21 }, (_, code) => String.fromCharCode(code)).filter((char) => char !== "\0"),
  ...Array.from({ length: 0x22 }, (_, offset) => String.fromCharCode(0x7f + offset)),
  "\u061C", "\u200B", "\u200E", "\u200F", "\u2013", "\u2028", "\u202A", "\u202C", "\u202E", "\u202F", "\u2066", "\u2069", "\u206A", "\uFEFF", "\uFEFE",
  '"', ",", "'", "=", "+", "-", "@", "\\", ".", "é", "ქ", "Ж", "😀",
];

describe("PostgreSQL's CSV rewritten as our writer's", () => {
  it("writes every text as our writer does, at the start, middle and end of a field and alone", () => {
    for (const char of CHARACTERS)
      for (const text of [char, `${char}ab`, `a${char}b`, `ab${char}`, `${char}${char}`]) {
        const rows: CsvValue[][] = [[1, text, 5], [2, "plain", null]];
        expect(rewrite(postgresCsv(rows)).text, JSON.stringify(text)).toBe(csvValueLines(rows));
      }
  });

  it("keeps plain rows as PostgreSQL wrote them, CRLF at their end, and hands none back", () => {
    const rows: CsvValue[][] = [[1, "Loan, long-term", 5], [2, 'said "yes"', 0.5], [3, "two\nlines", null], [4, "Пример – ქართული", 7]];
    const { text, rewritten } = rewrite(postgresCsv(rows));
    expect(rewritten).toBe(0);
    expect(text).toBe(csvValueLines(rows));
  });

  it("hands back only the rows that need it", () => {
    const rows: CsvValue[][] = [[1, "plain", 5], [2, "=formula", 5], [3, "plain", 5], [4, "end ", 5], [5, "bidi\u202E", 5]];
    const { text, rewritten } = rewrite(postgresCsv(rows));
    expect(rewritten).toBe(3);
    expect(text).toBe(csvValueLines(rows));
  });

  it("hands back a row the query marked", () => {
    const { text, rewritten } = rewrite("!7,plain,1e+21\n8,plain,2\n");
    expect(rewritten).toBe(1);
    expect(text).toBe(csvValueLines([[7, "plain", 1e21], [8, "plain", 2]]));
  });

  it("gives the same bytes however the stream is cut", () => {
    const rows: CsvValue[][] = [[1, 'a "quoted", text', 5], [2, "=guarded\r\nnext", 6], [3, "ქართული ტექსტი\n", null], [4, "\uFEFFbom", 1]];
    const input = postgresCsv(rows);
    const whole = rewrite(input).text;
    expect(whole).toBe(csvValueLines(rows));
    const length = encoder.encode(input).length;
    for (let cut = 1; cut < length; cut++) expect(rewrite(input, [cut]).text, `cut at ${cut}`).toBe(whole);
    for (let cut = 1; cut + 3 < length; cut += 5) expect(rewrite(input, [cut, cut + 1, cut + 3]).text).toBe(whole);
  });

  it("refuses a stream cut in the middle of a row", async () => {
    async function* chunks() {
      yield encoder.encode("1,complete,5\n2,cut");
    }
    const read = async () => {
      for await (const piece of rewrittenCsvChunks(chunks(), rewriteRecord, "!")) void piece;
    };
    await expect(read()).rejects.toThrow(/middle of a row/);
  });
});
