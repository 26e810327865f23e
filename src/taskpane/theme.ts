/**
 * Which Fluent theme the pane uses: high contrast when the system forces colours, dark when Office's body background
 * (or, outside Office, the browser's colour scheme) is dark, light otherwise.
 */
import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

export type PaneTheme = Theme;

export function isDarkBackground(background: string | undefined): boolean {
  if (!background || !/^#?[0-9a-f]{6}$/i.test(background)) return false;
  const hex = background.replace("#", "");
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return (r * 299 + g * 587 + b * 114) / 1000 < 128;
}

export function paneTheme(environment: { forcedColors: boolean; dark: boolean }): PaneTheme {
  if (environment.forcedColors) return teamsHighContrastTheme;
  return environment.dark ? webDarkTheme : webLightTheme;
}

export function prefers(query: string): boolean {
  return typeof window.matchMedia === "function" && window.matchMedia(query).matches;
}
