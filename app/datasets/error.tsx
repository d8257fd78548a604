"use client";

import { PageError } from "@/components/layout/page-error";

// A dataset page (the list, an overview, a presentation) whose data could not be read.
export default function DatasetsError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <PageError title="This dataset could not be loaded" error={error} reset={reset} back={{ href: "/", label: "Back to the home page" }} />;
}
