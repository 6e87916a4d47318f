/* Read a map's packed data as the page does (decode.js) and print it as JSON (NaN as null).
 * Usage: node tests/js/read_page_data.js FIXTURE.json  (FIXTURE: {"layout", "columns", "text"} from maps/pagedata.pack,
 * or a page's {"meta", "columns", "text"}: then also its caravans as decode.caravans makes them: id, name, colour,
 * summary and each report's lat, lon and place) */
"use strict";
const fs = require("node:fs");
const { load } = require("./helpers.js");

const D = load("decode.js");

async function main(path) {
  const fixture = JSON.parse(fs.readFileSync(path, "utf-8"));
  const columns = await D.blockData(D.base64Bytes(fixture.columns));
  const text = await D.blockData(D.base64Bytes(fixture.text));
  const layout = fixture.layout || fixture.meta.layout;
  const tables = D.unpack(layout, columns);
  const out = { tables: {}, strings: D.strings(layout, text) };
  if (fixture.meta) {
    out.caravans = D.caravans(fixture.meta, tables, out.strings).map((c) => ({
      id: c.id, name: c.name, color: c.color, summary: c.summary, lat: Array.from(c.reports.lat),
      lon: Array.from(c.reports.lon), place: Array.from(c.reports.place, (k) => c.str[k])
    }));
  }
  for (const [name, cols] of Object.entries(tables)) {
    out.tables[name] = {};
    for (const [col, values] of Object.entries(cols)) {
      out.tables[name][col] = Array.from(values, (v) => (Number.isNaN(v) ? null : v));
    }
  }
  process.stdout.write(JSON.stringify(out));
}

main(process.argv[2]).catch((err) => { process.stderr.write(String(err && err.stack || err)); process.exit(1); });
