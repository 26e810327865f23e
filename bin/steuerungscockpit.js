#!/usr/bin/env node
"use strict";
// Thin launcher: the CLI is compiled to dist-node by `npm run build:cli` (the demo script does it first).
const path = require("node:path");
const fs = require("node:fs");
const entry = path.join(__dirname, "..", "dist-node", "cli", "main.js");
if (!fs.existsSync(entry)) {
  process.stderr.write("Fehler: Die Kommandozeile ist noch nicht gebaut. Bitte zuerst „npm run build:cli“ ausführen.\n");
  process.exit(2);
}
require(entry)
  .main(process.argv.slice(2))
  .then((code) => process.exit(code));
