import { LINK_PREVIEW_SIZE, LINK_PREVIEW_TYPE } from "@/components/figure/link-preview-image";

// The Twitter card: the same image as the Open Graph preview beside it.
export { default } from "./opengraph-image";
export const dynamic = "force-dynamic";
export const alt = "The figure's label, its value with qualifier and unit, and its source";
export const size = LINK_PREVIEW_SIZE;
export const contentType = LINK_PREVIEW_TYPE;
