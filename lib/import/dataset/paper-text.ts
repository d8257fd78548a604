// The paper as distributed is a Markdown conversion: dollar signs are escaped ("\$300 million"),
// and paragraphs break across page boundaries. To check that a phrase is verbatim we undo only
// those two artefacts: unescape "\$" and fold every run of white space to one space.
export function normaliseForQuoting(text: string): string {
  return text.replace(/\\\$/g, "$").replace(/\s+/g, " ").trim();
}

export function occursVerbatim(paper: string, phrase: string): boolean {
  return normaliseForQuoting(paper).includes(normaliseForQuoting(phrase));
}
