import type { ReactNode, TableHTMLAttributes, TdHTMLAttributes, ThHTMLAttributes } from "react";
import styles from "./simple-table.module.css";

// The one small table of the site: a caption (hidden from sight, not from screen readers, when the
// heading above already says it), a header row whose cells are scoped to their columns, and a body
// the caller fills with rows. Numeric columns align right and never wrap, so values line up.
// Two looks: "reference" (a boxed table on a page of its own, the global .ref-table style) and
// "compact" (inside a chart frame or a list entry).

interface SimpleColumn {
  label: string;
  numeric?: boolean;
  /** Read out by screen readers but not shown, for a column whose cells explain themselves (a row's action). */
  hidden?: boolean;
}

type Props = {
  caption: ReactNode;
  hideCaption?: boolean;
  columns: readonly (string | SimpleColumn)[];
  look?: "reference" | "compact";
  children: ReactNode;
} & Omit<TableHTMLAttributes<HTMLTableElement>, "children">;

const join = (...names: (string | false | undefined)[]) => names.filter(Boolean).join(" ") || undefined;

/** `{ className }`, or nothing when no name applies: spread instead of `className={undefined}`,
 * which a server component still sends to the browser as `"className":"$undefined"` (190 times
 * on the overview, in the table alternatives its chart/table switches carry). */
const classOf = (...names: (string | false | undefined)[]) => {
  const className = join(...names);
  return className === undefined ? {} : { className };
};

export function SimpleTable({ caption, hideCaption = false, columns, look = "compact", className, children, ...rest }: Props) {
  const reference = look === "reference";
  return (
    <div className={reference ? "table-scroll" : styles.scroll}>
      <table className={join(reference ? "ref-table" : styles.compact, className)} {...rest}>
        <caption {...classOf(hideCaption && "visually-hidden")}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => {
              const { label, numeric = false, hidden = false } = typeof column === "string" ? { label: column } : column;
              return (
                <th key={label} scope="col" {...classOf(numeric && styles.numeric)}>
                  {hidden ? <span className="visually-hidden">{label}</span> : label}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/** The cell that names its row; `wrap` lets a long name wrap where the reference look keeps names on one line. */
export function RowHeader({ wrap = false, className, ...rest }: Omit<ThHTMLAttributes<HTMLTableCellElement>, "scope"> & { wrap?: boolean }) {
  return <th scope="row" {...classOf(wrap && styles.wrap, className)} {...rest} />;
}

/** A data cell; `numeric` aligns it with its column's header, `nowrap` keeps a date on one line. */
export function Cell({ numeric = false, nowrap = false, className, ...rest }: TdHTMLAttributes<HTMLTableCellElement> & { numeric?: boolean; nowrap?: boolean }) {
  return <td {...classOf(numeric && styles.numeric, nowrap && styles.nowrap, className)} {...rest} />;
}
