/**
 * What pure code that produces words takes instead of importing next-intl: a server component passes
 * `await getTranslations(ns)`, a client component `useTranslations(ns)`, a test a plain function.
 */
export type Translate = (key: string, values?: Record<string, string | number>) => string;
