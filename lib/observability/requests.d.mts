import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { Logger } from "pino";
import type { Counter, Histogram, Registry } from "prom-client";

export function routeMatcher(root: string): (pathname: string) => string;
export function requestMetrics(registry?: Registry): { requests: Counter<"route" | "method" | "status">; duration: Histogram<"route" | "method"> };
export function requestObserver(options: {
  logger: Pick<Logger, "info">;
  routeOf: (pathname: string) => string;
  metrics?: ReturnType<typeof requestMetrics>;
}): (req: IncomingMessage, res: ServerResponse) => void;
export function startMetricsServer(options: { host: string; port: number; metrics: () => Promise<string>; contentType: string }): Promise<Server>;
