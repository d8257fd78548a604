import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

// Links, redirects and the router that keep the page's language: use these for every in-app link
// (downloads under /api/ stay plain anchors).
export const { Link, redirect, usePathname, useRouter, getPathname } = createNavigation(routing);
