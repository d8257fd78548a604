import { PageSkeleton } from "@/components/layout/page-skeleton";

// The deck's shape while the charts are shaped: one slide-sized block, not the overview's page.
export default function Loading() {
  return <PageSkeleton blocks={1} blockHeight={480} />;
}
