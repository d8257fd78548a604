import { OverviewSkeleton } from "@/components/overview/overview-skeleton";

// The home page is usually an overview (one dataset loaded), so it waits in the overview's shape.
export default function Loading() {
  return <OverviewSkeleton />;
}
