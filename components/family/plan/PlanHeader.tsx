import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/form/ActionForm";
import type { FormAction } from "@/lib/forms/form-state";
import type { PlanRecord, PlanVersion } from "@/lib/family/plan";
import { ExpectedVersionField } from "./FormBits";
import { NaloxoneNotice } from "./NaloxoneNotice";
import { Moment } from "@/components/ui/Moment";
import { planPath } from "./parts";

/** The top of the plan page: who saved it last, what to do next, and any warning. */
export function PlanHeader({
  familyId,
  plan,
  empty,
  notice,
}: {
  familyId: string;
  plan: PlanRecord;
  empty: boolean;
  notice?: "saved" | { restored: number };
}) {
  const t = useTranslations("Plan.header");
  return (
    <header className="grid gap-3">
      <h1 className="mb-0">{t("title")}</h1>
      {notice ? (
        <p role="status" className="form-success">
          {notice === "saved" ? t("saved") : t("restored", { version: notice.restored })}
        </p>
      ) : null}
      <p className="muted m-0">
        {plan.updatedAt
          ? t.rich("lastSaved", { name: plan.updatedBy ?? t("aFamilyMember"), when: () => <Moment date={plan.updatedAt!} /> })
          : t("nobodyYet")}
      </p>
      {empty ? (
        <div className="card m-0">
          <p className="m-0">{t("emptyIntro")}</p>
        </div>
      ) : null}
      {/* On paper the warning is printed once, in the emergency part. */}
      {plan.naloxone.state === "expired" || plan.naloxone.state === "soon" ? (
        <div className="print:hidden">
          <NaloxoneNotice status={plan.naloxone} />
        </div>
      ) : null}
      <p className="m-0 flex flex-wrap items-center gap-3 print:hidden">
        <a className="button" href={planPath(familyId, "/edit")}>
          {empty ? t("start") : t("change")}
        </a>
        <a className="button button-secondary" href={planPath(familyId, "/print")}>
          {t("print")}
        </a>
        {plan.version > 0 ? <a href={planPath(familyId, "/history")} className="tap">{t("history")}</a> : null}
      </p>
    </header>
  );
}


/** The top of an old version: who saved it, and a way to make it the current plan again. */
export function VersionHeader({
  familyId,
  version,
  currentVersion,
  restoreAction,
}: {
  familyId: string;
  version: PlanVersion;
  currentVersion: number;
  /** With the family and this version bound by the page. */
  restoreAction: FormAction;
}) {
  const t = useTranslations("Plan.version");
  const isCurrent = version.version === currentVersion;
  return (
    <header className="grid gap-3">
      <p className="m-0">
        <a href={planPath(familyId, "/history")} className="tap">{t("back")}</a>
      </p>
      <h1 className="mb-0">{t("title", { version: version.version })}</h1>
      <p className="m-0">{t.rich("savedBy", { name: version.editedBy, when: () => <Moment date={version.createdAt} /> })}</p>
      {isCurrent ? (
        <p className="card m-0">
          {t("isCurrent")} <a href={planPath(familyId)}>{t("goToPlan")}</a>
        </p>
      ) : (
        <div className="card m-0">
          <p className="m-0">
            {t("older", { current: currentVersion })} <a href={planPath(familyId)}>{t("goToCurrent")}</a>
          </p>
          <ActionForm action={restoreAction} submitLabel={t("restore")} className="form my-3">
            <ExpectedVersionField version={currentVersion} />
            <p className="muted m-0">{t("restoreHint")}</p>
          </ActionForm>
        </div>
      )}
    </header>
  );
}
