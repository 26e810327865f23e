/**
 * A synthetic case list of Leistungsanträge (Nov 2021 – Oct 2022) as a controller exports it: case number, kind,
 * received, decided. About 170 Anträge a month, 15 % Neuanträge (slower) and 85 % Weiterbewilligungen — the shares of
 * the Fürth figures (domain.md T11). No names, no customer numbers; the case numbers are invented.
 */
import { addDays, type IsoDate } from "../../src/domain/processing/holidays";
import { isWorkingDay } from "../../src/domain/processing/working-days";
import { jitter, seededRandom } from "./random";

export interface SampleCase {
  id: string;
  kind: "Neuantrag" | "Weiterbewilligung";
  received: IsoDate;
  decided: IsoDate | null;
}

/** Cases still open on 31.10.2022 stay without a Bescheid date. */
const STICHTAG = "2022-10-31";

function addWorkingDays(date: IsoDate, days: number): IsoDate {
  let day = date;
  for (let added = 0; added < days; ) {
    day = addDays(day, 1);
    if (isWorkingDay(day)) added++;
  }
  return day;
}

export function makeCases(): SampleCase[] {
  const random = seededRandom(1402);
  const cases: SampleCase[] = [];
  let number = 1;
  for (let day = "2021-11-01"; day <= STICHTAG; day = addDays(day, 1)) {
    if (!isWorkingDay(day)) continue;
    const count = Math.round(8 * jitter(random, 0.35));
    for (let i = 0; i < count; i++) {
      const kind = random() < 0.15 ? "Neuantrag" : "Weiterbewilligung";
      const typical = kind === "Neuantrag" ? 9 : 5;
      // Mostly quick, a long tail of cases waiting for documents.
      const duration = Math.max(0, Math.round(random() < 0.08 ? typical * (2 + 4 * random()) : typical * jitter(random, 0.6)));
      const decided = addWorkingDays(day, duration);
      cases.push({ id: `LA-${day.slice(2, 4)}-${String(number++).padStart(5, "0")}`, kind, received: day, decided: decided <= STICHTAG ? decided : null });
    }
  }
  return cases;
}
