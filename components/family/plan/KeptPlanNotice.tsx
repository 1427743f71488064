"use client";

import { useEffect, useState } from "react";
import { useBrowserValue } from "@/components/ui/form/client-only";
import { anyPlanKeptHere, canKeepPlan, forgetKeptPlans } from "@/lib/offline/kept-plan";

/** On the account page: "this phone keeps your plan", with "Forget this phone". Nothing when no plan is kept. */
export function KeptPlanNotice() {
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
      <h2 id="this-phone-title">This phone</h2>
      {state === "kept" ? (
        <>
          <p>A copy of your family&apos;s plan is kept on this phone, so it opens with no signal.</p>
          <button
            type="button"
            className="button button-secondary"
            onClick={async () => {
              await forgetKeptPlans().catch(() => undefined);
              setState("forgotten");
            }}
          >
            Forget this phone
          </button>
        </>
      ) : (
        <p role="status" className="form-success">
          Done. No plan is kept on this phone now.
        </p>
      )}
    </section>
  );
}
