import ExcelJS from "exceljs";
(async () => {
  for (const file of process.argv.slice(2)) {
    const wb = new ExcelJS.Workbook(); await wb.xlsx.readFile(file);
    console.log("=== " + file.split("/").pop());
    for (const ws of wb.worksheets) {
      console.log(`--- sheet "${ws.name}" (${ws.state})`);
      let n = 0;
      ws.eachRow({ includeEmpty: true }, (row, r) => { if (n++ > 22) return; const vals = (row.values as unknown[]).slice(1).map((v) => v === null || v === undefined ? "" : typeof v === "object" ? JSON.stringify(v).slice(0, 30) : String(v)); console.log(r + ": " + vals.join(" | ").slice(0, 220)); });
    }
  }
})();
