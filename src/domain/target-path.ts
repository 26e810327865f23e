/**
 * The Soll zum Berichtsmonat: an annual Zielwert phased to month m (domain.md §2.4).
 *  - linear:   Ziel · m/12 — for cumulative values (JFW quotas, sums); the "gezwölftelte" path used for money.
 *  - seasonal: Ziel · JFW_VJ(m) / JFW_VJ(Dez) — the previous year's cumulative profile.
 *  - annual:   Ziel itself — for Jahresdurchschnittswerte of stocks, which are comparable with the annual target
 *              in every month.
 */
import { type Computed, missing, ok } from "./computed";
import type { TargetPath } from "./indicators";
import { monthOf, type MonthKey } from "./months";

export function planForMonth(
  annualTarget: number,
  m: MonthKey,
  path: TargetPath,
  previousYearProfile?: { atMonth: Computed; atDecember: Computed },
): Computed {
  switch (path) {
    case "annual":
      return ok(annualTarget);
    case "linear":
      return ok((annualTarget * monthOf(m)) / 12);
    case "seasonal": {
      if (!previousYearProfile) return missing("Für den saisonalen Zielpfad fehlt das Vorjahresprofil.");
      const { atMonth, atDecember } = previousYearProfile;
      if (atMonth.value === null) return missing(`Saisonaler Zielpfad: ${atMonth.reason}`);
      if (atDecember.value === null) return missing(`Saisonaler Zielpfad: ${atDecember.reason}`);
      if (atDecember.value === 0) return missing("Saisonaler Zielpfad: der Vorjahreswert im Dezember ist 0.");
      return ok((annualTarget * atMonth.value) / atDecember.value);
    }
  }
}
