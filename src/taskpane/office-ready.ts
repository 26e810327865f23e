/**
 * Whether the pane runs in Excel, decided within a bound: office.js comes from Microsoft's CDN, and a CDN that neither
 * answers nor refuses must not leave the user before a blank page (the browser gave up after some 40 s). The script
 * tag is async for that reason; Office.onReady works whenever it is called.
 */
export const OFFICE_TIMEOUT_MS = 3000;

export type OfficeStart = { kind: "excel" } | { kind: "browser" } | { kind: "silent" };

export interface OfficeEnvironment {
  /** The Office global, once office.js has run. */
  office(): typeof Office | undefined;
  /** Signs that an Office host opened this page (its host-info query, a host frame or webview). */
  hostHinted(): boolean;
  wait(ms: number): Promise<void>;
}

export async function officeStart(env: OfficeEnvironment, timeoutMs = OFFICE_TIMEOUT_MS): Promise<OfficeStart> {
  const deadline = Date.now() + timeoutMs;
  let office = env.office();
  // A plain browser without office.js (blocked, or not yet there): nothing to wait for.
  if (!office && !env.hostHinted()) return { kind: "browser" };
  while (!office && Date.now() < deadline) {
    await env.wait(50);
    office = env.office();
  }
  if (!office) return { kind: "silent" };
  const ready = office.onReady().then(
    (info) => (info?.host ? ({ kind: "excel" } as const) : ({ kind: "browser" } as const)),
    () => ({ kind: "browser" }) as const,
  );
  const late = env.wait(Math.max(deadline - Date.now(), 0)).then(() => ({ kind: "silent" }) as const);
  return Promise.race([ready, late]);
}

export const browserEnvironment: OfficeEnvironment = {
  office: () => (typeof Office === "undefined" ? undefined : Office),
  hostHinted: () => {
    const w = window as unknown as { chrome?: { webview?: unknown }; webkit?: { messageHandlers?: unknown } };
    return /[?&]_host_Info=/i.test(location.search) || window.parent !== window || Boolean(w.chrome?.webview) || Boolean(w.webkit?.messageHandlers);
  },
  wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};
