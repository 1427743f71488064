// When the compose backup service (scripts/backup-nightly.mjs) runs next: every day at "HH:MM" UTC.

/** "03:15" as [3, 15], or undefined when it is not a time of day. */
export function parseTimeOfDay(value) {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value ?? "");
  return m ? [Number(m[1]), Number(m[2])] : undefined;
}

/** The next moment after `now` at that time of day (UTC). */
export function nextRun(now, [hours, minutes]) {
  const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), hours, minutes));
  if (next <= now) next.setUTCDate(next.getUTCDate() + 1);
  return next;
}
