// Plain links, not next/link: like the rest of the site's frame, nothing is prefetched.

/** /family for someone signed out: what the family space is and what stays private, then sign-in or sign-up. */
export function FamilySpaceIntro() {
  const next = encodeURIComponent("/family");
  return (
    <div className="page family-intro">
      <h1>A private space for your family</h1>
      <p className="summary">
        A place where you and the people who help can keep track of how things are going, together.
      </p>
      <p>
        Already have an account? <a href={`/sign-in?next=${next}`}>Sign in</a>
      </p>
      <h2>What you can do here</h2>
      <ul className="family-intro-list">
        <li>Note the warning signs you see, in a quick check-in.</li>
        <li>See, week by week, if things are slowly getting worse, before a relapse.</li>
        <li>Write a safety plan together: who to call, where the naloxone is, what to do.</li>
        <li>Invite the people who help. They join with a link you send.</li>
      </ul>
      <h2>What stays private</h2>
      <ul className="family-intro-list">
        <li>Only the people you invite can see your family space.</li>
        <li>A check-in can be just for you. Nobody else sees it.</li>
        <li>A counselor sees nothing until you say so. You see each time they look.</li>
        <li>Nothing is sent to other companies: no ads, no trackers.</li>
        <li>You can download all of it, or delete all of it, at any time.</li>
      </ul>
      <p>You need an email address and a password. You can use a nickname instead of your name.</p>
      <div className="family-intro-actions">
        <a className="button" href={`/sign-up?next=${next}`}>
          Create an account
        </a>
        <a className="button button-secondary" href={`/sign-in?next=${next}`}>
          Sign in
        </a>
      </div>
      <p className="muted">
        No account is needed to read the <a href="/guide">guide</a> or to get help <a href="/right-now">right now</a>.
      </p>
    </div>
  );
}
