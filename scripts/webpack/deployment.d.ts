export const DEV_BASE_URL: string;
export function addinBaseUrl(value: string | undefined): string | undefined;
export function manifestUrls(xml: string): string[];
export function rebaseManifest(xml: string, baseUrl: string): string;
export const OFFICE_JS_CDN: string;
export const OFFICE_JS_COPY: string;
export type OfficeJsMode = "cdn" | "local";
export interface OfficeJsPage {
  mode: OfficeJsMode;
  copyVersion: string;
  scriptSrc: string;
  scripts: string;
  help: string;
}
export function officeJsMode(value: string | undefined): OfficeJsMode;
export function officeJsPage(mode: OfficeJsMode, copyVersion: string): OfficeJsPage;
export function renderPage(template: string, page: OfficeJsPage): string;
