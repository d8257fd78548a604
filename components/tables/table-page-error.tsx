"use client";

import Link from "next/link";
import { useEffect } from "react";

// The error state of a table page: a plain message and a retry, never a stack trace. A bad URL
// never lands here (the page falls back to defaults with a notice); this is for a failed read.
export function TablePageError({ what, error, reset }: { what: string; error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div className="page" role="alert">
      <h1>{what} could not be loaded</h1>
      <p className="lede">
        The data could not be read just now. Please try again; if it keeps failing, the data service may be unavailable.
        {error.digest ? ` (Reference: ${error.digest})` : null}
      </p>
      <p>
        <button type="button" className="button primary" onClick={() => reset()}>
          Try again
        </button>{" "}
        <Link className="button" href="/">
          Back to the overview
        </Link>
      </p>
    </div>
  );
}
