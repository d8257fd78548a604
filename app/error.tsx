"use client";

import { PageError } from "@/components/layout/page-error";

// Shown when any page without an error state of its own fails to render.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <PageError title="Something went wrong" error={error} reset={reset} />;
}
