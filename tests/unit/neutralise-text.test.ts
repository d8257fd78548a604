import { describe, expect, it } from "vitest";
import { toCsvCell } from "@/lib/export/csv/write";
import { displayText, formatPartialDate, formatStoredValue } from "@/lib/format";
import { needsNeutralising, neutraliseText } from "@/lib/security/neutralise-text";

// Bidirectional controls and control characters in data are shown as visible escapes or dropped,
// on screen (lib/format) and in CSV exports (lib/export/csv/write).

const BIDI = ["\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069", "\u200E", "\u200F", "\u061C"];

describe("neutraliseText", () => {
  it("turns every bidirectional control into a visible escape naming its code point", () => {
    for (const char of BIDI) {
      const code = char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0");
      expect(neutraliseText(`a${char}b`)).toBe(`a⟨U+${code}⟩b`);
    }
    // The classic trick: an override that makes "exe" read as "txt" backwards.
    expect(neutraliseText("invoice\u202Etxt.exe")).toBe("invoice⟨U+202E⟩txt.exe");
  });

  it("drops C0 and C1 control characters but keeps tabs and line breaks", () => {
    const controls = [...Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)), "\u007F", ...Array.from({ length: 32 }, (_, i) => String.fromCharCode(0x80 + i))];
    for (const char of controls) {
      const kept = char === "\t" || char === "\n" || char === "\r";
      expect(neutraliseText(`x${char}y`)).toBe(kept ? `x${char}y` : "xy");
    }
  });

  it("leaves ordinary text in every script alone, HTML included (React escapes that)", () => {
    for (const text of ["Сталин", "毛泽东", "საქართველო", "عربى", "<script>alert(1)</script>", "100% & more", "a\nb"]) {
      expect(neutraliseText(text)).toBe(text);
      expect(needsNeutralising(text)).toBe(false);
    }
    expect(needsNeutralising("a\u202Eb")).toBe(true);
    expect(needsNeutralising("a\u0000b")).toBe(true);
  });
});

describe("display and export helpers apply it", () => {
  it("displayText and formatStoredValue", () => {
    expect(displayText("ab\u202Ecd\u0007")).toBe("ab⟨U+202E⟩cd");
    expect(displayText(null)).toBe("");
    expect(formatStoredValue("x\u2066y")).toBe("x⟨U+2066⟩y");
    expect(formatStoredValue(1816000000)).toBe("1,816,000,000");
    expect(formatStoredValue(null)).toBe("—");
  });

  it("formatPartialDate's fallback for text that is not a date", () => {
    expect(formatPartialDate("19\u202E50")).toBe("19⟨U+202E⟩50");
  });

  it("CSV cells, before the formula check", () => {
    expect(toCsvCell("label \u202Egnp.exe")).toBe("label ⟨U+202E⟩gnp.exe");
    // A control character in front must not hide a formula from the check.
    expect(toCsvCell("\u0000=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(toCsvCell("Сталин, <b>bold</b>")).toBe("Сталин, <b>bold</b>");
  });
});
