"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { Link } from "@/i18n/navigation";

// The error state of a page: a plain message, a retry and a way out, never a stack trace. The cause
// stays in the server log (and the browser console); the digest lets a report be matched to it.
// A bad URL never lands here (list pages fall back to defaults with a notice); this is for a failed read.

interface Way {
  href: string;
  label: string;
}

export function PageError({ title, error, reset, back }: { title: string; error: Error & { digest?: string }; reset: () => void; back?: Way }) {
  const t = useTranslations("errors.page");
  const common = useTranslations("common");
  const way = back ?? { href: "/", label: common("backToOverview") };
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div className="page" role="alert">
      <h1>{title}</h1>
      <p className="lede">
        {t("lede")}
        {error.digest ? ` ${t("reference", { digest: error.digest })}` : null}
      </p>
      <p>
        <button type="button" className="button primary" onClick={() => reset()}>
          {common("tryAgain")}
        </button>{" "}
        <Link className="button" href={way.href}>
          {way.label}
        </Link>
      </p>
    </div>
  );
}
