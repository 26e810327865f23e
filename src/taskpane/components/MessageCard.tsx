import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { Severity, Strings } from "../strings";

/**
 * A message with its severity in words ("Fehler:", "Hinweis:"), so a screen reader says it and the card's label
 * (Fluent points aria-labelledby at the title) exists.
 */
export function MessageCard({ t, intent, children, alert = false }: { t: Strings; intent: Severity; children: ReactNode; alert?: boolean }) {
  return (
    // Only an alert overrides the bar's own role (group): an undefined role would remove it, and its label with it.
    <MessageBar intent={intent} layout="multiline" {...(alert ? { role: "alert" } : {})}>
      <MessageBarBody>
        <MessageBarTitle>{t.severity[intent]}</MessageBarTitle> <span>{children}</span>
      </MessageBarBody>
    </MessageBar>
  );
}
