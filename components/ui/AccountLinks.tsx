/**
 * "Your account" and "Sign out", as menu rows. Sign-out is a plain form post (no JavaScript).
 * Used by the header menu and the family tabs' "More".
 */
export function AccountLinks({
  itemClassName,
  labels = { account: "Your account", signOut: "Sign out" },
}: {
  itemClassName?: string;
  /** In the page's language (the header's are from messages/; the family space is in English for now). */
  labels?: { account: string; signOut: string };
}) {
  return (
    <>
      <li className={itemClassName}>
        <a href="/account">{labels.account}</a>
      </li>
      <li className={itemClassName}>
        <form action="/sign-out" method="post" className="menu-form">
          <button type="submit" className="menu-button">
            {labels.signOut}
          </button>
        </form>
      </li>
    </>
  );
}
