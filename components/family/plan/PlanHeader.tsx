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
  return (
    <header className="grid gap-3">
      <h1 className="mb-0">Your family&apos;s safety plan</h1>
      {notice ? (
        <p role="status" className="form-success">
          {notice === "saved"
            ? "Your changes are saved. Everyone in your family space can see them now."
            : `Version ${notice.restored} is the current plan again. The version it replaced is still in Past versions.`}
        </p>
      ) : null}
      <p className="muted m-0">
        {plan.updatedAt ? (
          <>
            Last saved by {plan.updatedBy ?? "a family member"} on <Moment date={plan.updatedAt} />.
            Anyone in your family space can change it.
          </>
        ) : (
          "Nobody has written in this plan yet. Anyone in your family space can add to it."
        )}
      </p>
      {empty ? (
        <div className="card m-0">
          <p className="m-0">
            In a crisis it is hard to think. A plan you write on a calm day does the thinking for you on a hard one. You do not have to
            fill it all in at once. A good place to start is where the naloxone is kept and who you would call.
          </p>
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
          {empty ? "Start your plan" : "Change the plan"}
        </a>
        <a className="button button-secondary" href={planPath(familyId, "/print")}>
          Print a one-page copy
        </a>
        {plan.version > 0 ? <a href={planPath(familyId, "/history")} className="tap">Past versions</a> : null}
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
  const isCurrent = version.version === currentVersion;
  return (
    <header className="grid gap-3">
      <p className="m-0">
        <a href={planPath(familyId, "/history")} className="tap">Past versions</a>
      </p>
      <h1 className="mb-0">Version {version.version} of your plan</h1>
      <p className="m-0">
        Saved by {version.editedBy} on <Moment date={version.createdAt} />.
      </p>
      {isCurrent ? (
        <p className="card m-0">
          This is the current plan. <a href={planPath(familyId)}>Go to the plan</a>
        </p>
      ) : (
        <div className="card m-0">
          <p className="m-0">
            This is an older version, here for you to read. Your current plan is version {currentVersion}.{" "}
            <a href={planPath(familyId)}>Go to the current plan</a>
          </p>
          <ActionForm action={restoreAction} submitLabel="Make this the current plan" className="form my-3">
            <ExpectedVersionField version={currentVersion} />
            <p className="muted m-0">This saves a copy of this version as the newest one. The current plan stays in Past versions.</p>
          </ActionForm>
        </div>
      )}
    </header>
  );
}
