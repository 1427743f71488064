"use client";

import { useEffect, useRef, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { formatMoment } from "@/lib/dates";
import { useBrowserValue } from "@/components/ui/form/client-only";
import { canKeepPlan, forgetKeptPlans, keepPlan, keptPlanHere, refreshKeptPlan, type KeptPlan } from "@/lib/offline/kept-plan";

/** `message` and `problem` are message keys (KeptPlan). */
type Message = "kept" | "forgotten" | "offline" | "signedOut" | "problem";
type State = { phase: "unknown" | "off" | "on" | "working"; keptAt?: string; message?: Message; problem?: Message };

const PROBLEMS: Record<string, Message> = { offline: "offline", "signed-out": "signedOut" };

// In the person's one zone (from the server) and language, like every other time in the app.
const when = (iso: string | undefined, timeZone: string, locale: "en" | "es") => (iso ? formatMoment(new Date(iso), timeZone, locale) : "");
const fromAnswer = (answer: KeptPlan): State => (answer.kept ? { phase: "on", keptAt: answer.keptAt } : { phase: "off" });

/**
 * "Keep our plan on this phone" (docs/decisions/027): off until a member turns it on, on this
 * device only. The service worker then keeps the plan page so it opens with no signal. Needs
 * JavaScript and a service worker, so without them it shows nothing.
 */
export function KeepPlanOnPhone({ path, version, timeZone }: { path: string; version: number; timeZone: string }) {
  const t = useTranslations("KeptPlan");
  const locale = useLocale();
  const supported = useBrowserValue(canKeepPlan, false);
  const [state, setState] = useState<State>({ phase: "unknown" });
  const action = useRef<HTMLButtonElement>(null);
  // Focus moves to the button that replaced the one pressed, once React has drawn it: a frame
  // callback could run before that, on the old, disabled button, and focus was lost (seen in the
  // e2e run on a busy machine).
  const [focusRequests, setFocusRequests] = useState(0);
  const focusAction = () => setFocusRequests((n) => n + 1);
  useEffect(() => {
    if (focusRequests > 0) action.current?.focus();
  }, [focusRequests]);

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
        ? { phase: "on", keptAt: answer.keptAt, message: "kept" }
        : { phase: "off", problem: PROBLEMS[answer.reason ?? ""] ?? "problem" },
    );
    focusAction();
  }

  async function forget() {
    setState({ phase: "working", keptAt: state.keptAt });
    await forgetKeptPlans().catch(() => undefined);
    setState({ phase: "off", message: "forgotten" });
    focusAction();
  }

  const on = state.phase === "on" || (state.phase === "working" && Boolean(state.keptAt));
  return (
    <section aria-labelledby="keep-plan-title" className="card grid gap-3 print:hidden" data-testid="keep-plan" data-plan-version={version}>
      <h2 id="keep-plan-title" className="m-0">
        {t("title")}
      </h2>
      {on ? (
        <>
          <p className="m-0">
            {t.rich("keptHere", { strong: (chunks) => <strong>{chunks}</strong> })}
            {state.keptAt ? t("keptAt", { when: when(state.keptAt, timeZone, locale) }) : null}
          </p>
          <p className="m-0">{t("updated")}</p>
          <button ref={action} type="button" className="button button-secondary" onClick={forget} disabled={state.phase === "working"}>
            {t("forget")}
          </button>
        </>
      ) : (
        <>
          <p className="m-0">{t("offer")}</p>
          <p className="m-0">{t.rich("warning", { strong: (chunks) => <strong>{chunks}</strong> })}</p>
          <p className="m-0">{t("removes")}</p>
          <button ref={action} type="button" className="button" onClick={keep} disabled={state.phase === "working"}>
            {t("keep")}
          </button>
        </>
      )}
      <p role="status" className={state.message ? "form-success" : "sr-only"}>
        {state.message ? t(state.message) : ""}
      </p>
      {state.problem ? (
        <p role="alert" className="form-error">
          {t(state.problem)}
        </p>
      ) : null}
    </section>
  );
}

/** At the top of the plan page, with no signal: this is the copy kept on this phone, and how old it is. */
export function KeptCopyNotice({ path, timeZone }: { path: string; timeZone: string }) {
  const t = useTranslations("KeptPlan");
  const locale = useLocale();
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
      {keptAt
        ? t.rich("noSignalSaved", { strong: (chunks) => <strong>{chunks}</strong>, when: when(keptAt, timeZone, locale) })
        : t.rich("noSignal", { strong: (chunks) => <strong>{chunks}</strong> })}
    </p>
  );
}
