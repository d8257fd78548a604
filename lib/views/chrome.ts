import { splitLocalePath } from "@/lib/i18n/locale-path";

// Which pages render without the site's skip link, header and footer: embeds (shown inside other
// sites' iframes) and the full-screen presentation. Decided from the path on the server and again
// on every client-side navigation (components/layout/site-chrome.tsx): the root layout persists
// across navigations, so a choice made once per request would stick (entering the presentation
// from the overview, then leaving it, is all client-side so that full screen survives).

const PRESENTATION = /^\/datasets\/[^/]+\/present(?:\/|$)/;

/** `pathname` with or without its language prefix (/ka/embed/... is an embed too). */
export function isChromeless(pathname: string): boolean {
  const { path } = splitLocalePath(pathname);
  return path === "/present" || path.startsWith("/present/") || PRESENTATION.test(path) || path === "/embed" || path.startsWith("/embed/");
}
