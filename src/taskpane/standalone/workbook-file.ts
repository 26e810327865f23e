/**
 * The standalone pane's file handling: the workbook is read from the file the user picked and the result handed back
 * as a download. Everything happens in this browser tab; the file never leaves the machine.
 */
import sampleDataUrl from "../../../assets/beispiel-jobcenter.xlsx";
import { buildTemplateSheets } from "../../report/template-sheets";
import { reportWorkbookBytes } from "../../workbook/xlsx/writing/report-package";
import { XlsxWorkbook } from "../../workbook/xlsx/xlsx-workbook";

export const SAMPLE_NAME = "beispiel-jobcenter.xlsx";

export interface OpenWorkbook {
  name: string;
  workbook: XlsxWorkbook;
}

export async function openPickedFile(file: File): Promise<OpenWorkbook> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  return { name: file.name, workbook: await XlsxWorkbook.fromBuffer(bytes, file.name) };
}

/** The bundled sample, inlined into this (lazy) chunk so that loading it needs no request. */
export async function openSample(): Promise<OpenWorkbook> {
  const base64 = sampleDataUrl.slice(sampleDataUrl.indexOf(",") + 1);
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return { name: SAMPLE_NAME, workbook: await XlsxWorkbook.fromBuffer(bytes, SAMPLE_NAME) };
}

/** "Jobcenter.xlsx" → "Jobcenter – Steuerungscockpit.xlsx": the original stays as it is beside the result. */
export function resultFileName(name: string): string {
  const base = name.replace(/\.xlsx$/i, "");
  return `${base} – Steuerungscockpit.xlsx`;
}

export async function downloadResult(open: OpenWorkbook): Promise<void> {
  offer(await open.workbook.toBuffer(), resultFileName(open.name));
}

function offer(bytes: Uint8Array, name: string): void {
  const blob = new Blob([bytes as BlobPart], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the object URL is released.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const TEMPLATE_NAME = "Steuerungscockpit – Vorlage.xlsx";

/** An empty workbook in the standard layout (the sheets "Vorlage einfügen" adds in Excel), as a file of its own. */
export async function templateWorkbook(year = new Date().getFullYear()): Promise<Uint8Array> {
  return reportWorkbookBytes(buildTemplateSheets(year).map((plan) => ({ name: plan.name, plan, forcedText: [] })));
}

export async function downloadTemplate(): Promise<void> {
  offer(await templateWorkbook(), TEMPLATE_NAME);
}
