import { logoutAction } from "@/lib/actions/auth";

// A plain form, so logging out works without JavaScript; a POST, so no link or image on another
// page can log a curator out.
export function LogoutButton() {
  return (
    <form action={logoutAction}>
      <button type="submit" className="button">
        Log out
      </button>
    </form>
  );
}
