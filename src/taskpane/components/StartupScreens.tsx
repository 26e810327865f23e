import { Body1, Button, Spinner } from "@fluentui/react-components";
import type { Strings } from "../strings";
import { MessageCard } from "./MessageCard";
import { PaneFrame } from "./PaneFrame";

/** While Office.onReady has not answered: progress, and why it may take a while. No switch to standalone by itself. */
export function StartupProgress({ t }: { t: Strings }) {
  return (
    <PaneFrame t={t} privacy={t.privacy}>
      <Spinner size="small" labelPosition="after" label={t.startup.connecting} />
      <Body1 as="p">{t.startup.connectingHint}</Body1>
    </PaneFrame>
  );
}

/** Opened by Office, but no Office.js could be loaded: say so, and let the user work on a file instead. */
export function OfficeUnreachable({ t, about, onContinue }: { t: Strings; about?: string; onContinue: () => void }) {
  return (
    <PaneFrame t={t} privacy={t.privacy} about={about}>
      <MessageCard t={t} intent="error" alert>
        {t.startup.unreachable}
      </MessageCard>
      <div>
        <Button appearance="primary" onClick={onContinue}>
          {t.startup.continueWithout}
        </Button>
      </div>
    </PaneFrame>
  );
}
