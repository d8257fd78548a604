// Next hands a page its query string as a record of strings (or string arrays for repeats).

export type RawParams = Record<string, string | string[] | undefined>;

/**
 * Drops parameters given with an empty value. A filter form submitted without JavaScript sends
 * every field, empty or not ("from=&unit=..."); an empty field means "no filter", not a mistake
 * worth a notice. Repeated parameters are kept, so that lenientParse can report them.
 */
export function dropEmptyParams(raw: RawParams): RawParams {
  return Object.fromEntries(Object.entries(raw).filter(([, value]) => value !== undefined && value !== ""));
}
