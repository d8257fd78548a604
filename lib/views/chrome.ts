// Which pages render without the site's skip link, header and footer: embeds (shown inside other
// sites' iframes) and the full-screen presentation. Decided from the path on the server and again
// on every client-side navigation (components/layout/site-chrome.tsx): the root layout persists
// across navigations, so a choice made once per request would stick (entering the presentation
// from the overview, then leaving it, is all client-side so that full screen survives).

const PRESENTATION = /^\/datasets\/[^/]+\/present(?:\/|$)/;

export function isChromeless(pathname: string): boolean {
  return (
    pathname === "/present" ||
    pathname.startsWith("/present/") ||
    PRESENTATION.test(pathname) ||
    pathname === "/embed" ||
    pathname.startsWith("/embed/")
  );
}
