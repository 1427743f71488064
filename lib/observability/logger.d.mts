import type { DestinationStream, Logger } from "pino";

export function createLogger(destination?: DestinationStream): Logger;
