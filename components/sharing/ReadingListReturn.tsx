"use client";

import { useEffect } from "react";
import { useBrowserValue } from "@/components/ui/form/client-only";

/**
 * The way back from a guide page to the reading list it was opened from
 * (docs/decisions/019-shared-reading-list.md). The list page remembers its own address in this
 * tab's sessionStorage; guide pages (static HTML) show "Back to your reading list" when it is
 * there. No token ever goes into a guide page's address, and nothing leaves the browser.
 * Without JavaScript the browser's Back button does the same.
 */
const KEY = "steady-reading-list";
const MAX_AGE_MS = 12 * 60 * 60 * 1000;
const LIST_PATH = /^\/s\/[A-Za-z0-9_-]{43}$/;

export function RememberReadingList({ path }: { path: string }) {
  useEffect(() => {
    if (!LIST_PATH.test(path)) return;
    try {
      sessionStorage.setItem(KEY, JSON.stringify({ path, at: Date.now() }));
    } catch {
      // Storage switched off (private mode in some browsers): the Back button still works.
    }
  }, [path]);
  return null;
}

function rememberedList(): string | null {
  try {
    const saved = JSON.parse(sessionStorage.getItem(KEY) ?? "null") as { path?: unknown; at?: unknown } | null;
    if (!saved || typeof saved.path !== "string" || !LIST_PATH.test(saved.path)) return null;
    if (typeof saved.at !== "number" || Date.now() - saved.at > MAX_AGE_MS) return null;
    return saved.path;
  } catch {
    return null;
  }
}

/** `label` comes from the page, in its language (the messages never reach the browser's JavaScript otherwise). */
export function BackToReadingList({ label = "Back to your reading list" }: { label?: string }) {
  const path = useBrowserValue(rememberedList, null);
  if (!path) return null;
  return (
    <p className="back-to-list">
      {/* ?back=1: going back is not another opening of the link (the counselor's open count). */}
      <a href={`${path}?back=1`} rel="noreferrer" data-testid="back-to-reading-list">
        <span aria-hidden="true">← </span>
        {label}
      </a>
    </p>
  );
}
