"use client";

import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { useBrowserValue } from "@/components/ui/form/client-only";
import { anyPlanKeptHere, canKeepPlan, forgetKeptPlans } from "@/lib/offline/kept-plan";

/** On the account page: "this phone keeps your plan", with "Forget this phone". Nothing when no plan is kept. */
export function KeptPlanNotice() {
  const t = useTranslations("KeptPlan");
  const supported = useBrowserValue(canKeepPlan, false);
  const [state, setState] = useState<"none" | "kept" | "forgotten">("none");
  useEffect(() => {
    if (!supported) return;
    let live = true;
    anyPlanKeptHere().then(
      (kept) => live && kept && setState("kept"),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [supported]);
  if (state === "none") return null;
  return (
    <section aria-labelledby="this-phone-title">
      <h2 id="this-phone-title">{t("accountTitle")}</h2>
      {state === "kept" ? (
        <>
          <p>{t("accountKept")}</p>
          <button
            type="button"
            className="button button-secondary"
            onClick={async () => {
              await forgetKeptPlans().catch(() => undefined);
              setState("forgotten");
            }}
          >
            {t("forget")}
          </button>
        </>
      ) : (
        <p role="status" className="form-success">
          {t("accountForgotten")}
        </p>
      )}
    </section>
  );
}
