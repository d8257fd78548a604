"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { copyText } from "@/lib/export/dom/clipboard";
import styles from "./share.module.css";

// A button that copies text (a link, an embed snippet, a citation) and says so in words that are
// both visible and announced (role="status"). When the browser refuses, the text is shown in a
// selected field to copy by hand.

export function CopyButton({
  label,
  getText,
  copied,
  className = "button",
  testId,
}: {
  label: string;
  getText: () => string;
  copied?: string;
  className?: string;
  testId?: string;
}) {
  const t = useTranslations("explore.controls");
  const [state, setState] = useState<{ kind: "idle" } | { kind: "copied" } | { kind: "manual"; text: string }>({ kind: "idle" });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const fieldRef = useRef<HTMLInputElement>(null);

  useEffect(() => () => clearTimeout(timer.current), []);
  useEffect(() => {
    if (state.kind === "manual") fieldRef.current?.select();
  }, [state]);

  async function onClick() {
    const text = getText();
    const ok = await copyText(text);
    clearTimeout(timer.current);
    if (ok) {
      setState({ kind: "copied" });
      timer.current = setTimeout(() => setState({ kind: "idle" }), 5000);
    } else {
      setState({ kind: "manual", text });
    }
  }

  return (
    <span className={styles.copy}>
      <button type="button" className={className} onClick={() => void onClick()} data-testid={testId}>
        {label}
      </button>
      <span role="status" aria-live="polite" className={styles.confirm} data-copy-status={state.kind}>
        {state.kind === "copied" ? (copied ?? t("copied")) : state.kind === "manual" ? t("copyRefused") : ""}
      </span>
      {state.kind === "manual" ? (
        <input ref={fieldRef} className={styles.manual} readOnly value={state.text} aria-label={t("textToCopy")} onFocus={(event) => event.currentTarget.select()} />
      ) : null}
    </span>
  );
}
