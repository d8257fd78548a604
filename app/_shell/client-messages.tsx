import { getMessages } from "next-intl/server";
import { pickMessages, type MessagePath } from "@/lib/i18n/pick-messages";
import { ScopedMessages } from "./scoped-messages";

/**
 * Gives the client components inside it the messages under `namespaces`, on top of the shell's
 * (app/_shell/shell-messages.ts): a page names what its client components translate, and the
 * browser receives only that, not every message of the language.
 */
export async function ClientMessages({ namespaces, children }: { namespaces: readonly MessagePath[]; children: React.ReactNode }) {
  return <ScopedMessages messages={pickMessages(await getMessages(), namespaces)}>{children}</ScopedMessages>;
}
