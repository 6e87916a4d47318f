"use strict";
// A reader clicking a place reported on several days saw only one day's reports (session 11, reader3): at Vado
// Hondo the clash of the 17th hid the 2,000 who had stopped there on the 16th, and at Tijuana the arrival of the
// 14th, "not reported", sat in the middle of the 7,000-10,000 circle of the 15th.  Expectations by hand.
const test = require("node:test");
const assert = require("node:assert/strict");
const { load, words, sampleCaravan } = require("./helpers.js");

const P = load("popups.js");
const D = load("decode.js");

function twoDaysAtAguaCaliente() {
  const raw = sampleCaravan();
  raw.reports.lat[4] = 14.6;  // Tecún Umán's report moved onto Agua Caliente's point, two days later
  raw.reports.lon[4] = -89.1;
  return D.decodeCaravan(raw);
}

test("the other days reported at a clicked place are found, oldest first, up to the slider's day", () => {
  const c = twoDaysAtAguaCaliente();
  assert.deepEqual(P.otherDaysHere(c, 1, Infinity), [4]);
  assert.deepEqual(P.otherDaysHere(c, 2, Infinity), [4]);
  assert.deepEqual(P.otherDaysHere(c, 4, Infinity), [1, 2]);
  assert.deepEqual(P.otherDaysHere(c, 1, 17820), []);  // the 17th is not shown yet
  assert.deepEqual(P.otherDaysHere(c, 0, Infinity), []);  // San Pedro Sula has one day only
  assert.deepEqual(P.otherDaysHere(D.decodeCaravan(sampleCaravan()), 1, Infinity), []);
});

test("another day's report is one line: its date, what happened and its size in the reporter's words", () => {
  const c = twoDaysAtAguaCaliente();
  words("en");
  assert.equal(P.otherDayLine(D.report(c, 2)), "2018-10-15 (approximate): sighting, about 1,000 more (900\u20131,100)");
  assert.equal(P.otherDayLine(D.report(c, 4)), "2018-10-17: border crossing, not reported");
  words("es");
  assert.equal(P.otherDayLine(D.report(c, 4)), "2018-10-17: cruce de frontera, sin cifra");
});

// A figure reported only for a country (AP's "as many as 9,000 ... crossed into Guatemala", "an estimated 3,500" in
// Honduras) was on the PNG's badge but nowhere on the page, and a country reported on several days (Mexico on the
// 18th, a clash there on the 23rd) showed its first day only.
const L = load("labels.js");

function guatemalaTwice() {
  const raw = sampleCaravan();
  raw.reports.place[4] = 15; raw.reports.resolved[4] = 15; raw.reports.precision[4] = 16;  // Guatemala, country
  raw.reports.count[4] = 8;
  return D.decodeCaravan(raw);
}

test("an area's badge says every day it was reported and its largest figure", () => {
  const c = guatemalaTwice();
  words("en");
  assert.equal(L.badgeText(c, [3], false), "somewhere in Guatemala, 16 Oct");
  assert.equal(L.badgeText(c, [3, 4], false), "somewhere in Guatemala, 16\u201317 Oct \u00b7 500 people");
  assert.equal(L.badgeText(c, [3, 4], true), "somewhere in Guatemala, 16\u201317 Oct 2018 \u00b7 500 people");
  words("es");
  assert.equal(L.badgeText(c, [3, 4], false), "en alg\u00fan lugar de Guatemala, 16\u201317 oct \u00b7 500 personas");
});
