// Text measurement without a DOM, for laying out the titles, legends and footers of exported
// images. Widths are estimates of Inter's advance widths (in ems), rounded up so that an estimated
// line is never shorter than the drawn one: a line may end a little early, but never runs off the
// image. Scripts Inter does not cover (Chinese, Georgian) fall back to a system font, estimated at
// a full em per character for CJK and 0.7 em otherwise.

const NARROW = new Set([..."iljI.,:;'|!`()[]{}/\\ ”“’‘·"]);
const WIDE = new Set([..."mwMW@%—"]);

function charWidth(char: string): number {
  const code = char.codePointAt(0)!;
  if (char === " ") return 0.28;
  if (NARROW.has(char)) return 0.3;
  if (WIDE.has(char)) return 0.92;
  if (code >= 0x2e80 && code <= 0xffef) return 1.0; // CJK, full-width forms
  if (/[0-9]/.test(char)) return 0.64;
  if (/[A-Z]/.test(char)) return 0.72;
  if (/[a-z]/.test(char)) return 0.58;
  return 0.7;
}

/** Estimated width in px of `text` at `fontSize` px; bold text is about 6% wider. */
export function estimateTextWidth(text: string, fontSize: number, { bold = false } = {}): number {
  let ems = 0;
  for (const char of text) ems += charWidth(char);
  return ems * fontSize * (bold ? 1.06 : 1);
}

export interface WrapOptions {
  bold?: boolean;
  /** At most this many lines; the last one ends in "…" when text is left over. */
  maxLines?: number;
}

/** Cuts `text` to fit `maxWidth`, ending in "…" when anything was cut. */
export function truncateToWidth(text: string, maxWidth: number, fontSize: number, options: { bold?: boolean } = {}): string {
  if (estimateTextWidth(text, fontSize, options) <= maxWidth) return text;
  const chars = [...text];
  while (chars.length > 0 && estimateTextWidth(`${chars.join("").trimEnd()}…`, fontSize, options) > maxWidth) chars.pop();
  return chars.length === 0 ? "" : `${chars.join("").trimEnd()}…`;
}

/**
 * Greedy word wrap by estimated width. A word longer than a line (a URL, a long compound) is broken
 * between characters. Returns at least one line for non-empty text, and none for empty text.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, { bold = false, maxLines = Infinity }: WrapOptions = {}): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const fits = (line: string) => estimateTextWidth(line, fontSize, { bold }) <= maxWidth;
  const lines: string[] = [];
  let line = "";
  const push = (next: string) => {
    lines.push(next);
  };
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) push(line);
    line = "";
    if (fits(word)) {
      line = word;
      continue;
    }
    // Break an over-long word between characters.
    let piece = "";
    for (const char of word) {
      if (fits(piece + char)) piece += char;
      else {
        push(piece);
        piece = char;
      }
    }
    line = piece;
  }
  if (line) push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const rest = lines.slice(maxLines - 1).join(" ");
  kept[maxLines - 1] = truncateToWidth(`${rest}`, maxWidth, fontSize, { bold }).replace(/…?$/, "…");
  return kept;
}
