/**
 * A background crowd of readers: `concurrency` loops fetching the given pages
 * round-robin until stopped, every answer recorded with the phase of the test it
 * happened in (e.g. "before", "down", "after").
 */
export interface ReadResult {
  phase: string;
  url: string;
  status: number;
  /** The page's <main> element, to compare content across phases. */
  main: string | null;
  error: string | null;
}

/**
 * The page's <main>, without React's streaming markers: when metadata is slow (say,
 * the database is down and the cache waits out its grace period) Next streams it
 * later, which leaves a pending-boundary marker in place of an empty one. What a
 * reader sees is the same.
 */
export function mainContent(html: string): string | null {
  const match = /<main\b[^>]*>([\s\S]*?)<\/main>/.exec(html);
  return match ? match[1].replace(/<!--\/?\$[?!]?-->|<template id="B:\d+"><\/template>/g, "") : null;
}

export class ReaderCrowd {
  phase = "before";
  readonly results: ReadResult[] = [];
  private running = true;
  private readonly loops: Promise<void>[] = [];

  constructor(urls: string[], concurrency: number) {
    for (let i = 0; i < concurrency; i++) this.loops.push(this.loop(urls, i));
  }

  private async loop(urls: string[], offset: number): Promise<void> {
    for (let n = offset; this.running; n++) {
      const url = urls[n % urls.length];
      const phase = this.phase;
      try {
        const response = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(15_000) });
        const body = await response.text();
        this.results.push({ phase, url, status: response.status, main: mainContent(body), error: null });
      } catch (error) {
        this.results.push({ phase, url, status: 0, main: null, error: (error as Error).message });
      }
      // Readers, not a flood: the load test is elsewhere.
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  inPhase(phase: string): ReadResult[] {
    return this.results.filter((result) => result.phase === phase);
  }

  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.loops);
  }
}
