/**
 * Round trips and payload sizes of the Office.js adapter, measured by the fake Excel of the tests
 * (test/workbook/office/fake-excel.ts), which meters every sync itself: each queued action is sized as the UTF-8 bytes
 * of its JSON arguments plus a fixed overhead for id, type and object path; a response as the UTF-8 bytes of the JSON
 * of what was loaded. Estimates of Office.js' wire format — the values matrices dominate both — against the 5 MB
 * Excel on the web enforces (the fake enforces it too: a refresh above it fails).
 */
import { fakeRunner, type FakeWorkbook, type MeteredRequest } from "../test/workbook/office/fake-excel";

export type { MeteredRequest } from "../test/workbook/office/fake-excel";

export function meteredRunner(book: FakeWorkbook) {
  const runner = fakeRunner(book);
  let taken = book.requests.length;
  return {
    run: runner.run,
    /** Requests since the last call (one phase: read, or render). */
    take(): MeteredRequest[] {
      const requests = book.requests.slice(taken);
      taken = book.requests.length;
      return requests;
    },
    syncs: () => runner.contexts.reduce((n, c) => n + c.syncs, 0),
  };
}
