// The figure page quotes the source's phrase and highlights the printed value inside it, so a
// reader sees exactly which words the number comes from.

export interface PhraseParts {
  before: string;
  match: string;
  after: string;
}

/**
 * The phrase split around the first occurrence of the printed value (letter case ignored, the
 * phrase's own casing kept), or null when the value is not in the phrase as printed.
 */
export function splitPhraseAtValue(phrase: string, printed: string): PhraseParts | null {
  const needle = printed.trim();
  if (needle === "") return null;
  const index = phrase.toLocaleLowerCase("en").indexOf(needle.toLocaleLowerCase("en"));
  if (index < 0) return null;
  return {
    before: phrase.slice(0, index),
    match: phrase.slice(index, index + needle.length),
    after: phrase.slice(index + needle.length),
  };
}
