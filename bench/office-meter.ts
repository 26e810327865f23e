/**
 * Round trips and payload sizes of the Office.js adapter, measured on the fake Excel of the tests
 * (test/workbook/office/fake-excel.ts), which does not model payloads itself. A proxy around the request context
 * records what Office.js would put into each request: every property set and method call is one action, sized as
 * its JSON arguments plus a fixed overhead for the object path; loaded properties are sized as the JSON of their values
 * when the request returns. context.sync() closes a request. Estimates, not Office.js' exact wire format — the values
 * matrices dominate both, and Excel on the web refuses requests and responses above 5 MB.
 */
import type { FakeWorkbook } from "../test/workbook/office/fake-excel";
import { FakeContext } from "../test/workbook/office/fake-excel";

/** Bytes Office.js spends per action on ids, object path and action type (observed order of magnitude). */
const ACTION_OVERHEAD = 60;
/** An object passed as an argument travels as a reference to its object path. */
const REFERENCE_SIZE = 30;

export interface MeteredRequest {
  actions: number;
  requestBytes: number;
  responseBytes: number;
}

export function meteredRunner(book: FakeWorkbook) {
  const requests: MeteredRequest[] = [];
  let current: MeteredRequest = { actions: 0, requestBytes: 0, responseBytes: 0 };
  let loads: Array<{ target: object; properties: unknown }> = [];
  const proxies = new WeakSet<object>();
  const cache = new WeakMap<object, object>();

  const sizeOf = (value: unknown): number => {
    if (value === undefined) return 0;
    if (typeof value === "object" && value !== null && !Array.isArray(value) && (proxies.has(value) || Object.getPrototypeOf(value) !== Object.prototype)) return REFERENCE_SIZE;
    return JSON.stringify(value)?.length ?? 0;
  };
  const record = (bytes: number) => {
    current.actions++;
    current.requestBytes += ACTION_OVERHEAD + bytes;
  };
  const closeRequest = () => {
    for (const { target, properties } of loads) current.responseBytes += loadedSize(target, properties);
    requests.push(current);
    current = { actions: 0, requestBytes: 0, responseBytes: 0 };
    loads = [];
  };
  const wrap = (value: unknown): unknown => (typeof value === "object" && value !== null ? proxy(value) : value);

  function proxy(target: object): object {
    const known = cache.get(target);
    if (known) return known;
    const isArray = Array.isArray(target);
    const handler: ProxyHandler<object> = {
      get(t, key) {
        const value = Reflect.get(t, key, t);
        if (typeof value !== "function") return wrap(value);
        // Array methods run on the proxy, so the elements they hand out are metered objects too.
        if (isArray) return value;
        return (...args: unknown[]) => {
          if (t instanceof FakeContext && key === "sync") {
            closeRequest();
            return value.apply(t, args);
          }
          if (key === "load") loads.push({ target: t, properties: args[0] });
          record(args.reduce<number>((n, a) => n + sizeOf(a), 0));
          return wrap(value.apply(t, args));
        };
      },
      set(t, key, value) {
        if (!isArray) record(String(key).length + sizeOf(value));
        return Reflect.set(t, key, value, t);
      },
    };
    const p = new Proxy(target, handler);
    proxies.add(p);
    cache.set(target, p);
    return p;
  }

  const contexts: FakeContext[] = [];
  const run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const context = new FakeContext(book);
    contexts.push(context);
    return batch(proxy(context) as unknown as Excel.RequestContext);
  };
  return {
    run,
    /** Requests since the last call, then starts counting afresh (one phase: read, or render). */
    take(): MeteredRequest[] {
      if (current.actions > 0) closeRequest(); // actions never synced would be lost in real Office.js
      return requests.splice(0);
    },
    syncs: () => contexts.reduce((n, c) => n + c.syncs, 0),
  };
}

/** JSON size of what a load("a,items/b") brought back. */
function loadedSize(target: object, properties: unknown): number {
  if ((target as { isNullObject?: boolean }).isNullObject) return 0;
  const paths = typeof properties === "string" ? properties.split(",").map((p) => p.trim().split("/")) : [];
  const pick = (object: unknown, path: string[]): unknown => {
    if (path.length === 0 || object === null || typeof object !== "object") return object;
    const [head, ...rest] = path;
    const value = (object as Record<string, unknown>)[head];
    return head === "items" && Array.isArray(value) ? value.map((item) => pick(item, rest)) : pick(value, rest);
  };
  return paths.reduce((n, path) => n + (JSON.stringify(pick(target, path))?.length ?? 0), 0);
}
