import { neutraliseText } from "@/lib/security/neutralise-text";

// Text that goes into an exported SVG (titles, labels, sources) is data: a label reading
// "<script>" must stay text, and a stray control character must not make the file invalid XML.
// Control characters are dropped and bidi overrides made visible first (lib/security), then the
// five XML specials are escaped.

const XML_SPECIALS: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

export function escapeXml(text: string): string {
  return neutraliseText(text)
    .replace(/[\t\n\r]+/g, " ")
    .replace(/[&<>"']/g, (char) => XML_SPECIALS[char]!);
}

/** For an attribute value that is a URL: the same escaping, and only http(s) or same-site paths. */
export function escapeUrl(url: string): string {
  return /^(https?:\/\/|\/)/i.test(url) ? escapeXml(url) : "";
}
