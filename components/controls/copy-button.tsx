"use client";

import { useEffect, useRef, useState } from "react";
import { copyText } from "@/lib/export/dom/clipboard";
import styles from "./share.module.css";

// A button that copies text (a link, an embed snippet, a citation) and says so in words that are
// both visible and announced (role="status"). When the browser refuses, the text is shown in a
// selected field to copy by hand.

export function CopyButton({
  label,
  getText,
  copied = "Copied to the clipboard.",
  className = "button",
  testId,
}: {
  label: string;
  getText: () => string;
  copied?: string;
  className?: string;
  testId?: string;
}) {
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
        {state.kind === "copied" ? copied : state.kind === "manual" ? "Copying was refused; select the text below and copy it." : ""}
      </span>
      {state.kind === "manual" ? (
        <input ref={fieldRef} className={styles.manual} readOnly value={state.text} aria-label="Text to copy" onFocus={(event) => event.currentTarget.select()} />
      ) : null}
    </span>
  );
}
