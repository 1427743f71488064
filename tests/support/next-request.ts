/**
 * Stands in for Next.js's request scope when tests call server actions in-process: `headers()` and
 * `cookies()` answer from the request the test set (`asRequest`), and `revalidatePath` records the
 * path. Only the framework's request plumbing is replaced; the actions, the wrapper, lib/, better-auth
 * and the database are the real ones. Wired in by vitest.config.ts (aliases for next/headers, next/cache).
 */
let current = new Headers();
export const revalidated: string[] = [];

export function asRequest(headers: Record<string, string>) {
  current = new Headers(headers);
}

export async function headers() {
  return current;
}

export async function cookies() {
  const jar = new Map<string, string>();
  for (const part of (current.get("cookie") ?? "").split(";")) {
    const [name, ...value] = part.trim().split("=");
    if (name) jar.set(name, value.join("="));
  }
  return {
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    getAll: () => [...jar].map(([name, value]) => ({ name, value })),
    has: (name: string) => jar.has(name),
    set: () => undefined,
    delete: () => undefined,
  };
}

export function revalidatePath(path: string) {
  revalidated.push(path);
}

export function revalidateTag() {}
export function unstable_noStore() {}
export const draftMode = async () => ({ isEnabled: false });
