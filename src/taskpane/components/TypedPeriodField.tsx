/**
 * A period typed as a controller writes it ("Juni 2024", "2. Halbjahr 2024", "2024"), taken on Enter or with the
 * button; a text that is no period is said under the field. Used for a column's header period and for a dimension of
 * the table model.
 */
import { Button, Field, Input } from "@fluentui/react-components";
import { useState } from "react";
import type { Strings } from "../strings";

export function TypedPeriodField({ t, label, inputLabel, initial, small, take }: {
  t: Strings;
  label: string;
  /** The input's own accessible name, where the field's label is shared by several controls. */
  inputLabel?: string;
  initial: string;
  small?: boolean;
  /** Takes the typed text; returns the reason it is no period, or null when taken. */
  take(text: string): string | null;
}) {
  const [text, setText] = useState(initial);
  const [problem, setProblem] = useState<string | null>(null);
  const apply = () => {
    if (text.trim() === initial) return;
    setProblem(take(text));
  };
  return (
    <div className="period-field">
      <Field label={label} size={small ? "small" : undefined} hint={problem ? undefined : t.columns.periodHint} validationState={problem ? "error" : "none"} validationMessage={problem ?? undefined}>
        <Input
          {...(inputLabel ? { "aria-label": inputLabel } : {})}
          size={small ? "small" : undefined}
          value={text}
          onChange={(_, data) => setText(data.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter") apply();
          }}
        />
      </Field>
      <Button size="small" onClick={apply}>
        {t.columns.periodApply}
      </Button>
    </div>
  );
}
