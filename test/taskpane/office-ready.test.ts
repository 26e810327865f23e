/**
 * Where the pane starts, decided by Office.onReady alone. The fake Office here models what Microsoft documents for
 * onReady (docs/develop/initialize-add-in.md, OfficeDev/office-js-docs-pr): it resolves once Office has initialised
 * the add-in, whenever that is, with { host, platform }; outside an Office client the host is null. The clock is jest's:
 * the tests say what happens however long Office takes, not how fast anything is.
 */
import { officeStart, type OfficeEnvironment, type OfficeStart } from "../../src/taskpane/office-ready";

/** An Office whose onReady answers when the test lets Excel finish starting the add-in. */
function fakeOffice() {
  let answer: (info: { host: string | null; platform: string | null }) => void = () => undefined;
  const ready = new Promise<{ host: string | null; platform: string | null }>((resolve) => (answer = resolve));
  const office = { onReady: () => ready } as unknown as typeof Office;
  return { office, excelReady: () => answer({ host: "Excel", platform: "PC" }), outsideOffice: () => answer({ host: null, platform: null }) };
}

const environment = (office: typeof Office | undefined, hinted: boolean): OfficeEnvironment => ({ office: () => office, hostHinted: () => hinted });

describe("deciding between Excel and the standalone mode", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  /** The decision as far as it has come; undefined while the pane still waits. */
  function start(env: OfficeEnvironment) {
    let decided: OfficeStart | undefined;
    const waiting = jest.fn();
    void officeStart(env, waiting).then((result) => (decided = result));
    return { decided: () => decided, waiting };
  }

  it("inside Excel, waits for Office.onReady however long a slow CDN or VDI takes, with progress, then starts on the workbook", async () => {
    const { office, excelReady } = fakeOffice();
    const pane = start(environment(office, true));
    await jest.advanceTimersByTimeAsync(10 * 60_000);
    expect(pane.decided()).toBeUndefined();
    expect(pane.waiting).toHaveBeenCalledTimes(1);
    excelReady();
    await jest.advanceTimersByTimeAsync(0);
    expect(pane.decided()).toEqual({ kind: "excel" });
  });

  it("office.js in a plain browser (onReady without a host) starts standalone", async () => {
    const { office, outsideOffice } = fakeOffice();
    const pane = start(environment(office, false));
    outsideOffice();
    await jest.advanceTimersByTimeAsync(0);
    expect(pane.decided()).toEqual({ kind: "browser" });
  });

  it("a plain browser without office.js starts standalone at once, without progress", async () => {
    const pane = start(environment(undefined, false));
    await jest.advanceTimersByTimeAsync(0);
    expect(pane.decided()).toEqual({ kind: "browser" });
    expect(pane.waiting).not.toHaveBeenCalled();
  });

  it("opened by Office, but neither the CDN nor our own copy delivered office.js: Excel is unreachable, said as such", async () => {
    const pane = start(environment(undefined, true));
    await jest.advanceTimersByTimeAsync(0);
    expect(pane.decided()).toEqual({ kind: "unreachable" });
  });
});
