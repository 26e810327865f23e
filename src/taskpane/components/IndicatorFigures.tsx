import { Badge, Body1, Caption1, Link } from "@fluentui/react-components";
import type { IndicatorSummary } from "../../report/summary";
import { formatDelta, formatDeltaPreviousYear, formatPercent, formatValue, isMonitoring, noDataReason, statusShown, varianceBar, type VarianceBar } from "../figures";
import type { StatusShown, Strings } from "../strings";

export const STATUS_COLOR: Record<StatusShown, "success" | "warning" | "danger" | "informative" | "subtle"> = {
  "on-track": "success",
  "at-risk": "warning",
  "off-track": "danger",
  monitoring: "informative",
  "no-data": "subtle",
};

/** One indicator: Ampel and name, Ist, Soll (or Vorjahr), Δ and Zielerreichung, and the variance bar; or why there are no figures. */
export function IndicatorFigures({ t, indicator, month, onShow }: { t: Strings; indicator: IndicatorSummary; month: string; onShow?: () => void }) {
  const status = statusShown(indicator);
  const reason = noDataReason(indicator, t, month);
  const monitoring = isMonitoring(indicator);
  const bar = varianceBar(indicator);
  return (
    <li className="indicator">
      <div className="indicator-head">
        <Badge appearance="tint" color={STATUS_COLOR[status]}>
          {t.status[status]}
        </Badge>
        {onShow ? (
          <Link as="button" onClick={onShow} aria-label={t.showIndicator(indicator.name)}>
            {indicator.name}
          </Link>
        ) : (
          <Body1>{indicator.name}</Body1>
        )}
      </div>
      {reason ? (
        <Caption1 as="p">{reason}</Caption1>
      ) : (
        <div className="indicator-body">
          <dl className="figures">
            <Figure term={t.figures.actual} value={formatValue(indicator.actual, indicator.unit, t.locale)} />
            {!monitoring && <Figure term={t.figures.target} value={formatValue(indicator.target, indicator.unit, t.locale)} />}
            {!monitoring && <Figure term={t.figures.delta} value={formatDelta(indicator, t.locale)} />}
            <Figure term={t.figures.previousYear} value={formatValue(indicator.previousYear, indicator.unit, t.locale)} />
            <Figure term={t.figures.deltaPreviousYear} value={formatDeltaPreviousYear(indicator, t.locale)} />
            {!monitoring && <Figure term={t.figures.attainment} value={formatPercent(indicator.attainmentPct, t.locale)} />}
            {indicator.forecast && <Figure term={t.figures.forecast} value={formatValue(indicator.forecast.december, indicator.unit, t.locale)} />}
            {indicator.forecast?.likely && <Figure term={t.figures.forecastReached} value={indicator.forecast.likely} />}
          </dl>
          {bar && <VarianceBarView bar={bar} />}
          {indicator.periodNote && <Caption1 as="p">{indicator.periodNote}</Caption1>}
          {indicator.norm && <Caption1 as="p">{`Norm: ${indicator.norm.text}`}</Caption1>}
        </div>
      )}
    </li>
  );
}

function Figure({ term, value }: { term: string; value: string }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{value}</dd>
    </div>
  );
}

/** Decoration only: the Δ beside it says the same in words. */
function VarianceBarView({ bar }: { bar: VarianceBar }) {
  const width = `${Math.max(bar.extent * 50, 1)}%`;
  return (
    <div className="variance-bar" aria-hidden="true">
      <span className={`variance-fill ${bar.tone}`} style={bar.side === "right" ? { left: "50%", width } : { right: "50%", width }} />
    </div>
  );
}
