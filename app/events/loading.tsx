import { TableSkeleton } from "@/components/tables/table-skeleton";

export default function EventsLoading() {
  return <TableSkeleton label="Loading the events…" rows={12} />;
}
