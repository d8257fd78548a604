// The figure page links back to the explore view the visitor came from. The view is remembered in
// sessionStorage (per tab) rather than carried in the figure's URL, so that a figure's address
// stays the same however one reached it.

const KEY = "aidflow-explore-view";
const EVENT = "aidflow-explore-view-change";

/** Only an explore address is ever stored or returned, never an arbitrary URL. */
function isExploreHref(href: string | null): href is string {
  return href !== null && (href === "/figures" || href.startsWith("/figures?"));
}

export function rememberExploreView(href: string): void {
  if (!isExploreHref(href)) return;
  try {
    sessionStorage.setItem(KEY, href);
    window.dispatchEvent(new Event(EVENT));
  } catch {
    // Storage can be refused (private mode); the back link then goes to the default view.
  }
}

export function readExploreView(): string | null {
  try {
    const href = sessionStorage.getItem(KEY);
    return isExploreHref(href) ? href : null;
  } catch {
    return null;
  }
}

export function subscribeExploreView(onChange: () => void): () => void {
  window.addEventListener(EVENT, onChange);
  window.addEventListener("storage", onChange);
  return () => {
    window.removeEventListener(EVENT, onChange);
    window.removeEventListener("storage", onChange);
  };
}
