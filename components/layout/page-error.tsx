"use client";

import Link from "next/link";
import { useEffect } from "react";

// The error state of a page: a plain message, a retry and a way out, never a stack trace. The cause
// stays in the server log (and the browser console); the digest lets a report be matched to it.
// A bad URL never lands here (list pages fall back to defaults with a notice); this is for a failed read.

interface Way {
  href: string;
  label: string;
}

const OVERVIEW: Way = { href: "/", label: "Back to the overview" };

export function PageError({ title, error, reset, back = OVERVIEW }: { title: string; error: Error & { digest?: string }; reset: () => void; back?: Way }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div className="page" role="alert">
      <h1>{title}</h1>
      <p className="lede">
        This page could not be loaded just now. Please try again; if it keeps failing, the data service may be unavailable.
        {error.digest ? ` (Reference: ${error.digest})` : null}
      </p>
      <p>
        <button type="button" className="button primary" onClick={() => reset()}>
          Try again
        </button>{" "}
        <Link className="button" href={back.href}>
          {back.label}
        </Link>
      </p>
    </div>
  );
}
