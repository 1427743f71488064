/**
 * "Your account" and "Sign out", as menu rows. Sign-out is a plain form post (no JavaScript).
 * Used by the header menu and the family tabs' "More".
 */
export function AccountLinks({ itemClassName }: { itemClassName?: string }) {
  return (
    <>
      <li className={itemClassName}>
        <a href="/account">Your account</a>
      </li>
      <li className={itemClassName}>
        <form action="/sign-out" method="post" className="menu-form">
          <button type="submit" className="menu-button">
            Sign out
          </button>
        </form>
      </li>
    </>
  );
}
