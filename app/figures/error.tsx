"use client";

import { PageError } from "@/components/layout/page-error";

export default function FiguresError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <PageError title="The figures could not be loaded" error={error} reset={reset} />;
}
