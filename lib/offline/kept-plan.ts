/**
 * A family's plan kept on this device, by choice (docs/decisions/027). Runs in the browser: the
 * plan page asks the service worker (public/sw.js) to keep, refresh or forget its copy, and reads
 * whether one is kept straight from Cache Storage. Nothing here runs on the server.
 */

/** Every cache that holds a kept plan ends with "-plan" (public/sw.js: PLAN_CACHE). */
const isPlanCache = (name: string) => name.startsWith("steady-") && name.endsWith("-plan");

export type KeptPlan = { kept: boolean; keptAt?: string; offline?: boolean; reason?: string };

export function canKeepPlan(): boolean {
  return typeof window !== "undefined" && window.isSecureContext && "serviceWorker" in navigator && "caches" in window;
}

/** A message to the service worker, and its answer; undefined if it does not answer in time. */
async function ask(message: object, waitMs: number): Promise<KeptPlan | undefined> {
  const timeout = new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), waitMs));
  const answer = navigator.serviceWorker.ready.then(
    (registration) =>
      new Promise<KeptPlan | undefined>((resolve) => {
        const worker = registration.active;
        if (!worker) return resolve(undefined);
        const channel = new MessageChannel();
        channel.port1.onmessage = (event) => resolve(event.data as KeptPlan);
        worker.postMessage(message, [channel.port2]);
      }),
  );
  return Promise.race([answer, timeout]);
}

/** Whether this device keeps the plan at `path`, read from Cache Storage (no service worker needed). */
export async function keptPlanHere(path: string): Promise<KeptPlan> {
  for (const name of (await caches.keys()).filter(isPlanCache)) {
    const copy = await (await caches.open(name)).match(path);
    if (copy) return { kept: true, keptAt: copy.headers.get("X-Steady-Kept-At") ?? undefined };
  }
  return { kept: false };
}

/**
 * Is it kept? If so, the service worker fetches a fresh copy when the kept one shows another
 * version of the plan than this page (`version`), or is old.
 */
export async function refreshKeptPlan(path: string, version: number): Promise<KeptPlan> {
  const here = await keptPlanHere(path);
  if (!here.kept) return here;
  return (await ask({ type: "plan-status", path, version }, 8000)) ?? here;
}

export async function keepPlan(path: string): Promise<KeptPlan> {
  return (await ask({ type: "keep-plan", path }, 15000)) ?? { kept: false, reason: "no-worker" };
}

/** "Forget this phone": every kept plan goes, whether or not the service worker answers. */
export async function forgetKeptPlans(): Promise<void> {
  if (!canKeepPlan()) return;
  const worker = navigator.serviceWorker.controller;
  if (worker) worker.postMessage({ type: "forget-plans" });
  await Promise.all((await caches.keys()).filter(isPlanCache).map((name) => caches.delete(name)));
}

/** Whether any plan is kept on this device (the account page offers to forget it). */
export async function anyPlanKeptHere(): Promise<boolean> {
  for (const name of (await caches.keys()).filter(isPlanCache)) {
    if ((await (await caches.open(name)).keys()).length > 0) return true;
  }
  return false;
}
