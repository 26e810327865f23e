import { Caption1, Title3 } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { Strings } from "../strings";

/** What every screen of the pane shares: title and purpose on top, the privacy promise at the bottom. */
export function PaneFrame({ t, privacy, children }: { t: Strings; privacy: string; children: ReactNode }) {
  return (
    <main className="pane">
      <header>
        <Title3 as="h1">{t.title}</Title3>
        <Caption1 as="p">{t.subtitle}</Caption1>
      </header>
      {children}
      <footer>
        <Caption1>{privacy}</Caption1>
      </footer>
    </main>
  );
}
