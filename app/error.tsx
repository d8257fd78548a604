"use client";

import { useEffect } from "react";

// Shown when a page fails to render. The cause stays in the server log; visitors get a plain
// message and a way to try again, never a stack trace.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div className="page" role="alert">
      <h1>Something went wrong</h1>
      <p className="lede">
        This page could not be loaded. Please try again; if it keeps failing, the data service may be unavailable.
        {error.digest ? ` (Reference: ${error.digest})` : null}
      </p>
      <button type="button" className="button primary" onClick={() => reset()}>
        Try again
      </button>
    </div>
  );
}
