import type { MessagePath } from "@/lib/i18n/pick-messages";

/**
 * The messages every page's client components share: the header and footer, the error states. A
 * page adds those of its own client components with <ClientMessages> (tests/unit/client-messages.test.ts
 * checks each page against the client components it renders).
 */
export const SHELL_MESSAGES: readonly MessagePath[] = ["common", "errors", "layout"];
