// Short labels for chart marks. The full label is always in the tooltip and the table; a chart
// row only has room for the noun ("Soybeans", not "Soybeans exported by China to the USSR (1950–1962)").

const TRAILING_PARENTHESIS = /\s*\([^()]*\)\s*$/;
const VERB_PHRASE = /\s+(?:exported|supplied|sent|transferred|seized|placed)\b.*$/i;

export function compactLabel(label: string): string {
  const withoutPeriod = label.replace(TRAILING_PARENTHESIS, "");
  const noun = withoutPeriod.replace(VERB_PHRASE, "");
  return noun.length >= 3 ? noun : withoutPeriod;
}
