export function parseTimeOfDay(value: string | undefined): [number, number] | undefined;
export function nextRun(now: Date, time: [number, number]): Date;
