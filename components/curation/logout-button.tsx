import { useTranslations } from "next-intl";
import { logoutAction } from "@/lib/actions/auth";

// A plain form, so logging out works without JavaScript; a POST, so no link or image on another
// page can log a curator out.
export function LogoutButton() {
  const t = useTranslations("auth");
  return (
    <form action={logoutAction}>
      <button type="submit" className="button">
        {t("logout")}
      </button>
    </form>
  );
}
