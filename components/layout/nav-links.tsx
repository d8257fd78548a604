"use client";

import { useTranslations } from "next-intl";
import { Link, usePathname } from "@/i18n/navigation";
import { useCurrentDataset } from "./use-current-dataset";
import styles from "./site-header.module.css";

// The main navigation. With several datasets, the overview and the lists stay on the dataset the
// visitor is looking at; with one, the plain addresses are the same thing.

const LINKS = [
  { href: "/", label: "overview", list: false },
  { href: "/figures", label: "explore", list: true },
  { href: "/events", label: "events", list: true },
  { href: "/methodology", label: "methodology", list: false },
  { href: "/api-docs", label: "api", list: false },
] as const;

function hrefOf(link: (typeof LINKS)[number], dataset: string | null): string {
  if (dataset === null) return link.href;
  if (link.href === "/") return `/datasets/${encodeURIComponent(dataset)}`;
  return link.list ? `${link.href}?dataset=${encodeURIComponent(dataset)}` : link.href;
}

export function NavLinks({ multiple }: { multiple: boolean }) {
  const t = useTranslations("layout.nav");
  const pathname = usePathname();
  const current = useCurrentDataset();
  const dataset = multiple ? current : null;
  return (
    <nav aria-label={t("label")} className={styles.nav}>
      <ul>
        {LINKS.map((link) => {
          const here = link.href === "/" ? pathname === "/" || pathname.startsWith("/datasets") : pathname.startsWith(link.href);
          return (
            <li key={link.href}>
              <Link href={hrefOf(link, dataset)} aria-current={here ? "page" : undefined}>
                {t(link.label)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
