/**
 * Whether the pane runs in Excel. Office.js sits in the page's <head> (Microsoft's CDN, or our own copy when the CDN
 * failed), so when the bundle runs, `Office` is defined or neither source delivered it. Office.onReady is never too
 * late: called before Office is initialised it waits, called after it resolves at once, with the host (Excel) and the
 * platform, or with a null host when the page runs outside Office (docs/develop/initialize-add-in.md in
 * OfficeDev/office-js-docs-pr; office.js warns "Office.js is loaded outside of Office client"). A slow CDN, a
 * VDI session or a busy Excel only makes it slower, so the pane waits for it however long it takes, shows progress
 * meanwhile, and starts standalone only when there is no Office host: onReady says so, or no Office.js could be
 * loaded outside Office.
 */
export type OfficeStart =
  | { kind: "excel" }
  | { kind: "browser" }
  /** Opened by Office, but neither the CDN nor our own server delivered Office.js: Excel cannot be reached. */
  | { kind: "unreachable" };

export interface OfficeEnvironment {
  /** The Office global, once office.js has run. */
  office(): typeof Office | undefined;
  /** Signs that an Office host opened this page (its host-info query, a host frame or webview). */
  hostHinted(): boolean;
}

/** Decides where the pane runs; `waiting` is called once when the answer has to come from Office.onReady. */
export async function officeStart(env: OfficeEnvironment, waiting: () => void = () => undefined): Promise<OfficeStart> {
  const office = env.office();
  if (!office) return env.hostHinted() ? { kind: "unreachable" } : { kind: "browser" };
  waiting();
  try {
    const info = await office.onReady();
    return info?.host ? { kind: "excel" } : { kind: "browser" };
  } catch {
    return env.hostHinted() ? { kind: "unreachable" } : { kind: "browser" };
  }
}

export const browserEnvironment: OfficeEnvironment = {
  office: () => (typeof Office === "undefined" ? undefined : Office),
  hostHinted: () => {
    const w = window as unknown as { chrome?: { webview?: unknown }; webkit?: { messageHandlers?: unknown } };
    return /[?&]_host_Info=/i.test(location.search) || window.parent !== window || Boolean(w.chrome?.webview) || Boolean(w.webkit?.messageHandlers);
  },
};
