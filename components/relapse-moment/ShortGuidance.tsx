import { useLocale, useTranslations } from "next-intl";
import { pagePath } from "@/lib/content";
import { STEPS_ANCHOR, getRightNowDigest } from "@/lib/content/right-now";
import { localizeLinks } from "@/lib/i18n/content";
import { localePath } from "@/lib/i18n/locales";

/**
 * The general guidance, shortened: the overdose steps in full (the act block's naloxone link lands
 * here), then each later step of /right-now as its heading and first paragraph, with a link to the
 * rest. In the reader's language: the Spanish page and catalogue for a Spanish reader.
 */
export function ShortGuidance() {
  const t = useTranslations("RelapseMoment.guidance");
  const locale = useLocale();
  const digest = getRightNowDigest(locale);
  const html = (text: string) => localizeLinks(text, locale);
  // Our own content, rendered from Markdown at build time; no user input reaches it.
  return (
    <>
      <section aria-labelledby={STEPS_ANCHOR} className="moment-guidance">
        <h2 id={STEPS_ANCHOR}>{t("stepsTitle")}</h2>
        <div className="prose" dangerouslySetInnerHTML={{ __html: html(digest.stepsHtml) }} />
        <p className="flex flex-wrap gap-x-5">
          <a href={`${pagePath("right-now", locale)}#danger`} className="moment-link">
            {t("overdoseSigns")}
          </a>
          <a href={localePath(locale, "/crisis#numbers")} className="moment-link">
            {t("allNumbers")}
          </a>
        </p>
      </section>
      <section aria-labelledby="then-heading" className="moment-guidance">
        <h2 id="then-heading">{t("thenTitle")}</h2>
        {digest.later.map((step) => (
          <div key={step.id} className="prose">
            <h3>{step.title}</h3>
            <div dangerouslySetInnerHTML={{ __html: html(step.leadHtml) }} />
            <p>
              <a href={step.href}>{t.rich("readMore", { title: step.title, sr: (chunks) => <span className="sr-only">{chunks}</span> })}</a>
            </p>
          </div>
        ))}
        <p>
          <a href={pagePath("right-now", locale)}>{t("wholePage")}</a>
        </p>
      </section>
    </>
  );
}
