/**
 * Number formats and colours of the report sheets. Format codes are en-US syntax; Excel shows them in the user's
 * locale ("#,##0.0" appears as 1.234,5 in German Excel).
 */
export const FORMAT = {
  count: "#,##0",
  euro: "#,##0",
  euroDelta: "+#,##0;-#,##0;0",
  /** Quotas are stored as fractions (0.182) so the cell means what it shows. */
  percent: "0.0%",
  percentDelta: "+0.0%;-0.0%;0.0%",
  /** Deviations of quotas, stored as Prozentpunkte (−0.55). */
  pp: '+0.0" pp";-0.0" pp";0.0" pp"',
  countDelta: "+#,##0;-#,##0;0",
  decimal: "#,##0.0",
  /** School grades (KZI) with two decimals, as published. */
  grade: "0.00",
  gradeDelta: "+0.00;-0.00;0.00",
  days: "0.0",
  daysDelta: "+0.0;-0.0;0.0",
  text: "@",
} as const;

/** IBCS-like palette: dark for Ist, grey for Vorjahr, outlined/light for Plan; green/red by business effect. */
export const COLOR = {
  title: "1F4E79",
  headerFill: "1F4E79",
  headerFont: "FFFFFF",
  groupFill: "DDEBF7",
  subtotalFill: "F2F2F2",
  muted: "595959",
  good: "C6EFCE",
  goodFont: "006100",
  warn: "FFEB9C",
  warnFont: "9C5700",
  bad: "FFC7CE",
  badFont: "9C0006",
  none: "EDEDED",
  neutral: "DEEAF6",
  neutralFont: "1F4E79",
  actual: "404040",
  previousYear: "A6A6A6",
  plan: "5B9BD5",
} as const;

/** What a report shows for a figure that cannot be given (blank input, division by zero). */
export const NO_VALUE = "–";
