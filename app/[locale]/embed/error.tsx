"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";

// An embed that fails says so in the frame, with a retry, never a stack trace.
export default function EmbedError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  const common = useTranslations("common");
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div role="alert">
      <p>
        {t("embed.failed")}
        {error.digest ? ` ${t("page.reference", { digest: error.digest })}` : null}
      </p>
      <button type="button" className="button" onClick={() => reset()}>
        {common("tryAgain")}
      </button>
    </div>
  );
}
