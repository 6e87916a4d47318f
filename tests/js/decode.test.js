"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { load, sampleCaravan } = require("./helpers.js");

const D = load("decode.js");

test("legs are cut from the stop path: leg j runs from stop j to stop j + 1", () => {
  const c = D.decodeCaravan(sampleCaravan());
  assert.deepEqual(c.segments.lat1, [15.5, 14.6]);
  assert.deepEqual(c.segments.lon1, [-88.03, -89.1]);
  assert.deepEqual(c.segments.lat2, [14.6, 14.68]);
  assert.deepEqual(c.segments.lon2, [-89.1, -92.14]);
  assert.equal(c.visible, true);
});

test("days become absolute and confidence a fraction (unknown confidence: 0)", () => {
  const c = D.decodeCaravan(sampleCaravan());
  assert.deepEqual(c.reports.day, [17816, 17819, 17819, 17820, 17821]);
  assert.deepEqual(c.segments.startDay, [17816, 17819]);
  assert.deepEqual(c.segments.endDay, [17819, 17821]);
  assert.deepEqual(c.reports.conf, [1, 0.9, 0.9, 0.6, 0]);
});

test("a caravan with one stop has no legs", () => {
  const data = sampleCaravan();
  data.segments = { lat: [15.5], lon: [-88.03], w: [], size: [], carried: [], approx: [], back: [], from: [], to: [],
                    startDay: [], endDay: [], km: [], days: [] };
  const c = D.decodeCaravan(data);
  assert.deepEqual(c.segments.lat1, []);
  assert.deepEqual(c.segments.lat2, []);
});

test("the view fits leg ends and point reports, not a country-level report", () => {
  const c = D.decodeCaravan(sampleCaravan());
  const pts = D.fitPoints(c);
  assert.equal(pts.length, 2 * 2 + 4);
  assert.ok(!pts.some((p) => p[0] === 15.5 && p[1] === -90.3), "Guatemala's point is not fitted");
  assert.ok(pts.some((p) => p[0] === 14.68 && p[1] === -92.14));
});

test("a report reads back as strings and numbers", () => {
  const c = D.decodeCaravan(sampleCaravan());
  assert.deepEqual(D.report(c, 2), {
    caravan: "October caravan", date: "2018-10-15", approx: true, kind: "sighting", place: "Agua Caliente",
    resolved: "Agua Caliente", precision: "point", conf: 0.9, count: "about 1,000 more", qual: "about",
    low: 900, high: 1100, source: "Radio", url: "javascript:alert(1)", note: "a note", day: 17819
  });
});

test("a report's date as the reader sees it: the text Python wrote for its raw date, else the raw date", () => {
  const data = sampleCaravan();
  data.str.push("15 de octubre de 2018");
  data.dates = { key: [9], text: [data.str.length - 1] };  // "2018-10-15" is str[9]
  const c = D.decodeCaravan(data);
  assert.equal(D.dateText(c, 1), "15 de octubre de 2018");
  assert.equal(D.report(c, 2).date, "15 de octubre de 2018");
  assert.equal(D.dateText(c, 0), "2018-10-12");  // no text given for it
});

test("the slider's days are the distinct report and leg-end days, sorted", () => {
  const a = D.decodeCaravan(sampleCaravan());
  const b = D.decodeCaravan(sampleCaravan());
  b.reports.day = [17830, 17816];
  b.segments.endDay = [17825];
  assert.deepEqual(D.reportDays([a, b]), [17816, 17819, 17820, 17821, 17825, 17830]);
});
