// Where to go after logging in: only a path on this site, never another origin ("//evil.example",
// "/\evil.example" and "https://…" are all refused), so the login page cannot be used to send a
// curator elsewhere after a successful login.
const DEFAULT_AFTER_LOGIN = "/curate";

export function safeNextPath(next: string | null | undefined): string {
  if (!next || next.length > 2000 || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return DEFAULT_AFTER_LOGIN;
  if (/[\u0000-\u001F\u007F\\]/.test(next)) return DEFAULT_AFTER_LOGIN;
  try {
    const base = "http://aidflow.invalid";
    const url = new URL(next, base);
    return url.origin === base ? `${url.pathname}${url.search}${url.hash}` : DEFAULT_AFTER_LOGIN;
  } catch {
    return DEFAULT_AFTER_LOGIN;
  }
}
