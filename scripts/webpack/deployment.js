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

module.exports = { DEV_BASE_URL, addinBaseUrl, manifestUrls, rebaseManifest };
