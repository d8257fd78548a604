"use client";

import { useTranslations } from "next-intl";

// A column's name in the page's language. Column definitions sit at module scope, so their headers
// are components that read the language when they render.

function ColumnName({ messageKey }: { messageKey: string }) {
  const t = useTranslations("explore");
  return <>{t(messageKey)}</>;
}

/**
 * A column's header and meta from its name in the `explore` messages (`columns.<table>.<id>`; the
 * source column's menu entry is its longer name), with how it aligns and sorts.
 */
export function namedColumn(table: "figures" | "events", id: string, extra: { numeric?: boolean; rowHeader?: boolean; sortHintKey?: string } = {}) {
  const messageKey = `columns.${table}.${id}`;
  return {
    header: function Header() {
      return <ColumnName messageKey={messageKey} />;
    },
    meta: { labelKey: id === "source" ? `${messageKey}Long` : messageKey, ...extra },
  };
}
