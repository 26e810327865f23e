import { Caption1, Link, Title3 } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { Strings } from "../strings";

/**
 * What every screen of the pane shares: title and purpose on top, the privacy promise at the bottom, and under it
 * „Über das Steuerungscockpit“ (which Office.js runs, the help page) when the entry point knows it.
 */
export function PaneFrame({ t, privacy, about, children }: { t: Strings; privacy: string; about?: string; children: ReactNode }) {
  return (
    <main className="pane">
      <header>
        <Title3 as="h1">{t.title}</Title3>
        <Caption1 as="p">{t.subtitle}</Caption1>
      </header>
      {children}
      <footer>
        <Caption1>{privacy}</Caption1>
        {about && (
          <details className="about">
            <summary>{t.about.title}</summary>
            <Caption1 as="p">{about}</Caption1>
            <Caption1 as="p">
              <Link href="hilfe.html" target="_blank">
                {t.about.help}
              </Link>
            </Caption1>
          </details>
        )}
      </footer>
    </main>
  );
}
