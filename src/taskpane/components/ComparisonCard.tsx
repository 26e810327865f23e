import { Badge, Body1, Button, Caption1, Card, CardHeader, Link, Subtitle2 } from "@fluentui/react-components";
import { formatMonthLong } from "../../domain/months";
import { HEADLINE_CODES } from "../../domain/peers/compare-with-peers";
import { HEADLINE_SHORT_NAMES } from "../../report/comparison-sheet";
import type { ComparisonSummary } from "../../report/comparison-summary";
import type { Strings } from "../strings";

export interface ComparisonCardProps {
  t: Strings;
  /** The summary's comparison[]; the card shows its headline Kennzahlen only. */
  entries: readonly ComparisonSummary[];
  /** The "Vergleich" sheet as written; absent when it was not written (not chosen). */
  sheet?: string;
  /** Excel: activate the sheet. */
  onShowSheet?: (sheet: string) => void;
  /** A Kennzahl's row of the sheet (Excel: select it; standalone: a preview). */
  onShowRow?: (sheet: string, row: number) => void;
}

/** The best quarter in green, the worst in red, as on the sheet; the middle two neutral. */
const QUARTILE_COLOR = { 1: "success", 2: "informative", 3: "informative", 4: "danger" } as const;

/**
 * "Where do we stand in our Vergleichstyp?" at a glance: for K1, K2 and K3 the own rank and quartile (1 = best by
 * the Kennzahl's direction), the group compared with, and the way to the sheet with every figure. The _F/_M variants
 * and Ergänzungsgrößen stay on the sheet: the card answers the headline question only.
 */
export function ComparisonCard({ t, entries, sheet, onShowSheet, onShowRow }: ComparisonCardProps) {
  const headline = HEADLINE_CODES.flatMap((code) => entries.filter((e) => e.code === code));
  if (headline.length === 0) return null;
  const { peerGroup, peerGroupSource, month } = headline[0];
  return (
    <Card className="comparison-card" role="region" aria-labelledby="comparison-title">
      <CardHeader
        header={
          <Subtitle2 as="h3" id="comparison-title">
            {t.peers.cardTitle}
          </Subtitle2>
        }
        description={<Caption1>{t.peers.group(peerGroup, peerGroupSource, month ? formatMonthLong(month) : "")}</Caption1>}
      />
      <ul className="comparison-figures">
        {headline.map((entry) => (
          <li key={entry.code}>
            {/* The short name fits a narrow pane; the sheet and the link's label carry the full one. */}
            {sheet && onShowRow && entry.reportRow ? (
              <Link as="button" inline onClick={() => onShowRow(sheet, entry.reportRow as number)} aria-label={t.peers.showRow(entry.name, sheet)}>
                {`${entry.code} ${HEADLINE_SHORT_NAMES[entry.code] ?? entry.name}`}
              </Link>
            ) : (
              <Body1 title={entry.name}>{`${entry.code} ${HEADLINE_SHORT_NAMES[entry.code] ?? entry.name}`}</Body1>
            )}
            <span className="comparison-place">
              <Body1>{entry.rank !== null ? t.peers.rank(entry.rank, entry.withValue) : t.peers.noRank}</Body1>
              {entry.quartile !== null && (
                <Badge appearance="tint" color={QUARTILE_COLOR[entry.quartile]}>
                  {t.peers.quartile(entry.quartile)}
                </Badge>
              )}
            </span>
          </li>
        ))}
      </ul>
      {sheet && onShowSheet && (
        <Button appearance="secondary" onClick={() => onShowSheet(sheet)}>
          {t.peers.openSheet(sheet)}
        </Button>
      )}
    </Card>
  );
}
