/**
 * One measurement: autocannon (as a library) against one kind of page at one
 * concurrency for a fixed time, each request on a freshly chosen URL. Latencies
 * are recorded per response so that any percentile (p95 for search) can be taken.
 */
import autocannon from "autocannon";
import { summarizeLatencies, type Measurement, type PageKind } from "./report";

export interface LoadOptions {
  origin: string;
  kind: PageKind;
  connections: number;
  /** Seconds; ignored when `amount` is set. */
  duration: number;
  amount?: number;
  /** A fresh path for every request. */
  nextPath: () => string;
}

export async function runLoad(options: LoadOptions): Promise<Extract<Measurement, { status: "ok" }>> {
  const latencies: number[] = [];
  let responses = 0;
  let bytes = 0;
  const instance = autocannon({
    url: options.origin,
    connections: options.connections,
    duration: options.duration,
    amount: options.amount,
    timeout: 30,
    requests: [{ setupRequest: (request) => ({ ...request, path: options.nextPath() }) }],
  });
  instance.on("response", (_client: unknown, statusCode: number, resBytes: number, responseTime: number) => {
    responses++;
    if (statusCode >= 200 && statusCode < 300) {
      latencies.push(responseTime);
      bytes += resBytes;
    }
  });
  const result = await instance;
  const statusCodes: Record<string, number> = {};
  for (const [code, stat] of Object.entries(result.statusCodeStats ?? {})) statusCodes[code] = stat.count;
  const duration = result.duration > 0 ? result.duration : options.duration;
  return {
    kind: options.kind,
    connections: options.connections,
    status: "ok",
    durationSeconds: duration,
    requests: responses,
    requestsPerSecond: responses / duration,
    latency: summarizeLatencies(latencies),
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    statusCodes,
    bytesPerResponse: latencies.length > 0 ? bytes / latencies.length : 0,
  };
}
