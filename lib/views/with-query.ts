// Every address the app builds is a path plus an optional query string. Leaving out the "?" when
// there are no parameters keeps the default view's address the bare path, so equal views always
// give equal links.

export function withQuery(path: string, params: URLSearchParams): string {
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}
