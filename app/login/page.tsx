import type { Metadata } from "next";
import Link from "next/link";
import { LoginForm } from "@/components/curation/login-form";
import { LogoutButton } from "@/components/curation/logout-button";
import { safeNextPath } from "@/lib/security/next-path";
import { getCuratorFromCookies } from "@/lib/security/session";
import { getCurationConfig } from "@/lib/env";

export const metadata: Metadata = {
  title: "Curator login",
  description: "Log in to correct figures and import data.",
  robots: { index: false },
};

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const single = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);

// The curators' door. Reading the site needs no login; correcting and importing do. When the
// server has no curator credential, the page says so instead of offering a form that cannot work.
export default async function LoginPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const next = safeNextPath(single(params.next));
  const config = getCurationConfig();
  const curator = config.enabled ? await getCuratorFromCookies() : null;

  return (
    <div className="page">
      <h1>Curator login</h1>
      {single(params.logged_out) !== undefined ? (
        <p className="notice" role="status">
          You have logged out.
        </p>
      ) : null}
      {!config.enabled ? (
        <div className="notice warn" role="status">
          <p>
            <strong>Curation is switched off.</strong> {config.reason}
          </p>
          <p>Reading the site and the API is not affected.</p>
        </div>
      ) : curator ? (
        <div className="card">
          <p>
            You are signed in as <strong>{curator.user}</strong>.
          </p>
          <p>
            <Link href={next}>Continue to curation</Link>
          </p>
          <LogoutButton />
        </div>
      ) : (
        <>
          <p className="lede">
            For curators who correct figures and import data. Everything else on this site is open to all without an
            account.
          </p>
          <LoginForm next={next} />
        </>
      )}
    </div>
  );
}
