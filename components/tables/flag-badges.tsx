import { flagInfo } from "@/lib/vocab/labels";
import styles from "./flag-badges.module.css";

// A record's flags as small badges; the explanation is the tooltip (the figure and events pages
// spell it out in full). Flags that question the number or the date itself are highlighted.
export function FlagBadges({ flags, derived = false }: { flags: readonly string[]; derived?: boolean }) {
  if (flags.length === 0 && !derived) return <span className="muted">—</span>;
  return (
    <ul className={styles.list} aria-label="Flags">
      {derived ? (
        <li>
          <span className="badge" title="Not printed as a number: it follows from the text (see the figure's derivation).">
            Derived
          </span>
        </li>
      ) : null}
      {flags.map((code) => {
        const info = flagInfo(code);
        return (
          <li key={code}>
            <span className={`badge${info.warn ? " warn" : ""}`} title={info.explanation} data-flag={code}>
              {info.label}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
