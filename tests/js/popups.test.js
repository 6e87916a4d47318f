"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { load, words, sampleCaravan } = require("./helpers.js");

const P = load("popups.js");
const D = load("decode.js");

test("a group size shows the words reported and the figures read in them", () => {
  words("en");
  assert.equal(P.countText({ count: "", low: NaN, high: NaN, qual: "" }), "not reported");
  assert.equal(P.countText({ count: "a crowd", low: NaN, high: NaN, qual: "" }), "a crowd");
  assert.equal(P.countText({ count: "1,600-2,000", low: 1600, high: 2000, qual: "range" }), "1,600-2,000 (1,600\u20132,000)");
  assert.equal(P.countText({ count: "thousands", low: 2000, high: 9000, qual: "vague" }),
               "\u201cthousands\u201d (vague: 2,000\u20139,000 by our rule)");
  words("es");
  assert.equal(P.countText({ count: "miles", low: 2000, high: 9000, qual: "vague" }),
               "\u00abmiles\u00bb (impreciso: 2.000\u20139.000 seg\u00fan nuestra regla)");
  assert.equal(P.countText({ count: "", low: null, high: null, qual: "" }), "sin cifra");
});

test("a place's precision is named in the page's language", () => {
  words("es");
  assert.equal(P.precisionName("country"), "pa\u00eds");
  words("en");
  assert.equal(P.precisionName("region"), "region");
  assert.equal(P.precisionName("somewhere"), "somewhere");
});

test("the reports of one place and day are found together, up to the slider's day", () => {
  const c = D.decodeCaravan(sampleCaravan());
  assert.deepEqual(P.samePlaceAndDay(c, 1, Infinity), [1, 2]);
  assert.deepEqual(P.samePlaceAndDay(c, 2, Infinity), [1, 2]);
  assert.deepEqual(P.samePlaceAndDay(c, 0, Infinity), [0]);
  assert.deepEqual(P.samePlaceAndDay(c, 1, 17818), []);  // before that day nothing at Agua Caliente is shown
});

test("the merged figures are Python's, not recomputed: lowest low, highest high plus those who joined", () => {
  const c = D.decodeCaravan(sampleCaravan());
  assert.deepEqual(D.placeDay(c, 2), { members: [1, 2], low: 1600, high: 3000, joined: 1000, told: [] });
  assert.deepEqual(D.placeDay(c, 0), { members: [0], low: 900, high: 1100, joined: 0, told: [] });
  assert.equal(P.togetherText(D.placeDay(c, 1)), "1,600\u20133,000 people, 1,000 of them joined");
  assert.equal(P.togetherText({ low: 200, high: 200, joined: 0 }), "200 people");
  assert.equal(P.togetherText({ low: NaN, high: NaN, joined: 300 }), "");
});

test("one circle a place and day: only the first report of a group draws it", () => {
  const c = D.decodeCaravan(sampleCaravan());
  assert.deepEqual([0, 1, 2, 3, 4].map((i) => D.leadsGroup(c, i)), [true, true, false, true, true]);
});
