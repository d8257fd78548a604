import type { Metadata } from "next";
import "./present.css";

export const metadata: Metadata = { title: "Presentation", robots: { index: false } };

export default function PresentLayout({ children }: { children: React.ReactNode }) {
  return children;
}
