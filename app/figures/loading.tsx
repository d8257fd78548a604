import { TableSkeleton } from "@/components/tables/table-skeleton";

export default function FiguresLoading() {
  return <TableSkeleton label="Loading the figures…" />;
}
