export const DEV_BASE_URL: string;
export function addinBaseUrl(value: string | undefined): string | undefined;
export function manifestUrls(xml: string): string[];
export function rebaseManifest(xml: string, baseUrl: string): string;
