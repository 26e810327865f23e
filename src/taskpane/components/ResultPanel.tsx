import { Badge, Body1, Caption1, Link, Subtitle2 } from "@fluentui/react-components";
import { forwardRef, type ReactNode } from "react";
import { formatMonthLong } from "../../domain/months";
import type { RunOutcome } from "../../pipeline/run-report";
import { COMPARISON_KEY } from "../../report/report-sheets";
import { formatEuro } from "../figures";
import { statusCounts } from "../run-state";
import type { StatusShown, Strings } from "../strings";
import { ComparisonCard } from "./ComparisonCard";
import { IndicatorFigures, STATUS_COLOR } from "./IndicatorFigures";
import { MessageCard } from "./MessageCard";

export const REPORT_KEY = "ziel-ist-vergleich";

export interface ResultPanelProps {
  t: Strings;
  outcome: RunOutcome;
  /** False once the workbook, the mapping or a setting changed since the run. */
  current: boolean;
  /** Excel: show a source cell. Absent where there is no sheet to show it in. */
  onShowCell?: (sheet: string, cell: string) => void;
  /** Excel: activate a written sheet. */
  onShowSheet?: (sheet: string) => void;
  /** An indicator's row in the report (Excel: select it; standalone: a preview of the report sheet). */
  onShowRow?: (sheet: string, row: number) => void;
  /** Standalone: the download, enabled only while the result is current. */
  actions?: (current: boolean) => ReactNode;
}

/** The result after a refresh: every indicator's figures, the EGT headline, what was written, the notes on the data. */
export const ResultPanel = forwardRef<HTMLHeadingElement, ResultPanelProps>(function ResultPanel({ t, outcome, current, onShowCell, onShowSheet, onShowRow, actions }, heading) {
  const { summary, rendered, messages } = outcome;
  const month = summary.reportMonth ? formatMonthLong(summary.reportMonth) : "";
  if (!rendered) {
    return (
      <section aria-labelledby="result-heading" className="result">
        <h2 id="result-heading" className="result-heading" tabIndex={-1} ref={heading}>
          <Subtitle2>{t.resultTitle(month)}</Subtitle2>
        </h2>
        <MessageCard t={t} intent="warning">
          {t.nothingFound}
        </MessageCard>
      </section>
    );
  }
  const counts = statusCounts(summary.indicators);
  const reportSheet = rendered.sheets.find((s) => s.key === REPORT_KEY)?.name;
  const notes = messages.filter((m) => m.level !== "info");
  return (
    <section aria-labelledby="result-heading" className={current ? "result" : "result outdated"}>
      <h2 id="result-heading" className="result-heading" tabIndex={-1} ref={heading}>
        <Subtitle2>{t.resultTitle(month)}</Subtitle2>
      </h2>
      {!current && (
        <MessageCard t={t} intent="warning">
          {t.outdated}
        </MessageCard>
      )}
      {actions?.(current)}
      <div className="badges" role="list">
        {(Object.keys(counts) as StatusShown[])
          .filter((status) => counts[status] > 0)
          .map((status) => (
            <Badge key={status} role="listitem" appearance="filled" color={STATUS_COLOR[status]}>
              {`${counts[status]} ${t.status[status]}`}
            </Badge>
          ))}
      </div>
      <ul className="indicators">
        {summary.indicators.map((i) => (
          <IndicatorFigures key={i.code} t={t} indicator={i} month={month} onShow={onShowRow && reportSheet && i.reportRow ? () => onShowRow(reportSheet, i.reportRow as number) : undefined} />
        ))}
      </ul>
      {summary.comparison.length > 0 && (
        <ComparisonCard t={t} entries={summary.comparison} sheet={rendered.sheets.find((s) => s.key === COMPARISON_KEY)?.name} onShowSheet={onShowSheet} onShowRow={onShowRow} />
      )}
      {summary.budget && <Body1 as="p">{t.budgetLine(formatEuro(summary.budget.total.plan, t.locale), formatEuro(summary.budget.total.bound, t.locale), formatEuro(summary.budget.total.available, t.locale))}</Body1>}
      <Caption1 as="p">
        {t.sheetsWritten}{" "}
        {rendered.sheets.map((s, index) => (
          <span key={s.key}>
            {index > 0 && ", "}
            {onShowSheet ? (
              <Link as="button" inline onClick={() => onShowSheet(s.name)} aria-label={t.showSheet(s.name)}>
                {s.name}
              </Link>
            ) : (
              s.name
            )}
          </span>
        ))}
      </Caption1>
      {rendered.notices.map((notice) => (
        <MessageCard key={notice} t={t} intent="info">
          {notice}
        </MessageCard>
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
              <MessageCard t={t} intent={m.level === "error" ? "error" : "warning"}>
                {m.sheet && m.cell && onShowCell ? (
                  <Link as="button" inline onClick={() => onShowCell(m.sheet as string, m.cell as string)} aria-label={t.showCell(`${m.sheet}!${m.cell}`)}>
                    {`${m.sheet}!${m.cell}`}
                  </Link>
                ) : (
                  m.sheet && `${m.sheet}${m.cell ? `!${m.cell}` : ""}`
                )}
                {m.sheet ? `: ${m.text}` : m.text}
              </MessageCard>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
});
