/**
 * What jsdom 20 (under jest-environment-jsdom 29) lacks and the pane needs; imported first by every component test.
 * Only what Fluent UI or the pane actually call, so that a new gap still fails loudly instead of being papered over.
 */
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "node:util";

// Fluent's MessageBar watches its own width to reflow its actions.
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
if (typeof window.ResizeObserver === "undefined") {
  Object.defineProperty(window, "ResizeObserver", { value: NoResizeObserver, writable: true, configurable: true });
}

// Browsers have had TextDecoder/TextEncoder for years and the .xlsx adapter uses them; jsdom 20 does not provide them.
if (typeof globalThis.TextDecoder === "undefined") {
  Object.assign(globalThis, { TextDecoder: NodeTextDecoder, TextEncoder: NodeTextEncoder });
}

// The standalone pane reads the picked file with Blob.arrayBuffer(), which jsdom 20's Blob lacks; FileReader it has.
if (typeof Blob.prototype.arrayBuffer !== "function") {
  Object.defineProperty(Blob.prototype, "arrayBuffer", {
    configurable: true,
    value(this: Blob): Promise<ArrayBuffer> {
      return new Promise((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => resolve(reader.result as ArrayBuffer);
        reader.onerror = () => reject(reader.error);
        reader.readAsArrayBuffer(this);
      });
    },
  });
}
