"use client";

import { useCallback, useTransition } from "react";
import { useRouter } from "@/i18n/navigation";

// Tables and filters keep their state in the URL: every change is a navigation that the server
// answers with the new rows. The transition keeps the current rows on screen (marked busy) until
// the new ones arrive, instead of flashing the loading skeleton.
export function useUrlNavigation() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const navigate = useCallback(
    (href: string, { replace = false, optimistic }: { replace?: boolean; optimistic?: () => void } = {}) =>
      startTransition(() => {
        // An optimistic update (useOptimistic) shows the new state at once, until the URL commits.
        optimistic?.();
        if (replace) router.replace(href, { scroll: false });
        else router.push(href, { scroll: false });
      }),
    [router],
  );
  return { navigate, pending };
}
