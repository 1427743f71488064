import { pagePath } from "@/lib/content";
import { STEPS_ANCHOR, getRightNowDigest } from "@/lib/content/right-now";

/**
 * The general guidance, shortened: the overdose steps in full (the act block's naloxone link lands
 * here), then each later step of /right-now as its heading and first paragraph, with a link to the rest.
 */
export function ShortGuidance() {
  const digest = getRightNowDigest();
  // Our own content, rendered from Markdown at build time; no user input reaches it.
  return (
    <>
      <section aria-labelledby={STEPS_ANCHOR} className="moment-guidance">
        <h2 id={STEPS_ANCHOR}>Give naloxone: every step, in order</h2>
        <div className="prose" dangerouslySetInnerHTML={{ __html: digest.stepsHtml }} />
        <p className="flex flex-wrap gap-x-5">
          <a href={`${pagePath("right-now")}#danger`} className="moment-link">
            The signs of an overdose
          </a>
          <a href="/crisis#numbers" className="moment-link">
            All the crisis numbers
          </a>
        </p>
      </section>
      <section aria-labelledby="then-heading" className="moment-guidance">
        <h2 id="then-heading">Then, one step at a time</h2>
        {digest.later.map((step) => (
          <div key={step.id} className="prose">
            <h3>{step.title}</h3>
            <div dangerouslySetInnerHTML={{ __html: step.leadHtml }} />
            <p>
              <a href={step.href}>
                Read more<span className="sr-only">: {step.title}</span>
              </a>
            </p>
          </div>
        ))}
        <p>
          <a href={pagePath("right-now")}>The whole page: what to do after a relapse</a>
        </p>
      </section>
    </>
  );
}
