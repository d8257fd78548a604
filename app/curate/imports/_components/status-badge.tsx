import type { ImportStatus } from "@/lib/import/report";
import styles from "../imports.module.css";

// An import's status in words, coloured by outcome (the word carries the meaning; colour only helps).
export const STATUS_LABELS: Record<ImportStatus, string> = {
  queued: "Queued",
  running: "Running",
  applied: "Applied",
  unchanged: "Unchanged",
  checked: "Checked (dry run)",
  rejected: "Rejected",
  failed: "Failed",
};

export function StatusBadge({ status }: { status: ImportStatus }) {
  return (
    <span className={styles.badge} data-status={status}>
      {STATUS_LABELS[status]}
    </span>
  );
}
