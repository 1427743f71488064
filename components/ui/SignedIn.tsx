/**
 * Marks a page as signed in, for the header menu: the header is static HTML shared with the
 * reading pages, so it cannot ask who is signed in. It carries "Your account" and "Sign out"
 * hidden, and CSS shows them when this marker is on the page (body:has(.signed-in)).
 */
export function SignedIn() {
  return <span className="signed-in" hidden />;
}
