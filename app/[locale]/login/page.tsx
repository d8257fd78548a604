import type { Metadata } from "next";
import NextLink from "next/link";
import { getTranslations } from "next-intl/server";
import { LoginForm } from "@/components/curation/login-form";
import { LogoutButton } from "@/components/curation/logout-button";
import { safeNextPath } from "@/lib/security/next-path";
import { getCuratorFromCookies } from "@/lib/security/session";
import { getCurationConfig } from "@/lib/env";
import { pageMetadata } from "@/lib/i18n/page-metadata";
import { ClientMessages } from "@/app/_shell/client-messages";

export const generateMetadata = (): Promise<Metadata> => pageMetadata("login", { robots: { index: false } });

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const single = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);

// The curators' door. Reading the site needs no login; correcting and importing do. When the
// server has no curator credential, the page says so instead of offering a form that cannot work.
export default async function LoginPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const next = safeNextPath(single(params.next));
  const config = getCurationConfig();
  const curator = config.enabled ? await getCuratorFromCookies() : null;
  const t = await getTranslations("pages.login");

  return (
    <div className="page">
      <h1>{t("title")}</h1>
      {single(params.logged_out) !== undefined ? (
        <p className="notice" role="status">
          {t("loggedOut")}
        </p>
      ) : null}
      {!config.enabled ? (
        <div className="notice warn" role="status">
          <p>
            <strong>{t("switchedOff")}</strong> <span lang="en">{config.reason}</span>
          </p>
          <p>{t("readingUnaffected")}</p>
        </div>
      ) : curator ? (
        <div className="card">
          <p>
            {t.rich("signedIn", { user: curator.user, strong: (chunks) => <strong>{chunks}</strong> })}
          </p>
          <p>
            {/* `next` is a whole address, with its language prefix when it has one. */}
            <NextLink href={next}>{t("continue")}</NextLink>
          </p>
          <LogoutButton />
        </div>
      ) : (
        <>
          <p className="lede">{t("lede")}</p>
          <ClientMessages namespaces={["auth.login"]}>
            <LoginForm next={next} />
          </ClientMessages>
        </>
      )}
    </div>
  );
}
