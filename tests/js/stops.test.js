"use strict";
/* The stops a map names (labels.js stops) on a page's decoded caravans: keyed by the point Python numbered
   (decode.js keeps each report's ``pt``), the same stops in the same order as by their coordinates, and made
   without a text key, an object and a list for every report (a 100,000-report map's first view). */
const test = require("node:test");
const assert = require("node:assert/strict");
const { load, words, sampleCaravan } = require("./helpers.js");

const Lb = load("labels.js");
const D = load("decode.js");

/* sampleCaravan's five reports are at San Pedro Sula, Agua Caliente (twice), Guatemala (the country) and Tecún
   Umán: points 0, 1, 1, 2, 3 of the page. */
function decoded(id, pt) {
  const c = D.decodeCaravan(sampleCaravan());
  c.id = id;
  if (pt) { c.reports.pt = new Uint32Array(pt); }
  return c;
}

test("stops of decoded caravans: one a point across caravans, in the order of importance", () => {
  words("en");
  const a = decoded("a", [0, 1, 1, 2, 3]), b = decoded("b", [0, 1, 1, 2, 3]);
  b.reports.day = b.reports.day.map((d) => d + 10);
  b.reports.kind[0] = 18;  // b crossed at San Pedro Sula
  const stops = Lb.stops([a, b]);
  // San Pedro Sula (a's and b's first) and Tecún Umán (their last) are ends and crossings, San Pedro Sula the larger group
  assert.deepEqual(stops.map((s) => s.name), ["San Pedro Sula", "Tecún Umán", "Agua Caliente"]);
  assert.deepEqual(stops.map((s) => [s.endpoint, s.crossing, s.size, s.first]),
                   [[true, true, 1100, 17816], [true, true, 500, 17821], [false, false, 2000, 17819]]);
  assert.deepEqual(stops[2].members.map((m) => m[0].id + m[1]), ["a1", "a2", "b1", "b2"]);
  assert.equal(stops[2].key, "14.6,-89.1");
});

test("stops by point and by coordinates: the same stops, members and order", () => {
  words("en");
  /* 30 caravans of 200 reports over 500 places (ties in size, reports and days) */
  function make(withPoints) {
    const out = [];
    let seed = 7;
    const rand = (n) => { seed = (seed * 48271) % 2147483647; return seed % n; };
    for (let k = 0; k < 30; k++) {
      const c = decoded("c" + k), n = 200, r = c.reports, pts = [];
      for (const col of Object.keys(r)) { r[col] = new Array(n).fill(r[col][0]); }
      for (let i = 0; i < n; i++) {
        const p = rand(500);
        pts.push(p);
        r.lat[i] = 10 + Math.floor(p / 25) / 10; r.lon[i] = -90 - (p % 25) / 10;
        r.high[i] = rand(4) ? 100 * rand(5) : NaN; r.day[i] = 17800 + rand(30);
        r.kind[i] = rand(10) ? 10 : 18; r.precision[i] = rand(8) ? 3 : 16;
      }
      if (withPoints) { r.pt = new Uint32Array(pts); }
      out.push(c);
    }
    return out;
  }
  const show = (stops) => stops.map((s) => [s.key, s.endpoint, s.crossing, s.size, s.first,
                                            s.members.map((m) => m[0].id + ":" + m[1]).join(" ")].join("|"));
  const byPoint = show(Lb.stops(make(true))), byText = show(Lb.stops(make(false)));
  assert.ok(byPoint.length > 400);
  assert.deepEqual(byPoint, byText);
});

test("stops are found by the points' numbers when the page has them, not by their coordinates as text", () => {
  /* The page's points are numbered by Python (decode.js keeps each report's ``pt``): two points Python told apart
     stay two stops even where their rounded coordinates are equal, and one point stays one stop even where a
     report's coordinates differ in the last digit. Keyed by text (before bdc624d), the first pair was one stop and
     the second two; a text key, an object and a list a report were ~130 ms of a 100,000-report first view. */
  words("en");
  /* sampleCaravan: report 3 is a country (no stop); reports 1 and 2 are both at Agua Caliente's coordinates */
  const same = decoded("a", [0, 1, 2, 2, 3]);  // Python numbered reports 1 and 2 as two points
  assert.deepEqual(Lb.stops([same]).map((s) => s.members.map((m) => m[1]).join(",")).sort(),
                   ["0", "1", "2", "4"]);
  const moved = decoded("b", [0, 1, 1, 2, 3]);
  moved.reports.lon[2] += 1e-7;  // the same point, its coordinates written one digit apart
  assert.deepEqual(Lb.stops([moved]).map((s) => s.members.map((m) => m[1]).join(",")).sort(),
                   ["0", "1,2", "4"]);
});
