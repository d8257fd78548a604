"use client";

import { TablePageError } from "@/components/tables/table-page-error";

export default function FiguresError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <TablePageError what="The figures" error={error} reset={reset} />;
}
