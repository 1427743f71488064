"use client";

import { useSyncExternalStore } from "react";

const never = () => () => {};

/** True once the page runs JavaScript (false on the server and in the first hydration pass). */
export function useHydrated(): boolean {
  return useSyncExternalStore(never, () => true, () => false);
}

/** A value read from the browser once JavaScript runs; `server` before that. Must return a primitive. */
export function useBrowserValue<T extends string | number | boolean | null>(read: () => T, server: T): T {
  return useSyncExternalStore(never, read, () => server);
}
