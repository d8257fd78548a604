import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MethodologyPage } from "@/components/methodology/methodology-page";
import { ClientMessages } from "@/app/_shell/client-messages";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("methodology");
  return { title: t("title"), description: t("description") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// /methodology: what the figures are and how they were made (components/methodology/methodology-page.tsx).
export default async function Methodology({ searchParams }: Props) {
  // ?dataset=<slug> describes that dataset; without it (or with an unknown slug) the default one.
  const asked = (await searchParams).dataset;
  return (
    <ClientMessages namespaces={["citation", "explore.controls"]}>
      <MethodologyPage slug={typeof asked === "string" ? asked : undefined} />
    </ClientMessages>
  );
}
