"use client";

import { useTranslations } from "next-intl";
import { useNumberTexts } from "@/lib/i18n/use-number-texts";
import type { FormEvent } from "react";
import type { Translate } from "@/lib/i18n/translate";
import type { PairOption } from "@/lib/charts/pairs";
import type { Sides } from "@/lib/charts/sides";
import { useScopeParams } from "@/lib/views/overview/use-overview-params";
import chartStyles from "@/components/charts/charts.module.css";
import styles from "./overview.module.css";

// What the overview shows: which two actors (any pair with flows between them; the first is the
// one whose counterparts are ranked) and which years (only figures whose whole period lies within).
// Both go to the URL, so the view can be shared, and the server reshapes every chart.

const pairValue = (a: string, b: string) => `${a}|${b}`;

function pairLabel(option: PairOption, t: Translate): string {
  return t("scope.pair", { a: option.a.name, aCode: option.a.code, b: option.b.name, bCode: option.b.code, flows: option.flows });
}

/** The options, oriented as the current sides when they are among them (or added when they are not). */
function orientedOptions(pairs: readonly PairOption[], sides: Sides): PairOption[] {
  const current = (option: PairOption) =>
    (option.a.code === sides.a.code && option.b.code === sides.b.code) || (option.a.code === sides.b.code && option.b.code === sides.a.code);
  const found = pairs.find(current);
  const own = { a: sides.a, b: sides.b, flows: found?.flows ?? 0 };
  return found ? pairs.map((option) => (option === found ? own : option)) : [own, ...pairs];
}

function readYear(form: FormData, name: string): number | null {
  const text = String(form.get(name) ?? "").trim();
  return /^\d{1,4}$/.test(text) ? Number(text) : null;
}

export function OverviewScope({
  sides,
  pairs,
  years,
  yearWindow,
  notes,
  pairNote = null,
}: {
  sides: Sides;
  pairs: readonly PairOption[];
  years: { from: number; to: number } | null;
  yearWindow: { from: number; to: number } | null;
  notes: readonly string[];
  /** When the picker lists only the busiest pairs: which, and how to open another. */
  pairNote?: string | null;
}) {
  const { setValues, pending } = useScopeParams();
  const t = useNumberTexts(useTranslations("overview"));
  const options = orientedOptions(pairs, sides);

  function choosePair(value: string) {
    const [a, b] = value.split("|");
    if (a && b) void setValues({ a, b });
  }

  function applyYears(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    void setValues({ year_from: readYear(form, "year_from"), year_to: readYear(form, "year_to") });
  }

  return (
    <div className={styles.scope} data-overview-scope="">
      <div className={chartStyles.controls}>
        <label className={chartStyles.field}>
          <span className={chartStyles.fieldLabel}>{t("scope.actors")}</span>
          <select className={chartStyles.select} name="pair" value={pairValue(sides.a.code, sides.b.code)} onChange={(event) => choosePair(event.target.value)}>
            {options.map((option) => (
              <option key={pairValue(option.a.code, option.b.code)} value={pairValue(option.a.code, option.b.code)}>
                {pairLabel(option, t)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="button" onClick={() => void setValues({ a: sides.b.code, b: sides.a.code })} data-swap-sides="">
          {t("scope.swap")}
        </button>
      </div>
      {pairNote ? (
        <p className={chartStyles.pending} data-pair-note="">
          {pairNote}
        </p>
      ) : null}
      <form className={chartStyles.controls} onSubmit={applyYears} key={yearWindow ? `${yearWindow.from}-${yearWindow.to}` : "all"} aria-label={t("scope.yearWindow")}>
        <label className={chartStyles.field}>
          <span className={chartStyles.fieldLabel}>{t("scope.fromYear")}</span>
          <input className={`${chartStyles.select} ${styles.year}`} type="number" name="year_from" inputMode="numeric" min={years?.from} max={years?.to} defaultValue={yearWindow?.from} placeholder={years ? String(years.from) : undefined} />
        </label>
        <label className={chartStyles.field}>
          <span className={chartStyles.fieldLabel}>{t("scope.toYear")}</span>
          <input className={`${chartStyles.select} ${styles.year}`} type="number" name="year_to" inputMode="numeric" min={years?.from} max={years?.to} defaultValue={yearWindow?.to} placeholder={years ? String(years.to) : undefined} />
        </label>
        <button type="submit" className="button">
          {t("scope.showYears")}
        </button>
        {yearWindow ? (
          <button type="button" className="button" onClick={() => void setValues({ year_from: null, year_to: null })}>
            {t("scope.allYears")}
          </button>
        ) : null}
      </form>
      <p className={chartStyles.pending} role="status" aria-live="polite">
        {pending ? t("scope.updating") : ""}
      </p>
      {notes.length > 0 ? (
        <ul className={styles.scopeNotes} data-window-notes="">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
