import { Badge, Body1, Caption1, Link, MessageBar, MessageBarBody, Subtitle2 } from "@fluentui/react-components";
import type { Strings } from "../strings";
import { statusCounts } from "../run-state";
import type { RunOutcome } from "../../pipeline/run-report";

const BADGE_COLOR = { "on-track": "success", "at-risk": "warning", "off-track": "danger", "no-data": "subtle" } as const;

const euro = (value: number | null) => (value === null ? "–" : `${Math.round(value).toLocaleString("de-DE")} €`);

/** The compact dashboard after a refresh: status counts, the indicators that need attention, budget headline, notes. */
export function ResultPanel({ t, outcome, onShowCell }: { t: Strings; outcome: RunOutcome; onShowCell?: (sheet: string, cell: string) => void }) {
  const { summary, rendered, messages } = outcome;
  if (!rendered) {
    return (
      <MessageBar intent="warning">
        <MessageBarBody>{t.nothingFound}</MessageBarBody>
      </MessageBar>
    );
  }
  const counts = statusCounts(outcome);
  const reportSheet = rendered.sheets.find((s) => s.key === "ziel-ist-vergleich")?.name;
  const attention = summary.indicators.filter((i) => i.status === "off-track" || i.status === "at-risk");
  const notes = messages.filter((m) => m.level !== "info");
  return (
    <section aria-label={t.resultTitle(summary.reportMonth ?? "")} className="result">
      <Subtitle2 as="h2">{t.resultTitle(summary.reportMonth ?? "")}</Subtitle2>
      <div className="badges" role="list">
        {(Object.keys(counts) as Array<keyof typeof counts>).map((status) => (
          <Badge key={status} role="listitem" appearance="filled" color={BADGE_COLOR[status]}>
            {`${counts[status]} ${t.status[status]}`}
          </Badge>
        ))}
      </div>
      <ul className="attention">
        {attention.map((i) => (
          <li key={i.code}>
            <Badge appearance="tint" color={BADGE_COLOR[i.status]}>{t.status[i.status]}</Badge>{" "}
            {onShowCell && reportSheet && i.reportRow ? (
              <Link as="button" onClick={() => onShowCell(reportSheet, `A${i.reportRow}`)} aria-label={t.showIndicator(i.name)}>
                {i.name}
              </Link>
            ) : (
              <Body1>{i.name}</Body1>
            )}
          </li>
        ))}
      </ul>
      {summary.budget && <Body1>{t.budgetLine(euro(summary.budget.total.plan), euro(summary.budget.total.bound), euro(summary.budget.total.available))}</Body1>}
      <Caption1 as="p">{t.sheetsWritten(rendered.sheets.map((s) => s.name).join(", "))}</Caption1>
      {rendered.notices.map((notice) => (
        <MessageBar key={notice} intent="info">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      ))}
      <Subtitle2 as="h3">{t.sourcesTitle}</Subtitle2>
      <ul className="sources">
        {summary.sources.map((source) => (
          <li key={`${source.kind}:${source.sheet}`}>
            <Caption1>{`${source.sheet}: ${source.description}`}</Caption1>
          </li>
        ))}
      </ul>
      <Subtitle2 as="h3">{t.messagesTitle}</Subtitle2>
      {notes.length === 0 ? (
        <Caption1>{t.noMessages}</Caption1>
      ) : (
        <ul className="messages">
          {notes.map((m, index) => (
            <li key={index}>
              <MessageBar intent={m.level === "error" ? "error" : "warning"}>
                <MessageBarBody>
                  {m.sheet && m.cell && onShowCell ? (
                    <Link as="button" onClick={() => onShowCell(m.sheet as string, m.cell as string)} aria-label={t.showCell(`${m.sheet}!${m.cell}`)}>
                      {`${m.sheet}!${m.cell}`}
                    </Link>
                  ) : (
                    m.sheet && `${m.sheet}${m.cell ? `!${m.cell}` : ""}`
                  )}
                  {m.sheet ? `: ${m.text}` : m.text}
                </MessageBarBody>
              </MessageBar>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
