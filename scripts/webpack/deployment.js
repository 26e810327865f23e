/**
 * What a build for a real host changes: the manifest's URLs. manifest.xml in the repository names the development
 * server (https://localhost:3000/, `npm start`); `ADDIN_BASE_URL=https://intranet.example/sc/ npm run build` writes
 * dist/manifest.xml with every URL under that base instead, so IT can host dist/ on any HTTPS server and deploy the
 * manifest as it is. The rules for the base follow the manifest reference: SourceLocation and every other URL must be
 * HTTPS (learn.microsoft.com/javascript/api/manifest/sourcelocation, docs/concepts/privacy-and-security.md).
 */
const DEV_BASE_URL = "https://localhost:3000/";

/** The base URL from ADDIN_BASE_URL, checked and with a trailing slash; undefined when it is not set. */
function addinBaseUrl(value) {
  if (value === undefined || value.trim() === "") return undefined;
  let url;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`ADDIN_BASE_URL „${value}“ ist keine gültige Adresse (Beispiel: https://intranet.example/sc/).`);
  }
  if (url.protocol !== "https:") throw new Error(`ADDIN_BASE_URL muss mit https:// beginnen: Office lädt Add-ins nur über HTTPS („${value}“).`);
  if (url.search || url.hash || url.username || url.password) throw new Error(`ADDIN_BASE_URL darf weder Abfrage (?…), Anker (#…) noch Anmeldedaten enthalten („${value}“).`);
  const path = url.pathname.endsWith("/") ? url.pathname : `${url.pathname}/`;
  return `${url.origin}${path}`;
}

/** Every URL the manifest names (DefaultValue/Value attributes, element text such as <AppDomain>), not namespaces. */
function manifestUrls(xml) {
  const withoutComments = xml.replace(/<!--[\s\S]*?-->/g, "");
  return [...withoutComments.matchAll(/(?:\b(?:DefaultValue|Value)="|>\s*)(https?:\/\/[^"<\s]+)/g)].map((m) => m[1]);
}

/** The manifest with every URL of the development server moved under `baseUrl`; fails if any other URL is left. */
function rebaseManifest(xml, baseUrl) {
  const rebased = xml
    .split(DEV_BASE_URL)
    .join(baseUrl)
    .replace(/URLs point to the development server[^.]*\./, `URLs rebased for ${baseUrl} by ADDIN_BASE_URL at build time.`);
  const stray = manifestUrls(rebased).filter((u) => !u.startsWith(baseUrl));
  if (stray.length > 0) throw new Error(`manifest.xml: Adressen außerhalb von ${baseUrl}: ${stray.join(", ")}`);
  return rebased;
}

/**
 * Office.js on the pages (taskpane.html, commands.html, hilfe.html). Microsoft documents one way to load it: the CDN's
 * script tag in <head> (docs/develop/referencing-the-javascript-api-for-office-library-from-its-cdn.md). The CDN can
 * fail (outages; networks that block it), so by default a tiny ES5 script from our own origin follows the tag and,
 * when Office is still undefined, writes a tag for the copy of @microsoft/office-js that the build puts in
 * dist/office-js/ — "an offline copy … statically served from your own site" is what that package is for (its README).
 * OFFICE_JS=local builds pages that load only that copy and whose policy no longer allows the CDN.
 */
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_JS_COPY = "office-js/office.js";

function officeJsMode(value) {
  const mode = (value ?? "").trim().toLowerCase();
  if (mode === "" || mode === "cdn") return "cdn";
  if (mode === "local") return "local";
  throw new Error(`OFFICE_JS „${value}“ ist unbekannt: „cdn“ (Standard: Microsofts CDN, bei Ausfall die mitgelieferte Kopie) oder „local“ (nur die mitgelieferte Kopie).`);
}

/** What a page template fills in for Office.js: its script tags, the script-src of its policy, what help says. */
function officeJsPage(mode, copyVersion) {
  const copy = `die mitgelieferte Kopie von Office.js (Version ${copyVersion}) von diesem Server`;
  if (mode === "local") {
    return {
      mode,
      copyVersion,
      scriptSrc: "'self'",
      scripts: `<script src="${OFFICE_JS_COPY}"></script>`,
      help: `Office.js: Dieses Paket lädt nur ${copy}; Microsofts CDN wird nicht angefragt (gebaut mit OFFICE_JS=local).`,
    };
  }
  return {
    mode,
    copyVersion,
    scriptSrc: "'self' https://appsforoffice.microsoft.com",
    scripts: `<script id="office-js-cdn" src="${OFFICE_JS_CDN}"></script>\n    <script src="office-js-fallback.js"></script>`,
    help: `Office.js: Der Aufgabenbereich lädt Office.js von Microsoft (appsforoffice.microsoft.com). Ist Microsofts Server nicht erreichbar, lädt er ${copy}. Welche Quelle gerade verwendet wird, steht im Aufgabenbereich unter „Über das Steuerungscockpit“.`,
  };
}

/** A page template with its <%= officeJs.… %> placeholders filled (the same function for webpack and the tests). */
function renderPage(template, page) {
  return template.replace(/<%=\s*officeJs\.(\w+)\s*%>/g, (_, key) => {
    if (!(key in page)) throw new Error(`Platzhalter officeJs.${key} ist unbekannt.`);
    return String(page[key]);
  });
}

module.exports = { DEV_BASE_URL, OFFICE_JS_CDN, OFFICE_JS_COPY, addinBaseUrl, manifestUrls, officeJsMode, officeJsPage, rebaseManifest, renderPage };
