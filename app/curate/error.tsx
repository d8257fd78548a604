"use client";

import { PageError } from "@/components/layout/page-error";

export default function CurateError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <PageError title="This curation page could not be loaded" error={error} reset={reset} back={{ href: "/curate", label: "Back to curation" }} />;
}
