export function withoutFrameworkRuntime(html: string): { html: string; removed: number; scripts: string[]; bytesBefore: number; bytesAfter: number };
export function leftovers(html: string): string[];
export function afterFirstPaint(sources: string[]): string;
