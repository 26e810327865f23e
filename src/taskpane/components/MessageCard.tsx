import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { Severity, Strings } from "../strings";

/**
 * A message with its severity in words ("Fehler:", "Hinweis:"), so a screen reader says it and the card's label
 * (Fluent points aria-labelledby at the title) exists.
 */
export function MessageCard({ t, intent, children, alert = false }: { t: Strings; intent: Severity; children: ReactNode; alert?: boolean }) {
  return (
    <MessageBar intent={intent} role={alert ? "alert" : undefined} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t.severity[intent]}</MessageBarTitle> <span>{children}</span>
      </MessageBarBody>
    </MessageBar>
  );
}
