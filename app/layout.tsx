// The document itself (<html lang>, header, footer) is rendered by app/[locale]/layout.tsx, so that
// it follows the page's language, and by app/not-found.tsx for an address no route matches
// (app/_shell/site-shell.tsx). This root only passes them through.
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return children;
}
