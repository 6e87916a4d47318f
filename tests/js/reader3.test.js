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
