export function withoutFrameworkRuntime(html: string): { html: string; removed: number; bytesBefore: number; bytesAfter: number };
export function leftovers(html: string): string[];
