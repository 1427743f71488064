"use client";

import { useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { PLAN_PARTS, partKey, planPath, type PlanPartId } from "./parts";

/**
 * "Saved", beside the part just saved, and the next part in the plan's order to fill in. On
 * arrival it takes focus and brings its part to the top of the screen (under the sticky header),
 * so the person sees what they saved, not the top of a long page. Without JavaScript the page's
 * #part-… anchor does the scrolling.
 */
export function SavedHere({ familyId, id, anchor }: { familyId: string; id: PlanPartId; anchor: string }) {
  const t = useTranslations("Plan");
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.focus({ preventScroll: true });
    document.getElementById(anchor)?.scrollIntoView({ block: "start" });
  }, [anchor]);
  const index = PLAN_PARTS.findIndex((part) => part.id === id);
  const next = PLAN_PARTS[index + 1];
  return (
    <div ref={box} tabIndex={-1} className="my-3 grid gap-3 focus:outline-3 focus:outline-offset-4 focus:outline-[#f2b300]">
      <p role="status" className="form-success">
        {t("savedHere.saved")}
      </p>
      {next ? (
        <p className="m-0">
          <a className="button button-secondary" href={planPath(familyId, `/edit/${next.id}`)}>
            {t("savedHere.next", { title: t(partKey(next.id, "title")) })}
          </a>
        </p>
      ) : null}
    </div>
  );
}
