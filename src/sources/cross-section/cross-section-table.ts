/**
 * What a published all-Jobcenter table (§48a Kennzahlen, one row per Jobcenter) holds once read: the Jobcenter rows
 * (the peers), the Land and Bund rows beside them (never peers), and the month the figures refer to.
 */
import type { Message } from "../../domain/messages";
import type { MonthKey } from "../../domain/months";
import type { PeerRegion, PeerTable } from "../../domain/peers/peer-table";

/** One row of the table: a Jobcenter, a Land or the Bund. */
export interface RegionRow extends PeerRegion {
  /** Regionalschlüssel or JC-Nr. as written (digits kept as text: "03353", never 3353); null when the table has none. */
  key: string | null;
  name: string;
  /** SGB II-Vergleichstyp as written (an opaque label, domain.md §1.6); null when the table has no such column. */
  type: string | null;
  /** Bundesland: from a Land column, else from the first two digits of a Regionalschlüssel. */
  land: string | null;
  /** The month the row's figures refer to: the table's month, or the row's own in a long table. */
  month: MonthKey | null;
  /**
   * Kennzahl code ("K2", "K3E1_F") → value in % (Veränderungsraten in %, Quoten in %), null when missing ("x", ".",
   * "–", "k.A.", blank, unreadable). Every code of the table has an entry: a missing value is never an absent key.
   */
  values: Map<string, number | null>;
  /** Code → A1 address of the cell read, for messages ("Tabelle!F14"). */
  cells: Map<string, string>;
  sheet: string;
  /** A1 address of the row's name cell. */
  cell: string;
}

export interface CrossSectionTable extends PeerTable {
  /** The sheet read; "Juni 2024, Juli 2024" style list when several sheets (one per month) were combined. */
  sheet: string;
  /** The latest month of the table; null when neither title, footnote nor a month column names one. */
  month: MonthKey | null;
  /** Every month present, ascending (one for a single publication). */
  months: MonthKey[];
  /** The Kennzahl codes the table has columns for, in catalogue order. */
  codes: string[];
  /** Whether the table holds a Vergleichstyp column (else the type must come from the user). */
  hasTypes: boolean;
  rows: RegionRow[];
  landRows: RegionRow[];
  /** Several in a long table or combined sheets: one per month. */
  bundRows: RegionRow[];
  /** The title block above the header and the source lines below the table, as written. */
  title: string[];
  footnotes: string[];
  messages: Message[];
}
