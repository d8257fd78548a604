import cardStyles from "@/components/charts/headline-cards/headline-cards.module.css";
import styles from "@/components/overview/overview.module.css";

// The overview's loading state has the overview's shape: the header, the currency bar, six cards
// and the chart frames at their usual heights, so the page does not jump when it arrives.
const FRAME_HEIGHTS = [520, 420, 420];

export default function Loading() {
  return (
    <div className="page" aria-busy="true" aria-live="polite">
      <span className="visually-hidden">Loading the overview…</span>
      <div className={styles.header}>
        <div className="skeleton" style={{ height: "2.2rem", width: "min(36rem, 90%)", marginBottom: "0.75rem" }} />
        <div className="skeleton" style={{ height: "1rem", width: "min(28rem, 70%)", marginBottom: "1rem" }} />
        <div className="skeleton" style={{ height: "4.5rem", width: "min(52rem, 100%)", marginBottom: "1rem" }} />
      </div>
      <div className="skeleton" style={{ height: "4.25rem", marginBottom: "1.25rem" }} />
      <ul className={cardStyles.grid} style={{ marginBottom: "1.5rem" }}>
        {Array.from({ length: 6 }, (_, index) => (
          <li key={index} className="skeleton" style={{ height: "9rem" }} />
        ))}
      </ul>
      <div className={styles.stack}>
        {FRAME_HEIGHTS.map((height, index) => (
          <div key={index} className="skeleton" style={{ height }} />
        ))}
      </div>
    </div>
  );
}
