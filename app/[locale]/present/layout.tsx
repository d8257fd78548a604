import type { Metadata } from "next";
import "../datasets/[slug]/present/present.css";

// The old presentation address renders the default dataset's presentation in place, so it needs
// the same full-screen styles as /datasets/<slug>/present.
export const metadata: Metadata = { title: "Presentation", robots: { index: false } };

export default function OldPresentLayout({ children }: { children: React.ReactNode }) {
  return children;
}
