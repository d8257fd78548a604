import { CATEGORY_CODES, type Category } from "@/lib/vocab";

/** Where a category sorts on a chart: the vocabulary's order, with unknown codes last. */
export function categoryOrder(category: string): number {
  const index = CATEGORY_CODES.indexOf(category as Category);
  return index === -1 ? CATEGORY_CODES.length : index;
}
