/**
 * Which Office.js this page runs on, for „Über das Steuerungscockpit“: Microsoft's CDN, the copy shipped on our own
 * server (as fallback after the CDN failed, or the only one in a build with OFFICE_JS=local), or none. The page says how
 * it was built in <meta name="office-js" content="cdn|local" data-copy-version="…"> (scripts/webpack/deployment.js);
 * the fallback (static/office-js-fallback.js) leaves a script of our own origin ending in office.js exactly when it
 * loaded the copy.
 */
export type OfficeJsSource = "microsoft" | "copy" | "copy-only" | "none";

export interface OfficeJsInfo {
  source: OfficeJsSource;
  /** The version of the shipped copy (@microsoft/office-js), when the page names it. */
  copyVersion: string | null;
}

export function officeJsInfo(doc: Document, officeLoaded: boolean): OfficeJsInfo {
  const meta = doc.querySelector('meta[name="office-js"]');
  const copyVersion = meta?.getAttribute("data-copy-version") || null;
  if (!officeLoaded) return { source: "none", copyVersion };
  if (meta?.getAttribute("content") === "local") return { source: "copy-only", copyVersion };
  const origin = doc.location?.origin;
  const ownCopy = Array.from(doc.scripts).some((script) => {
    const src = script.getAttribute("src") ?? "";
    if (!/(^|\/)office\.js(\?|$)/i.test(src)) return false;
    // A relative src is our own server; an absolute one only when it names this page's origin.
    return !/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(src) || (origin !== undefined && src.startsWith(`${origin}/`));
  });
  return { source: ownCopy ? "copy" : "microsoft", copyVersion };
}
