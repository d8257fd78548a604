import { CHART_IDS } from "@/lib/views/overview/param-codes";
import styles from "./embed-states.module.css";

export default function EmbedNotFound() {
  return (
    <div role="status">
      <h1 className={styles.heading}>No such chart</h1>
      <p className="muted">
        Aidflow can embed these charts: {CHART_IDS.join(", ")}. Check the address in the embed code, or{" "}
        <a href="/" target="_blank" rel="noopener">
          open Aidflow
        </a>
        .
      </p>
    </div>
  );
}
