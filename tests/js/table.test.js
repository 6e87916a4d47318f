"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { load, words, sampleCaravan } = require("./helpers.js");

const T = load("table.js");
const D = load("decode.js");

test("the table lists every report oldest first, ties in file order, across caravans", () => {
  const a = sampleCaravan();
  const b = sampleCaravan();
  b.id = "c2";
  b.reports.day = [17820, 17820, 17830, 17819, 17825];
  const order = T.tableRows([a, b]).map(([c, i]) => c.id + ":" + i);
  assert.deepEqual(order, ["c1:0", "c1:1", "c1:2", "c2:3", "c1:3", "c2:0", "c2:1", "c1:4", "c2:4", "c2:2"]);
});

test("a row says approximate dates and area-level places", () => {
  words("en");
  const c = D.decodeCaravan(sampleCaravan());
  assert.deepEqual(T.rowTexts(D.report(c, 2)),
                   ["2018-10-15 (approx.)", "October caravan", "Agua Caliente", "sighting", "about 1,000 more (900\u20131,100)"]);
  assert.deepEqual(T.rowTexts(D.report(c, 3)),
                   ["2018-10-15", "October caravan", "Guatemala (country-level)", "sighting", "not reported"]);
  words("es");
  assert.deepEqual(T.rowTexts(D.report(c, 3)),
                   ["2018-10-15", "October caravan", "Guatemala (nivel de pa\u00eds)", "avistamiento", "sin cifra"]);
});
