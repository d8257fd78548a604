import { ImageResponse } from "next/og";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { clip, type PreviewCard } from "@/lib/views/figure/link-preview";
import { georgianPreviewFonts, PREVIEW_FONT_FAMILY } from "./preview-fonts";

// The image a shared link previews with (Open Graph and Twitter card), drawn on the server by
// next/og from a PreviewCard: what it is, its key value with qualifier and unit, and its source.
// 1200 × 630 is the size Open Graph and Twitter's large card both show uncropped. Text is clipped
// to fit rather than left to overflow: the image has no scroll bar. Colours are the light theme's.
// A preview in another language than English is drawn with Noto Sans Georgian, which has its letters.

export const LINK_PREVIEW_SIZE = { width: 1200, height: 630 };
export const LINK_PREVIEW_TYPE = "image/png";

const COLORS = { bg: "#ffffff", fg: "#111827", muted: "#4b5563", accent: "#1d4ed8", rule: "#d1d5db" };

function PreviewLayout({ card, fontFamily, lang }: { card: PreviewCard; fontFamily?: string; lang?: string }) {
  return (
    <div
      lang={lang}
      style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", background: COLORS.bg, color: COLORS.fg, padding: "56px 64px", fontFamily }}
    >
      <div style={{ display: "flex", fontSize: 28, color: COLORS.accent }}>{clip(card.kicker, 70)}</div>
      <div style={{ display: "flex", fontSize: 50, fontWeight: 700, lineHeight: 1.15, marginTop: 16 }}>{clip(card.title, 80)}</div>
      {card.value ? (
        <div style={{ display: "flex", flexDirection: "column", marginTop: 36 }}>
          <div style={{ display: "flex", fontSize: 72, fontWeight: 700, color: COLORS.accent }} data-preview-value="">
            {clip(card.value, 40)}
          </div>
          {card.valueNote ? <div style={{ display: "flex", fontSize: 28, color: COLORS.muted, marginTop: 8 }}>{clip(card.valueNote, 85)}</div> : null}
        </div>
      ) : null}
      <div style={{ display: "flex", flexGrow: 1 }} />
      <div style={{ display: "flex", flexDirection: "column", borderTop: `2px solid ${COLORS.rule}`, paddingTop: 20 }}>
        <div style={{ display: "flex", fontSize: 24, color: COLORS.muted, lineHeight: 1.3 }}>{clip(card.source, 150)}</div>
        <div style={{ display: "flex", fontSize: 24, color: COLORS.fg, marginTop: 10, fontWeight: 700 }}>Aidflow</div>
      </div>
    </div>
  );
}

/** The PNG for a card, in the page's language. */
export async function linkPreviewImage(card: PreviewCard, locale: Locale = DEFAULT_LOCALE): Promise<ImageResponse> {
  // Given in English too: in the production build next/og's own font failed to load for routes
  // under app/[locale]/ (a 500, "failed to pipe response"), and these cover Latin as well.
  const fonts = await georgianPreviewFonts();
  return new ImageResponse(<PreviewLayout card={card} fontFamily={PREVIEW_FONT_FAMILY} lang={locale} />, { ...LINK_PREVIEW_SIZE, fonts });
}

/** The answer for an address that names nothing: no image, and a status that says so. */
export const noPreview = () => new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
