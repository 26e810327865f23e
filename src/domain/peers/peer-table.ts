/**
 * What the peer comparison needs of a published all-Jobcenter table: its Jobcenter, Land and Bund rows with their
 * Kennzahl values per month. The cross-section reader's table is one; the comparison knows nothing of sheets.
 */
import type { MonthKey } from "../months";

export interface PeerRegion {
  key: string | null;
  name: string;
  /** SGB II-Vergleichstyp, an opaque label (domain.md §1.6); null when the table does not say. */
  type: string | null;
  land: string | null;
  month: MonthKey | null;
  /** Code → value in %, null when missing. */
  values: ReadonlyMap<string, number | null>;
}

export interface PeerTable {
  month: MonthKey | null;
  months: MonthKey[];
  codes: string[];
  rows: readonly PeerRegion[];
  landRows: readonly PeerRegion[];
  bundRows: readonly PeerRegion[];
}
