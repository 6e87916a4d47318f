"use strict";
// Stops a few pixels apart share a label; when they were reported on the same days the label said them once a
// stop: "Calipan, 14 May · Coxcatlán, 14 May", "Tehuacán, 16 May · San Pablo Tepetzingo, 16 May" (blind-s12/05, at
// every size).  The days now close the line once: "Calipan · Coxcatlán, 14 May" (session 13, reader5).
// Expectations by hand.
const test = require("node:test");
const assert = require("node:assert/strict");
const { load } = require("./helpers.js");

const Pl = load("placement.js");
const OPTS = { width: (t) => 7 * t.length, height: 16, sep: " \u00b7 ", mergePx: 24, maxGroup: 3, maxNames: 150, crowded: false, bound: 32 };

function shared(items) {
  const grid = new Pl.Occupancy(400, 200).finish();
  return Pl.placeStops(items, Pl.placer(400, 200, [], grid), OPTS);
}

test("stops of one label reported on the same days say the days once, after the last name", () => {
  const shown = shared([{ text: "Calipan, 14 May", place: "Calipan", x: 150, y: 100, r: 4, first: 1 },
                        { text: "Coxcatl\u00e1n, 14 May", place: "Coxcatl\u00e1n", x: 153, y: 104, r: 4, first: 2 }]);
  assert.equal(shown.length, 1);
  assert.equal(shown[0].text, "Calipan \u00b7 Coxcatl\u00e1n, 14 May");
  assert.deepEqual(shown[0].texts, ["Calipan", "Coxcatl\u00e1n, 14 May"]);  // each stop's button: the days with the last
});

test("stops of one label reported on different days keep each its days", () => {
  const shown = shared([{ text: "Tapachula, 18 Oct", place: "Tapachula", x: 150, y: 100, r: 6, first: 2 },
                        { text: "Ciudad Hidalgo, 21 Oct", place: "Ciudad Hidalgo", x: 153, y: 104, r: 4, first: 5 }]);
  assert.equal(shown[0].text, "Tapachula, 18 Oct \u00b7 Ciudad Hidalgo, 21 Oct");
  assert.deepEqual(shown[0].texts, ["Tapachula, 18 Oct", "Ciudad Hidalgo, 21 Oct"]);
});

test("a stop whose label is not its place and days (no place given) keeps its text", () => {
  const shown = shared([{ text: "Calipan, 14 May", x: 150, y: 100, r: 4, first: 1 },
                        { text: "Coxcatl\u00e1n, 14 May", x: 153, y: 104, r: 4, first: 2 }]);
  assert.equal(shown[0].text, "Calipan, 14 May \u00b7 Coxcatl\u00e1n, 14 May");
});
