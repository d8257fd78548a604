"use client";

import { NextIntlClientProvider, useLocale, useMessages } from "next-intl";
import { useMemo } from "react";
import { mergeMessages } from "@/lib/i18n/pick-messages";

// A nested provider replaces its parent's messages rather than adding to them (use-intl's
// IntlProvider), so this one lays its own over the parent's; the rest of the configuration (time
// zone, formats, error handling) is inherited.
export function ScopedMessages({ messages, children }: { messages: Record<string, unknown>; children: React.ReactNode }) {
  const parent = useMessages();
  const locale = useLocale();
  const merged = useMemo(() => mergeMessages(parent as Record<string, unknown>, messages), [parent, messages]);
  return (
    <NextIntlClientProvider locale={locale} messages={merged as never}>
      {children}
    </NextIntlClientProvider>
  );
}
