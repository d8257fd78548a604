// A view written as a query string: the parameters in a fixed order (filters, then sort and
// paging, then presentation), defaults left out and lists joined with commas, so that equal views
// always give equal URLs.

type Values = Record<string, unknown>;

const sameSet = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((item) => b.includes(item));

function isDefault(value: unknown, fallback: unknown): boolean {
  if (Array.isArray(value) && Array.isArray(fallback)) return sameSet(value, fallback);
  return value === fallback;
}

/** The text a value is written as, or null when it is absent or the default (left out). */
function paramText(value: unknown, fallback: unknown): string | null {
  if (value === undefined || value === null || isDefault(value, fallback)) return null;
  if (Array.isArray(value)) return value.length === 0 ? null : value.join(",");
  return String(value);
}

export function writeParams(view: Values, order: readonly string[], defaults: Values): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of order) {
    const text = paramText(view[key], defaults[key]);
    if (text !== null) params.set(key, text);
  }
  return params;
}
