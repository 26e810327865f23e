import { officeStart, type OfficeEnvironment } from "../../src/taskpane/office-ready";

/** A clock the test moves; office.js "arrives" at `arrivesAt` ms and its onReady answers `answersAfter` ms later. */
function environment(options: { hinted: boolean; arrivesAt?: number; answersAfter?: number; host?: string | null }): OfficeEnvironment & { now: () => number } {
  let now = 0;
  jest.spyOn(Date, "now").mockImplementation(() => now);
  const office = {
    onReady: () =>
      new Promise((resolve) => {
        if (options.answersAfter !== undefined) setTimeout(() => resolve({ host: options.host ?? null }), options.answersAfter);
      }),
  } as unknown as typeof Office;
  return {
    now: () => now,
    office: () => (options.arrivesAt !== undefined && now >= options.arrivesAt ? office : undefined),
    hostHinted: () => options.hinted,
    wait: (ms) =>
      new Promise((resolve) => {
        setTimeout(() => {
          now += ms;
          resolve();
        }, ms);
      }),
  };
}

describe("deciding between Excel and the standalone mode", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => {
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  async function decide(env: OfficeEnvironment) {
    const start = officeStart(env, 3000);
    await jest.advanceTimersByTimeAsync(5000);
    return start;
  }

  it("a plain browser without office.js starts standalone at once, without a note", async () => {
    const env = environment({ hinted: false });
    await expect(decide(env)).resolves.toEqual({ kind: "browser" });
    expect(env.now()).toBe(0);
  });

  it("inside Excel, office.js answering in time starts the pane on the workbook", async () => {
    await expect(decide(environment({ hinted: true, arrivesAt: 400, answersAfter: 100, host: "Excel" }))).resolves.toEqual({ kind: "excel" });
  });

  it("office.js loaded outside Office (onReady without a host) starts standalone without a note", async () => {
    await expect(decide(environment({ hinted: false, arrivesAt: 0, answersAfter: 10, host: null }))).resolves.toEqual({ kind: "browser" });
  });

  it("a CDN that never answers: standalone after 3 s, with the note", async () => {
    const env = environment({ hinted: true });
    await expect(decide(env)).resolves.toEqual({ kind: "silent" });
    expect(env.now()).toBeGreaterThanOrEqual(3000);
    expect(env.now()).toBeLessThan(3100);
  });

  it("office.js that loads but whose onReady never answers: standalone after 3 s, with the note", async () => {
    await expect(decide(environment({ hinted: true, arrivesAt: 200 }))).resolves.toEqual({ kind: "silent" });
  });
});
