import type { Metadata } from "next";
import { EmbedHeight } from "./embed-height";
import "./embed.css";

// Embeds may be framed by any site (proxy.ts and lib/security/headers.ts send frame-ancestors *
// for /embed/** only); search engines should index the overview, not its fragments.
export const metadata: Metadata = { robots: { index: false } };

export default function EmbedLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="embed-root" data-embed-root="">
      {children}
      <EmbedHeight />
    </div>
  );
}
