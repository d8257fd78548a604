import { PageSkeleton } from "@/components/layout/page-skeleton";

// The list of datasets while it is read: a title, a lede and a few cards.
export default function Loading() {
  return <PageSkeleton blocks={2} blockHeight={140} />;
}
