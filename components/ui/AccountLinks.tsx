import { useTranslations } from "next-intl";

/**
 * "Your account" and "Sign out", as menu rows. Sign-out is a plain form post (no JavaScript).
 * Used by the header menu and the family tabs' "More".
 */
export function AccountLinks({
  itemClassName,
  labels,
}: {
  itemClassName?: string;
  /** The header passes its own (the reading pages' frame); elsewhere they come from the private pages' messages. */
  labels?: { account: string; signOut: string };
}) {
  const t = useTranslations("Forms");
  const { account, signOut } = labels ?? { account: t("account"), signOut: t("signOut") };
  return (
    <>
      <li className={itemClassName}>
        <a href="/account">{account}</a>
      </li>
      <li className={itemClassName}>
        <form action="/sign-out" method="post" className="menu-form">
          <button type="submit" className="menu-button">
            {signOut}
          </button>
        </form>
      </li>
    </>
  );
}
