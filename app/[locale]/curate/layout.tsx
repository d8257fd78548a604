import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { CuratorBar } from "@/components/curation/curator-bar";
import { getCuratorFromCookies } from "@/lib/security/session";

export const metadata: Metadata = { robots: { index: false } };

// Every curation page needs a curator session. proxy.ts already redirects visitors without one (and
// keeps the address they wanted); this is the second check, and each page and action checks again.
export default async function CurateLayout({ children }: { children: React.ReactNode }) {
  const curator = await getCuratorFromCookies();
  if (!curator) redirect("/login?next=/curate");
  return (
    <>
      <CuratorBar user={curator.user} />
      {children}
    </>
  );
}
