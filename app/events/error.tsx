"use client";

import { TablePageError } from "@/components/tables/table-page-error";

export default function EventsError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <TablePageError what="The events" error={error} reset={reset} />;
}
