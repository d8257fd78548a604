"use client";

import { PageError } from "@/components/layout/page-error";

export default function EventsError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <PageError title="The events could not be loaded" error={error} reset={reset} />;
}
