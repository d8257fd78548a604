import { z } from "zod";

// `cols`: which columns a list page shows, as a comma-separated URL parameter. The column that
// names the row (its link) can never be hidden, and the list is kept in the table's own column
// order, so equal choices always give equal URLs.

export function columnsParam<const Column extends string>(ids: readonly Column[], alwaysVisible: Column) {
  return z
    .string()
    .transform((text, ctx) => {
      const items = text.split(",");
      const unknown = items.find((item) => !(ids as readonly string[]).includes(item));
      if (unknown !== undefined) {
        ctx.addIssue({
          code: "custom",
          message: `unknown column "${unknown.slice(0, 40)}"; expected some of ${ids.join(", ")}, separated by commas`,
        });
        return z.NEVER;
      }
      const wanted = new Set<string>([alwaysVisible, ...items]);
      return ids.filter((id) => wanted.has(id));
    })
    .meta({ description: "Visible columns, separated by commas." });
}
