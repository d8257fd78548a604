"use client";

import { useTranslations } from "next-intl";
import { useSyncExternalStore } from "react";
import { THEME_STORAGE_KEY } from "./theme-script";

type Theme = "system" | "light" | "dark";
const NEXT: Record<Theme, Theme> = { system: "light", light: "dark", dark: "system" };
const CHANGE_EVENT = "aidflow-theme-change";

// The stored choice is external state (localStorage, shared across tabs), so it is read with
// useSyncExternalStore: the server renders "system", the client its stored value, without an
// effect that sets state after the first render.
function readStored(): Theme {
  try {
    const stored = localStorage.getItem(THEME_STORAGE_KEY);
    return stored === "light" || stored === "dark" ? stored : "system";
  } catch {
    return "system";
  }
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener("storage", onChange);
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener("storage", onChange);
    window.removeEventListener(CHANGE_EVENT, onChange);
  };
}

function applyTheme(next: Theme) {
  try {
    if (next === "system") localStorage.removeItem(THEME_STORAGE_KEY);
    else localStorage.setItem(THEME_STORAGE_KEY, next);
  } catch {
    // Private browsing may refuse storage: the choice still applies to this page.
  }
  if (next === "system") delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = next;
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

export function ThemeToggle() {
  const t = useTranslations("layout.theme");
  const theme = useSyncExternalStore(subscribe, readStored, () => "system" as Theme);
  const names = { theme: t(theme), next: t(NEXT[theme]) };
  return (
    <button
      type="button"
      className="button"
      onClick={() => applyTheme(NEXT[theme])}
      aria-label={t("action", names)}
      title={t("title", names)}
      data-testid="theme-toggle"
      data-theme-choice={theme}
    >
      <span aria-hidden="true">{theme === "dark" ? "☾" : theme === "light" ? "☀" : "◐"}</span>
      <span>{t(theme === "system" ? "shortSystem" : theme === "light" ? "shortLight" : "shortDark")}</span>
    </button>
  );
}
