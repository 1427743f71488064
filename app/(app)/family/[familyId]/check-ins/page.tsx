import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { orNotFound, requireFamilyMember } from "@/lib/auth/guards";
import { listCheckIns } from "@/lib/family/checkins";
import { personLocale } from "@/lib/i18n/person-locale";
import { CheckInFilters } from "@/components/family/checkins/CheckInFilters";
import { CheckInList, Pagination } from "@/components/family/checkins/CheckInList";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("CheckIns");
  return { title: t("title") };
}

type Query = Record<string, string | string[] | undefined>;
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

const NOTICES = ["saved", "updated", "deleted"] as const;
const isNotice = (value: string | undefined): value is (typeof NOTICES)[number] => (NOTICES as readonly (string | undefined)[]).includes(value);

export default async function CheckInsPage({ params, searchParams }: { params: Promise<{ familyId: string }>; searchParams: Promise<Query> }) {
  const { familyId } = await params;
  const query = await searchParams;
  const basePath = `/family/${familyId}/check-ins`;
  const { user } = await requireFamilyMember(familyId, basePath);
  const locale = await personLocale();
  const t = await getTranslations("CheckIns");
  const list = await orNotFound(listCheckIns({ userId: user.id }, familyId, { stage: one(query.stage), authorId: one(query.person), page: one(query.page) }, locale));
  const done = one(query.done);
  const notice = isNotice(done) ? t(`notices.${done}`) : undefined;
  const filtered = Boolean(list.filters.stage || list.filters.authorId);
  const first = (list.page - 1) * list.perPage + 1;
  const last = first + list.entries.length - 1;

  return (
    <>
      <h1>{t("title")}</h1>
      {notice ? (
        <p role="status" className="form-success mb-4">
          {notice}
        </p>
      ) : null}
      <p>{t("intro")}</p>
      <p>
        <a href={`${basePath}/new`} className="button">
          {t("add")}
        </a>
      </p>

      {list.total === 0 && !filtered ? (
        <div className="card">
          <h2 className="mt-0">{t("emptyHeading")}</h2>
          <p className="mb-0">{t("emptyText")}</p>
        </div>
      ) : (
        <>
          <CheckInFilters list={list} action={basePath} locale={locale} />
          {list.total === 0 ? (
            <p className="card">{t.rich("noMatch", { link: (chunks) => <a href={basePath}>{chunks}</a> })}</p>
          ) : (
            <>
              <p className="muted">{t("showing", { first, last, total: list.total, exact: list.totalIsExact ? "yes" : "no" })}</p>
              <CheckInList list={list} familyId={familyId} locale={locale} />
              <Pagination list={list} basePath={basePath} />
            </>
          )}
        </>
      )}
    </>
  );
}
