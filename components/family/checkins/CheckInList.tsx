import { getTranslations } from "next-intl/server";
import type { CheckInEntry, CheckInList as List } from "@/lib/family/checkins";
import { localePath, type Locale } from "@/lib/i18n/locales";
import { asScore, formatDay, formatLongDay } from "./labels";

/** The timeline: one card per check-in, newest first, in the reader's language. */
export async function CheckInList({ list, familyId, locale }: { list: List; familyId: string; locale: Locale }) {
  const t = await getTranslations("CheckInList");
  return (
    <ol className="m-0 list-none p-0" aria-label={t("label")}>
      {list.entries.map((entry) => (
        <li key={entry.id}>
          <CheckInCard entry={entry} familyId={familyId} locale={locale} />
        </li>
      ))}
    </ol>
  );
}

async function CheckInCard({ entry, familyId, locale }: { entry: CheckInEntry; familyId: string; locale: Locale }) {
  const t = await getTranslations("CheckInList");
  const scores = await getTranslations("CheckIns");
  const headingId = `check-in-${entry.id}`;
  const byStage = new Map<string, { name: string; labels: string[] }>();
  for (const sign of entry.signs) {
    const group = byStage.get(sign.stageId) ?? { name: sign.stageName, labels: [] };
    group.labels.push(sign.label);
    byStage.set(sign.stageId, group);
  }
  const name = entry.author?.name;
  const addedBy = entry.isMine ? t("addedByYou") : name ? t("addedBy", { name }) : t("addedByFormer");
  const used = entry.isMine ? t("usedYou") : name ? t("used", { name }) : t("usedFormer");
  const worry = asScore(entry.worry);
  const wellbeing = entry.wellbeing === null ? null : asScore(entry.wellbeing);
  return (
    <article className="card" aria-labelledby={headingId}>
      <h2 id={headingId} className="mt-0 mb-1 text-xl">
        {formatLongDay(entry.date, locale)}
      </h2>
      <p className="muted mb-3">
        {addedBy}{" "}
        {entry.shared ? t("shared") : <strong className="font-semibold text-ink">{t("private")}</strong>}
      </p>

      {entry.useSuspected ? (
        <p className="mb-3 rounded-md border-l-4 border-alert bg-alert-bg px-3 py-2">
          <strong>{used}</strong> <a href={localePath(locale, "/right-now")}>{t("rightNow")}</a>.
        </p>
      ) : null}

      <dl className="mb-2 grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">{t("worry")}</dt>
        <dd className="m-0">{t("score", { score: entry.worry, label: worry ? scores(`worry.${worry}`) : "" })}</dd>
        {entry.wellbeing !== null ? (
          <>
            <dt className="font-semibold">{t("wellbeing")}</dt>
            <dd className="m-0">{t("score", { score: entry.wellbeing, label: wellbeing ? scores(`wellbeing.${wellbeing}`) : "" })}</dd>
          </>
        ) : null}
      </dl>

      {byStage.size ? (
        <>
          <h3 className="mt-3 mb-1 text-base">{t("signs")}</h3>
          <ul className="mb-2 list-disc pl-6">
            {[...byStage.entries()].map(([stageId, group]) => (
              <li key={stageId}>
                <span className="font-semibold">{group.name}:</span> {group.labels.join("; ")}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="mb-2">{t("noSigns")}</p>
      )}

      {entry.otherSigns ? (
        <>
          <h3 className="mt-3 mb-1 text-base">{t("otherSigns")}</h3>
          <p className="mb-2 whitespace-pre-wrap break-words">{entry.otherSigns}</p>
        </>
      ) : null}

      {entry.triggers.length ? (
        <>
          <h3 className="mt-3 mb-1 text-base">{t("triggers")}</h3>
          <ul className="mb-2 list-disc pl-6">
            {entry.triggers.map((trigger) => (
              <li key={trigger.id}>
                {trigger.label} <span className="muted">({trigger.groupName.toLocaleLowerCase(locale)})</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}

      {entry.note ? (
        <>
          <h3 className="mt-3 mb-1 text-base">{t("note")}</h3>
          <p className="mb-2 whitespace-pre-wrap break-words">{entry.note}</p>
        </>
      ) : null}

      {entry.isMine ? (
        <p className="mt-3 mb-0">
          <a href={`/family/${familyId}/check-ins/${entry.id}/edit`}>
            {t.rich("edit", { day: formatDay(entry.date, "long", locale), hidden: (chunks) => <span className="sr-only">{chunks}</span> })}
          </a>
        </p>
      ) : null}
    </article>
  );
}

/** Newer / older links that keep the filters. */
export async function Pagination({ list, basePath }: { list: List; basePath: string }) {
  if (list.pages <= 1) return null;
  const t = await getTranslations("CheckIns.pages");
  const href = (page: number) => {
    const params = new URLSearchParams();
    if (list.filters.stage) params.set("stage", list.filters.stage);
    if (list.filters.authorId) params.set("person", list.filters.authorId);
    if (page > 1) params.set("page", String(page));
    const query = params.toString();
    return query ? `${basePath}?${query}` : basePath;
  };
  return (
    <nav aria-label={t("label")} className="mt-4 flex flex-wrap items-center justify-between gap-3 border-t border-line pt-3">
      {list.page > 1 ? (
        <a href={href(list.page - 1)} rel="prev">
          {t("newer")}
        </a>
      ) : (
        <span />
      )}
      <span className="muted">
        {list.totalIsExact ? t("pageOf", { page: list.page, pages: list.pages }) : t("page", { page: list.page })}
      </span>
      {list.page < list.pages ? (
        <a href={href(list.page + 1)} rel="next">
          {t("older")}
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
