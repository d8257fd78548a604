"use client";

import { useEffect } from "react";

// An embed that fails says so in the frame, with a retry, never a stack trace.
export default function EmbedError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div role="alert">
      <p>This chart could not be loaded.{error.digest ? ` (Reference: ${error.digest})` : null}</p>
      <button type="button" className="button" onClick={() => reset()}>
        Try again
      </button>
    </div>
  );
}
