// Applies the visitor's stored theme before the first paint, so a dark-theme visitor never sees a
// white flash. Without a stored choice the CSS follows prefers-color-scheme.
export const THEME_STORAGE_KEY = "aidflow-theme";

const script = `try{var t=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});if(t==="light"||t==="dark")document.documentElement.dataset.theme=t}catch(e){}`;

export function ThemeScript({ nonce }: { nonce?: string }) {
  return <script nonce={nonce} dangerouslySetInnerHTML={{ __html: script }} />;
}
