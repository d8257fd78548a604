import type { Option } from "@/lib/views/figures/filter-options";
import styles from "./filters.module.css";

// One labelled filter select. Its value is the URL parameter's; a value the options do not list
// (a list of several codes from a shared link) is shown as its own option rather than dropped.

function withCurrent(options: Option[], current: string): Option[] {
  if (current === "" || options.some((option) => option.value === current)) return options;
  return [...options, { value: current, label: current.split(",").join(" or ") }];
}

export function FilterSelect({
  name,
  label,
  value,
  options,
  allLabel,
  onChange,
  idPrefix = "filter",
}: {
  name: string;
  label: string;
  value: string;
  options: Option[];
  allLabel: string;
  onChange?: () => void;
  idPrefix?: string;
}) {
  const id = `${idPrefix}-${name}`;
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value} onChange={onChange} className={styles.control}>
        <option value="">{allLabel}</option>
        {withCurrent(options, value).map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
