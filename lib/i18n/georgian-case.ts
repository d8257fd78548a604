// Georgian puts postpositions on the word: "10 000-ზე მეტი" (more than 10,000), "300 მილიონ ტონაზე
// მეტი" (more than 300 million tons). A glossary pattern writes the suffix after a hyphen
// ("{amount}-ზე მეტი"); after digits or a symbol the hyphen stays, after a word the suffix joins it.
// In the oblique case the words before the noun (a scale word, an adjective) drop their final -ი.

const LETTER_END = /\p{Script=Georgian}$/u;

function stem(word: string): { stem: string; consonant: boolean } {
  return word.endsWith("ი") ? { stem: word.slice(0, -1), consonant: true } : { stem: word, consonant: false };
}

/** ("300 მილიონი ტონა", "ზე") -> "300 მილიონ ტონაზე"; ("10 000", "ზე") -> "10 000-ზე". */
export function attachSuffix(amount: string, suffix: string): string {
  const words = amount.split(" ");
  const last = words.at(-1) ?? "";
  if (!LETTER_END.test(last)) return `${amount}-${suffix}`;
  const before = words.slice(0, -1).map((word) => (LETTER_END.test(word) ? stem(word).stem : word));
  const { stem: lastStem, consonant } = stem(last);
  // "-მდე" follows the adverbial case: a consonant stem takes -ა- ("მილიონამდე"), a vowel stem not ("ტონამდე").
  const ending = suffix === "მდე" && consonant ? `ა${suffix}` : suffix;
  return [...before, `${lastStem}${ending}`].join(" ");
}

/** Fills "{amount}-ზე მეტი" with the amount, attaching the suffix the Georgian way. */
export function fillInflected(pattern: string, amount: string): string {
  const match = /^\{amount\}-(\p{Script=Georgian}+)(.*)$/u.exec(pattern);
  if (!match) return pattern.replace("{amount}", amount);
  return `${attachSuffix(amount, match[1]!)}${match[2]}`;
}
