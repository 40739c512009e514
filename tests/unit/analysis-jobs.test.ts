import { JOB_ANALYSES, JOB_PHASES, overallFraction } from "@/lib/analysis/job-phases";
import { DEFAULT_WAIT_MS, waitOf } from "@/lib/analysis/job-response";

const withPrefer = (prefer?: string) =>
  new Request("http://test/api/analysis/rankings", prefer ? { headers: { prefer } } : {});

describe("how long a request waits for a job (RFC 7240 Prefer)", () => {
  it.each([
    [undefined, DEFAULT_WAIT_MS],
    ["respond-async", 0],
    ["respond-async, wait=5", 0],
    ["wait=5", 5_000],
    ["wait=600", 30_000],
    ["return=minimal", DEFAULT_WAIT_MS],
  ])("Prefer: %s waits %i ms", (prefer, ms) => {
    expect(waitOf(withPrefer(prefer))).toBe(ms);
  });
});

describe("a job's overall progress", () => {
  it.each(JOB_ANALYSES)("%s: the phases' shares add up to 1 and never go back", (analysis) => {
    const shares = JOB_PHASES[analysis].map(([, share]) => share);
    expect(shares.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 9);
    const steps = JOB_PHASES[analysis].flatMap(([phase]) =>
      [0, 0.5, 1].map((f) => overallFraction(analysis, phase, f)),
    );
    expect(steps).toEqual([...steps].sort((x, y) => x - y));
    expect(overallFraction(analysis, "done", 0)).toBe(1);
    expect(overallFraction(analysis, "queued", 1)).toBe(0);
  });
});
