import { PageSkeleton } from "@/components/layout/page-skeleton";

// The login form's shape, not the overview's (the nearest loading state otherwise).
export default function Loading() {
  return <PageSkeleton blocks={1} blockHeight={240} />;
}
