// Makes text from the data safe to show and to export, whatever it contains. React already escapes
// HTML, so "<script>" is shown as text; what escaping does not stop are characters that change how
// text reads: bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069) can make
// "…exe.txt" look like "…txt.exe", or flip the digits of a number; direction marks (U+200E, U+200F,
// U+061C) do the same more quietly. They become visible escapes such as "⟨U+202E⟩". C0 and C1
// control characters (other than tab and line breaks) are dropped. The import and the schemas
// refuse all of these already (lib/schemas/text.ts): this is the second line, for display and export.

const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
// C0 controls except \t \n \r, DEL, and the C1 controls.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

const visible = (char: string) => `⟨U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}⟩`;

// Either kind, for a quick check first: most text has neither, and exports call this for every cell.
export const NEUTRALISED = new RegExp(`${CONTROL.source}|${BIDI.source}`);

export function neutraliseText(text: string): string {
  if (!NEUTRALISED.test(text)) return text;
  return text.replace(CONTROL, "").replace(BIDI, visible);
}

/** True when neutraliseText would change the text. */
export function needsNeutralising(text: string): boolean {
  return new RegExp(CONTROL.source).test(text) || new RegExp(BIDI.source).test(text);
}
