"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useCurrentDataset } from "./use-current-dataset";
import styles from "./site-header.module.css";

// The main navigation. With several datasets, the overview and the lists stay on the dataset the
// visitor is looking at; with one, the plain addresses are the same thing.

const LINKS = [
  { href: "/", label: "Overview", list: false },
  { href: "/figures", label: "Explore", list: true },
  { href: "/events", label: "Events", list: true },
  { href: "/methodology", label: "Methodology", list: false },
  { href: "/api-docs", label: "API", list: false },
] as const;

function hrefOf(link: (typeof LINKS)[number], dataset: string | null): string {
  if (dataset === null) return link.href;
  if (link.href === "/") return `/datasets/${encodeURIComponent(dataset)}`;
  return link.list ? `${link.href}?dataset=${encodeURIComponent(dataset)}` : link.href;
}

export function NavLinks({ multiple }: { multiple: boolean }) {
  const pathname = usePathname();
  const current = useCurrentDataset();
  const dataset = multiple ? current : null;
  return (
    <nav aria-label="Main" className={styles.nav}>
      <ul>
        {LINKS.map((link) => {
          const here = link.href === "/" ? pathname === "/" || pathname.startsWith("/datasets") : pathname.startsWith(link.href);
          return (
            <li key={link.href}>
              <Link href={hrefOf(link, dataset)} aria-current={here ? "page" : undefined}>
                {link.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
