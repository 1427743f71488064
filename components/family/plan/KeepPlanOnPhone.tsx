"use client";

import { useEffect, useRef, useState } from "react";
import { formatMoment } from "@/lib/dates";
import { useBrowserValue } from "@/components/ui/form/client-only";
import { canKeepPlan, forgetKeptPlans, keepPlan, keptPlanHere, refreshKeptPlan, type KeptPlan } from "@/lib/offline/kept-plan";

type State = { phase: "unknown" | "off" | "on" | "working"; keptAt?: string; message?: string; problem?: string };

const PROBLEMS: Record<string, string> = {
  offline: "There is no signal, so the plan was not saved on this phone. Try again when you are back online.",
  "signed-out": "You are signed out, so the plan was not saved on this phone. Sign in and try again.",
};
const PROBLEM = "The plan could not be saved on this phone. Reload the page and try again.";

// In the person's one zone (from the server), like every other time in the app.
const when = (iso: string | undefined, timeZone: string) => (iso ? formatMoment(new Date(iso), timeZone) : "");
const fromAnswer = (answer: KeptPlan): State => (answer.kept ? { phase: "on", keptAt: answer.keptAt } : { phase: "off" });

/**
 * "Keep our plan on this phone" (docs/decisions/027): off until a member turns it on, on this
 * device only. The service worker then keeps the plan page so it opens with no signal. Needs
 * JavaScript and a service worker, so without them it shows nothing.
 */
export function KeepPlanOnPhone({ path, version, timeZone }: { path: string; version: number; timeZone: string }) {
  const supported = useBrowserValue(canKeepPlan, false);
  const [state, setState] = useState<State>({ phase: "unknown" });
  const action = useRef<HTMLButtonElement>(null);
  const focusAction = () => requestAnimationFrame(() => action.current?.focus());

  useEffect(() => {
    if (!supported) return;
    let live = true;
    refreshKeptPlan(path, version).then(
      (answer) => live && setState(fromAnswer(answer)),
      () => live && setState({ phase: "off" }),
    );
    return () => {
      live = false;
    };
  }, [path, version, supported]);

  // The version marks the page's HTML, so the service worker can tell whether its copy is this version.
  if (!supported || state.phase === "unknown") return <div data-plan-version={version} hidden />;

  async function keep() {
    setState({ phase: "working" });
    const answer = await keepPlan(path).catch((): KeptPlan => ({ kept: false }));
    setState(
      answer.kept
        ? { phase: "on", keptAt: answer.keptAt, message: "Done. Our plan is now kept on this phone." }
        : { phase: "off", problem: PROBLEMS[answer.reason ?? ""] ?? PROBLEM },
    );
    focusAction();
  }

  async function forget() {
    setState({ phase: "working", keptAt: state.keptAt });
    await forgetKeptPlans().catch(() => undefined);
    setState({ phase: "off", message: "Done. The plan is no longer kept on this phone." });
    focusAction();
  }

  const on = state.phase === "on" || (state.phase === "working" && Boolean(state.keptAt));
  return (
    <section aria-labelledby="keep-plan-title" className="card grid gap-3 print:hidden" data-testid="keep-plan" data-plan-version={version}>
      <h2 id="keep-plan-title" className="m-0">
        Our plan with no signal
      </h2>
      {on ? (
        <>
          <p className="m-0">
            <strong>Our plan is kept on this phone.</strong> It opens here even with no signal.
            {state.keptAt ? ` This copy was saved ${when(state.keptAt, timeZone)}.` : null}
          </p>
          <p className="m-0">
            It is updated each time you open the plan with a signal. Signing out, Quick exit or the button below removes it.
          </p>
          <button ref={action} type="button" className="button button-secondary" onClick={forget} disabled={state.phase === "working"}>
            Forget this phone
          </button>
        </>
      ) : (
        <>
          <p className="m-0">You can keep a copy of this plan on this phone, so it opens even with no signal. This is off until you turn it on.</p>
          <p className="m-0">
            <strong>Only do this on a phone that is yours alone.</strong> The plan has names, phone numbers and where the naloxone is
            kept. With no signal, anyone who picks up this phone could open the copy without signing in.
          </p>
          <p className="m-0">Signing out, Quick exit or &quot;Forget this phone&quot; removes it.</p>
          <button ref={action} type="button" className="button" onClick={keep} disabled={state.phase === "working"}>
            Keep our plan on this phone
          </button>
        </>
      )}
      <p role="status" className={state.message ? "form-success" : "sr-only"}>
        {state.message ?? ""}
      </p>
      {state.problem ? (
        <p role="alert" className="form-error">
          {state.problem}
        </p>
      ) : null}
    </section>
  );
}

/** At the top of the plan page, with no signal: this is the copy kept on this phone, and how old it is. */
export function KeptCopyNotice({ path, timeZone }: { path: string; timeZone: string }) {
  const offline = useBrowserValue(() => canKeepPlan() && !navigator.onLine, false);
  const [keptAt, setKeptAt] = useState<string | null>(null);
  useEffect(() => {
    if (!offline) return;
    let live = true;
    keptPlanHere(path).then(
      (answer) => live && answer.kept && setKeptAt(answer.keptAt ?? ""),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [offline, path]);
  if (!offline || keptAt === null) return null;
  return (
    <p role="status" className="card print:hidden">
      <strong>No signal.</strong> This is the copy of your plan kept on this phone{keptAt ? `, saved ${when(keptAt, timeZone)}` : ""}.
    </p>
  );
}
