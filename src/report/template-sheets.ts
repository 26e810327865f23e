/**
 * "Vorlage einfügen": empty sheets in the canonical layout the add-in reads without questions — Grunddaten (months as
 * columns), Zielwerte, EGT (Mittelherleitung and instruments of the year), Qualität (long format). They become the
 * user's own sheets: never owned, never replaced.
 */
import { BASE_SERIES } from "../domain/indicators";
import { instrumentsOf } from "../domain/instruments";
import { formatMonthShort, monthRange } from "../domain/months";
import { COLOR, FORMAT } from "./formats";
import type { SheetPlan } from "./plan";
import { SheetBuilder } from "./sheet-builder";

const header = { bold: true, fill: COLOR.headerFill, fontColor: COLOR.headerFont } as const;

export function buildTemplateSheets(year: number): SheetPlan[] {
  return [grunddaten(year), ziele(year), egt(year), qualitaet(year)].map((plan) => ({ ...plan, template: true, print: undefined }));
}

function grunddaten(year: number): SheetPlan {
  const sheet = new SheetBuilder();
  const months = monthRange(`${year - 1}-01`, `${year}-12`);
  sheet.row(["Grunddaten SGB II"], { bold: true, fontSize: 13 });
  sheet.row(["Stand: "]);
  sheet.blank();
  sheet.row(["Grunddatum", "Kürzel", ...months.map(formatMonthShort)], header);
  for (const [key, label] of Object.entries(BASE_SERIES)) sheet.row([label, key]);
  sheet.style({ row: 4, col: 2, rows: Object.keys(BASE_SERIES).length, cols: months.length }, { numberFormat: FORMAT.count });
  return sheet.build({ key: "vorlage-grunddaten", name: "Grunddaten", columnWidths: [48, 9, ...months.map(() => 10)], freeze: { rows: 4, cols: 2 } });
}

function ziele(year: number): SheetPlan {
  const sheet = new SheetBuilder();
  sheet.row([`Zielvereinbarung ${year} nach § 48b SGB II`], { bold: true, fontSize: 13 });
  sheet.blank();
  sheet.row(["Ziel", "Kennzahl", `Zielwert ${year}`, "Einheit", "Toleranz", "Richtung"], header);
  sheet.row(["Verbesserung der Integration in Erwerbstätigkeit", "Integrationsquote", null, "%", 0.5, "höher"]);
  sheet.row(["Verbesserung der Integration in Erwerbstätigkeit", "Integrationsquote Frauen", null, "%", 0.5, "höher"]);
  sheet.row(["Verbesserung der Integration in Erwerbstätigkeit", "Integrationsquote Männer", null, "%", 0.5, "höher"]);
  sheet.row(["Vermeidung von langfristigem Leistungsbezug", "Bestand Langzeitleistungsbeziehende", null, "Personen", 1, "niedriger"]);
  sheet.row(["Verringerung der Hilfebedürftigkeit", "Summe Leistungen zum Lebensunterhalt", null, "EUR", null, "niedriger"]);
  sheet.row(["Lokale Ziele: eigene Zeilen mit Einheit und Richtung ergänzen; Toleranz in Prozentpunkten (Quoten) bzw. Prozent."], { italic: true, fontColor: COLOR.muted });
  return sheet.build({ key: "vorlage-ziele", name: `Ziele ${year}`, columnWidths: [48, 40, 15, 10, 10, 11] });
}

function egt(year: number): SheetPlan {
  const sheet = new SheetBuilder();
  sheet.row([`Eingliederungstitel ${year} – Mittelherleitung und Finanzplanung`], { bold: true, fontSize: 13 });
  sheet.row(["Stand: "]);
  sheet.blank();
  sheet.row(["Mittelherleitung"], { bold: true });
  for (const label of ["Zuteilung EGT", "Umschichtung in das Verwaltungskostenbudget", "Vorbelastungen aus Vorjahren", "Reserve", "Mittel für Neugeschäft"]) sheet.row([label, null]);
  sheet.style({ row: 4, col: 1, rows: 5, cols: 1 }, { numberFormat: FORMAT.euro });
  sheet.blank();
  const top = sheet.row(["Kategorie", "Instrument", `Plan ${year}`, "Ist Jan–", "Bindung"], header);
  const instruments = instrumentsOf(year);
  for (const instrument of instruments) sheet.row([instrument.category, `${instrument.name} (${instrument.legalBasis})`]);
  sheet.row(["Gesamt"], { bold: true, borderTop: "medium" });
  sheet.style({ row: top + 1, col: 2, rows: instruments.length + 1, cols: 3 }, { numberFormat: FORMAT.euro });
  sheet.row(["Kopfzeile „Ist Jan–…“ um den letzten Monat ergänzen (z. B. „Ist Jan–Okt“). Bindung = Festlegungen für das laufende Jahr."], { italic: true, fontColor: COLOR.muted });
  return sheet.build({ key: "vorlage-egt", name: `EGT ${year}`, columnWidths: [40, 70, 14, 14, 14] });
}

function qualitaet(year: number): SheetPlan {
  const sheet = new SheetBuilder();
  sheet.row(["Qualitätskennzahlen"], { bold: true, fontSize: 13 });
  sheet.blank();
  sheet.row(["Kennzahl", "Monat", "Ist", "Ziel", "Einheit"], header);
  sheet.row(["Kundenzufriedenheit (KZI)", `05/${year}`, null, null, "Note"]);
  sheet.row(["Widerspruchsquote", `01/${year}`, null, null, "%"]);
  return sheet.build({ key: "vorlage-qualitaet", name: "Qualität", columnWidths: [40, 10, 8, 8, 12] });
}
