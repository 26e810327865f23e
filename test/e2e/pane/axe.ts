/**
 * axe-core in the page under test: every WCAG 2.x A/AA rule axe has, and "incomplete" (what axe could not decide, such
 * as a contrast over a background it cannot see) counted as a failure too, so that nothing is left to a human guess.
 * The page's CSP forbids injected scripts; the browser context is opened with bypassCSP for that reason only.
 */
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";

const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

export interface AxeFinding {
  id: string;
  impact: string | null;
  targets: string[];
}

export interface AxeFindings {
  violations: AxeFinding[];
  incomplete: AxeFinding[];
}

export async function axeFindings(page: Page): Promise<AxeFindings> {
  // At the top of the page the sticky primary action sits where it belongs; stuck over content, axe cannot tell the
  // background of what it covers and reports "incomplete".
  await page.evaluate(() => window.scrollTo(0, 0));
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: unknown): Promise<{ violations: unknown[]; incomplete: unknown[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ["violations", "incomplete"] });
    const short = (list: unknown[]) =>
      (list as Array<{ id: string; impact: string | null; nodes: Array<{ target: string[] }> }>).map((r) => ({ id: r.id, impact: r.impact, targets: r.nodes.map((n) => n.target.join(" ")) }));
    return { violations: short(result.violations), incomplete: short(result.incomplete) };
  });
}

/** 0 violations and 0 incomplete; the findings are in the failure message. */
export async function expectAccessible(page: Page, state: string): Promise<void> {
  const findings = await axeFindings(page);
  expect({ state, ...findings }).toEqual({ state, violations: [], incomplete: [] });
}

/** How many Tab presses from the top of the page until `name` has focus (Infinity after `limit`). */
export async function tabStopsTo(page: Page, name: string, limit = 40): Promise<number> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  await page.mouse.click(1, 1);
  for (let stops = 1; stops <= limit; stops++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => (document.activeElement?.textContent ?? "").trim());
    if (focused === name) return stops;
  }
  return Infinity;
}

/** The focus indicator drawn around the focused control (or the Fluent root that shows it for a hidden input). */
export async function focusRing(page: Page): Promise<{ width: string; style: string }> {
  return page.evaluate(() => {
    const focused = document.activeElement as HTMLElement;
    const candidates = [focused, focused.closest(".fui-Checkbox"), focused.closest(".fui-Radio")].filter(Boolean) as HTMLElement[];
    for (const element of candidates) {
      const style = getComputedStyle(element);
      if (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0) return { width: style.outlineWidth, style: style.outlineStyle };
      const after = getComputedStyle(element, "::after");
      if (after.borderStyle !== "none" && parseFloat(after.borderTopWidth) > 0 && after.content !== "none") return { width: after.borderTopWidth, style: after.borderTopStyle };
    }
    return { width: "0px", style: "none" };
  });
}
