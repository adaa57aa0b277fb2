/** Upper bounds (seconds) of the request-duration histogram. */
const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

function labelText(labels: Record<string, string>): string {
  const parts = Object.entries(labels).map(([k, v]) => `${k}="${v.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`);
  return parts.length ? `{${parts.join(',')}}` : '';
}

/** In-process Prometheus metrics, rendered in the text exposition format. */
export class Metrics {
  readonly #counters = new Map<string, { help: string; values: Map<string, number> }>();
  readonly #durations = new Map<string, { counts: number[]; sum: number; count: number }>();

  /** Adds `by` to a labelled counter. */
  increment(name: string, help: string, labels: Record<string, string> = {}, by = 1): void {
    let counter = this.#counters.get(name);
    if (!counter) this.#counters.set(name, (counter = { help, values: new Map() }));
    const key = labelText(labels);
    counter.values.set(key, (counter.values.get(key) ?? 0) + by);
  }

  /** Records one HTTP request's duration under its route pattern. */
  observeRequest(route: string, seconds: number): void {
    const key = labelText({ route });
    let histogram = this.#durations.get(key);
    if (!histogram) this.#durations.set(key, (histogram = { counts: BUCKETS.map(() => 0), sum: 0, count: 0 }));
    BUCKETS.forEach((bound, i) => { if (seconds <= bound) histogram.counts[i]! += 1; });
    histogram.sum += seconds;
    histogram.count += 1;
  }

  /** The exposition text. */
  render(): string {
    const lines: string[] = [];
    for (const [name, { help, values }] of this.#counters) {
      lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} counter`);
      for (const [labels, value] of values) lines.push(`${name}${labels} ${value}`);
    }
    const h = 'slotkit_http_request_duration_seconds';
    lines.push(`# HELP ${h} Time to answer an HTTP request.`, `# TYPE ${h} histogram`);
    for (const [labels, { counts, sum, count }] of this.#durations) {
      const inner = labels.slice(1, -1);
      BUCKETS.forEach((bound, i) => lines.push(`${h}_bucket{${inner},le="${bound}"} ${counts[i]}`));
      lines.push(`${h}_bucket{${inner},le="+Inf"} ${count}`, `${h}_sum${labels} ${sum}`, `${h}_count${labels} ${count}`);
    }
    return lines.join('\n') + '\n';
  }
}
