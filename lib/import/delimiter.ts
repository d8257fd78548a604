// Which character separates a CSV file's cells: a comma (what the export writes), a semicolon
// (what spreadsheets save where the comma is the decimal separator) or a tab. Read off the header
// row, outside quotes: the one that occurs most there; a comma when none does (a one-column file).

export type Delimiter = "comma" | "semicolon" | "tab";

const CANDIDATES: readonly { name: Delimiter; char: string }[] = [
  { name: "comma", char: "," },
  { name: "semicolon", char: ";" },
  { name: "tab", char: "\t" },
];

export function detectDelimiter(text: string): { name: Delimiter; char: string } {
  const counts = new Map<string, number>();
  let inQuotes = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (char === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (char === "\n" || char === "\r")) break;
    else if (!inQuotes) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best = CANDIDATES[0]!;
  for (const candidate of CANDIDATES) if ((counts.get(candidate.char) ?? 0) > (counts.get(best.char) ?? 0)) best = candidate;
  return best;
}

