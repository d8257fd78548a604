import "server-only";
import { prisma } from "@/lib/db";

// Reference exchange rates, oldest first within each currency pair.
export async function listConversionRates() {
  return prisma.conversionRate.findMany({
    orderBy: [{ unit: "asc" }, { perUnit: "asc" }, { validFrom: "asc" }, { id: "asc" }],
    select: {
      key: true,
      unit: true,
      perUnit: true,
      rate: true,
      validFrom: true,
      validTo: true,
      description: true,
      sourceTitle: true,
      sourceUrl: true,
    },
  });
}
