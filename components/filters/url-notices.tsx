import type { UrlNotice } from "@/lib/views/list/lenient-parse";

// What the page ignored in its address, and why. A stale or hand-edited link still shows a
// page (with the default for each ignored part), never an error.
export function UrlNotices({ notices }: { notices: UrlNotice[] }) {
  if (notices.length === 0) return null;
  return (
    <div className="notice warn" role="status" data-testid="url-notices">
      <p style={{ margin: 0, fontWeight: 600 }}>Part of this link could not be used:</p>
      <ul style={{ margin: "0.25rem 0 0", paddingLeft: "1.25rem" }}>
        {notices.map((notice, index) => (
          <li key={`${notice.param}-${index}`}>{notice.message}</li>
        ))}
      </ul>
    </div>
  );
}
