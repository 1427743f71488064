"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { initialFormState, type FormAction } from "@/lib/forms/form-state";
import { FormStateContext } from "./ActionForm";
import { ErrorSummary } from "./ErrorSummary";
import { useBrowserValue, useHydrated } from "./client-only";


/**
 * A form whose success is a secret link, shown exactly once: only a hash of its token is stored,
 * so it cannot be shown again. Optional fields go in children; errors show next to them.
 *
 * The link sits in a read-only box that selects itself on focus (and is plain selectable text
 * without JavaScript). With JavaScript: a Copy button that says "Copied" out loud (aria-live) and
 * on screen, and "Share" where the phone offers its share sheet (navigator.share).
 */
export function OneTimeLinkForm({
  action,
  submitLabel,
  againLabel,
  explanation,
  shareTitle,
  children,
  testId,
}: {
  action: FormAction;
  submitLabel: string;
  againLabel: string;
  explanation: string;
  /** The title the share sheet shows, e.g. "Reading from your counselor". No private words. */
  shareTitle?: string;
  children?: React.ReactNode;
  testId: string;
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const link = state.status === "success" ? state.message : undefined;
  const linkBox = useLandOnSuccess(state);
  return (
    <FormStateContext.Provider value={state}>
      <form action={formAction} className="form" noValidate>
        {link ? <LinkBox ref={linkBox} link={link} explanation={explanation} shareTitle={shareTitle} testId={testId} /> : null}
        {/* The family forms' summary: it takes focus and links to each field with a problem. */}
        <ErrorSummary />
        {children}
        <button type="submit" className="button" disabled={pending}>
          {link ? againLabel : submitLabel}
        </button>
      </form>
    </FormStateContext.Provider>
  );
}

/**
 * The box that shows what a submit made (a one-time link, a recovery code): every time a new one is
 * made, it is scrolled to the top of the screen and takes focus (decision 042). The button was
 * pressed at the bottom of the form, or is gone; without this the person is left below it, or a
 * screen reader on the page's body. The box needs tabIndex -1 and the `scroll-mt-20` margin.
 */
export function useLandOnSuccess(state: { status: string }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status !== "success") return;
    box.current?.focus({ preventScroll: true });
    box.current?.scrollIntoView({ block: "start" });
  }, [state]);
  return box;
}

function LinkBox({ ref, link, explanation, shareTitle, testId }: { ref: React.Ref<HTMLDivElement>; link: string; explanation: string; shareTitle?: string; testId: string }) {
  const t = useTranslations("Forms");
  return (
    // Focused after it is made (tabIndex -1: reachable by script, not a tab stop); the margin
    // keeps it clear of the sticky header.
    <div ref={ref} tabIndex={-1} className="one-time-link scroll-mt-20 focus:outline-3 focus:outline-offset-4 focus:outline-[#f2b300]">
      <p>
        <strong>{t("copyNow")}</strong> {explanation} {t("cannotShowAgain")}
      </p>
      {/* keyed by the link: a new link starts without "Copied" */}
      <CopyLink key={link} link={link} shareTitle={shareTitle} testId={testId} />
    </div>
  );
}

/**
 * A link in a selectable box, with Copy (and Share where the phone has a share sheet) once
 * JavaScript runs. "Copied" is shown on the button and said by screen readers (aria-live).
 */
export function CopyLink({ link, shareTitle, testId, kind = "link" }: { link: string; shareTitle?: string; testId: string; kind?: "link" | "code" }) {
  const t = useTranslations("Forms");
  const [copied, setCopied] = useState<"idle" | "copied" | "failed">("idle");
  // Only once JavaScript runs: the server (and a browser without JavaScript) renders no buttons.
  const enhanced = useHydrated();
  // A recovery code is never offered to the share sheet: it belongs in a safe place, not a chat.
  const canShare = useBrowserValue(() => typeof navigator.share === "function", false) && kind === "link";
  const box = useRef<HTMLParagraphElement>(null);

  const selectLink = () => {
    const node = box.current;
    if (!node) return;
    const range = document.createRange();
    range.selectNodeContents(node);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied("copied");
    } catch {
      // No clipboard (an old browser, or permission refused): select the text so a long-press copies it.
      selectLink();
      setCopied("failed");
    }
  };

  const share = async () => {
    try {
      await navigator.share({ title: shareTitle ?? t("shareTitle"), url: link });
    } catch {
      // The person closed the share sheet: nothing to say.
    }
  };

  return (
    <>
      <p className="token-box" data-testid={testId} ref={box} onClick={selectLink}>
        {link}
      </p>
      {enhanced ? (
        <div className="one-time-link-actions">
          <button type="button" className="button" onClick={copy}>
            {copied === "copied" ? t("copied") : kind === "link" ? t("copyLink") : t("copyCode")}
          </button>
          {canShare ? (
            <button type="button" className="button button-secondary" onClick={share}>
              {t("share")}
            </button>
          ) : null}
        </div>
      ) : null}
      <p aria-live="polite" role="status" className="one-time-link-status" data-testid={`${testId}-status`}>
        {copied === "copied" ? (kind === "link" ? t("copiedLink") : t("copiedCode")) : copied === "failed" ? (kind === "link" ? t("copyFailedLink") : t("copyFailedCode")) : ""}
      </p>
    </>
  );
}
