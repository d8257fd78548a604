import { useTranslations } from "next-intl";
import { orList, type Option } from "@/lib/views/list/filter-options";
import styles from "./filters.module.css";

// One labelled filter select. Its value is the URL parameter's; a value the options do not list
// (a list of several codes from a shared link) is shown as its own option rather than dropped.
// Changing it applies the filters (filter-panel.tsx listens on the form).

function withCurrent(options: Option[], current: string, or: (values: string[]) => string): Option[] {
  if (current === "" || options.some((option) => option.value === current)) return options;
  return [...options, { value: current, label: or(current.split(",")) }];
}

export function FilterSelect({
  name,
  label,
  value,
  options,
  allLabel,
  idPrefix = "filter",
}: {
  name: string;
  label: string;
  /** The parameter's value: one code, or the whole list when the URL gave several. */
  value: string | readonly string[] | undefined;
  options: Option[];
  allLabel: string;
  idPrefix?: string;
}) {
  const t = useTranslations("explore");
  const id = `${idPrefix}-${name}`;
  const current = typeof value === "string" ? value : (value?.join(",") ?? "");
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={current} className={styles.control}>
        <option value="">{allLabel}</option>
        {withCurrent(options, current, (values) => orList(values, t)).map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
