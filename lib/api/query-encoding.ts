// URLSearchParams (and so every route's parser) decodes "%ZZ" as the three characters "%ZZ" and an
// invalid UTF-8 sequence as U+FFFD, so a mangled query value would be searched for as if it were
// meant. This finds the first parameter whose value is not valid percent-encoded UTF-8, so the API
// can refuse it with a 400 that names it. A mangled name needs no check: it names no parameter,
// and the parser refuses it as unknown.

function decodes(text: string): boolean {
  try {
    // decodeURIComponent throws on a bad escape and on bytes that are not UTF-8.
    decodeURIComponent(text.replace(/\+/g, " "));
    return true;
  } catch {
    return false;
  }
}

/** The name of the first parameter of `search` with a badly encoded value ("?a=1&b=%ZZ" → "b"), or null. */
export function badlyEncodedParam(search: string): string | null {
  const query = search.startsWith("?") ? search.slice(1) : search;
  if (query === "") return null;
  for (const pair of query.split("&")) {
    const [name = "", ...rest] = pair.split("=");
    if (decodes(rest.join("="))) continue;
    return decodes(name) ? decodeURIComponent(name.replace(/\+/g, " ")) : name.slice(0, 100);
  }
  return null;
}
