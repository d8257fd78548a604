"use client";

import { PageError } from "@/components/layout/page-error";

export default function FigureError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <PageError title="This figure could not be loaded" error={error} reset={reset} back={{ href: "/figures", label: "Explore all figures" }} />;
}
