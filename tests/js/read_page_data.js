/* Read a map's packed data as the page does (decode.js) and print it as JSON (NaN as null).
 * Usage: node tests/js/read_page_data.js FIXTURE.json  (FIXTURE: {"layout", "columns", "text"} from maps/pagedata.pack) */
"use strict";
const fs = require("node:fs");
const { load } = require("./helpers.js");

const D = load("decode.js");

async function main(path) {
  const fixture = JSON.parse(fs.readFileSync(path, "utf-8"));
  const columns = await D.gunzip(D.base64Bytes(fixture.columns));
  const text = await D.gunzip(D.base64Bytes(fixture.text));
  const tables = D.unpack(fixture.layout, columns);
  const out = { tables: {}, strings: D.strings(fixture.layout, text) };
  for (const [name, cols] of Object.entries(tables)) {
    out.tables[name] = {};
    for (const [col, values] of Object.entries(cols)) {
      out.tables[name][col] = Array.from(values, (v) => (Number.isNaN(v) ? null : v));
    }
  }
  process.stdout.write(JSON.stringify(out));
}

main(process.argv[2]).catch((err) => { process.stderr.write(String(err && err.stack || err)); process.exit(1); });
