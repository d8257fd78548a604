import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { Suspense } from "react";
import { listDatasetSlugs } from "@/lib/data/datasets/list";
import { DatasetSwitcher, type SwitcherDataset } from "./dataset-switcher";
import { LocaleSwitcher } from "./locale-switcher";
import { NavLinks } from "./nav-links";
import { ThemeToggle } from "./theme-toggle";
import styles from "./site-header.module.css";

/** The datasets for the switcher; none when they cannot be read, so that the page's own error state shows under a working header. */
async function switcherDatasets(): Promise<SwitcherDataset[]> {
  try {
    return (await listDatasetSlugs()).map(({ slug, title }) => ({ slug, title }));
  } catch (error) {
    console.error("[header] could not list the datasets:", error);
    return [];
  }
}

export async function SiteHeader() {
  const t = await getTranslations("layout");
  const datasets = await switcherDatasets();
  const multiple = datasets.length > 1;
  return (
    <header className={styles.header}>
      <div className={styles.inner}>
        <Link href="/" className={styles.brand} aria-label={t("home")}>
          <span aria-hidden="true" className={styles.mark}>⇄</span> Aidflow
        </Link>
        {/* Both read the address's query, which a page streams in: they wait for it, not the page. */}
        <Suspense fallback={null}>
          {multiple ? <DatasetSwitcher datasets={datasets} /> : null}
          <NavLinks multiple={multiple} />
          <LocaleSwitcher />
        </Suspense>
        <ThemeToggle />
      </div>
    </header>
  );
}
