import { useTranslations } from "next-intl";
import type { RelapseMoment } from "@/lib/family/relapse-moment";
import { planPath } from "@/components/family/plan/parts";
import { PlanCalls } from "./PlanCalls";
import { PlanNaloxone } from "./PlanNaloxone";
import { WriteLink } from "./WriteLink";

/**
 * The family's plan for this moment, the parts that matter most tonight first: the naloxone, who to
 * call, their own first steps; then the responses they chose and their house rules. A part of the
 * three that is empty has a button to its short form, which comes back here when saved.
 */
export function YourPlan({ moment, checkIn, saved }: { moment: RelapseMoment; checkIn: string | null; saved: boolean }) {
  const t = useTranslations("RelapseMoment");
  const { responses } = moment;
  const anyResponses = responses.helpful.length > 0 || responses.avoid.length > 0 || responses.ownWords || responses.avoidOwnWords;
  return (
    <section aria-labelledby="your-plan-heading" id="your-plan" className="moment-plan">
      <h2 id="your-plan-heading">{t("yourPlan")}</h2>
      {saved ? (
        <p role="status" className="form-success mb-3">
          {t("saved")}
        </p>
      ) : null}
      {moment.planEmpty ? (
        <p>{t("planEmpty")}</p>
      ) : null}
      <PlanNaloxone moment={moment} checkIn={checkIn} />
      <PlanCalls moment={moment} checkIn={checkIn} />

      <h3>{t("firstSteps")}</h3>
      {moment.firstSteps.length > 0 ? (
        <ol className="moment-steps">
          {moment.firstSteps.map((step, i) => (
            <li key={i} className="whitespace-pre-line">
              {step}
            </li>
          ))}
        </ol>
      ) : (
        <WriteLink
          familyId={moment.familyId}
          checkIn={checkIn}
          part="relapse"
          text={t("writeFirstSteps")}
          label={t("writeFirstStepsLabel")}
        />
      )}

      {anyResponses ? (
        <>
          <h3>{t("howRespond")}</h3>
          <Chosen title={t("whatWeWillDo")} items={responses.helpful} ownWords={responses.ownWords} className="responses helpful" />
          <Chosen title={t("whatWeWillNotDo")} items={responses.avoid} ownWords={responses.avoidOwnWords} className="responses avoid" />
        </>
      ) : null}

      {moment.boundaries ? (
        <>
          <h3>{t("houseRules")}</h3>
          <p className="whitespace-pre-line">{moment.boundaries}</p>
        </>
      ) : null}

      <p className="mt-4">
        <a href={planPath(moment.familyId)}>{t("seeWholePlan")}</a>
      </p>
    </section>
  );
}

function Chosen({ title, items, ownWords, className }: { title: string; items: string[]; ownWords?: string; className: string }) {
  if (items.length === 0 && !ownWords) return null;
  return (
    <>
      <h4 className="moment-subhead">{title}</h4>
      {items.length > 0 ? (
        <ul className={className}>
          {items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      ) : null}
      {ownWords ? <p className="whitespace-pre-line">{ownWords}</p> : null}
    </>
  );
}
