"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { load, sampleCaravan } = require("./helpers.js");

const P = load("popups.js");
const D = load("decode.js");

test("a group size shows the words reported and the figures read in them", () => {
  assert.equal(P.countText({ count: "", low: null, high: null, qual: "" }), "not reported");
  assert.equal(P.countText({ count: "a crowd", low: null, high: null, qual: "" }), "a crowd");
  assert.equal(P.countText({ count: "1,600-2,000", low: 1600, high: 2000, qual: "range" }), "1,600-2,000 (1,600\u20132,000)");
  assert.equal(P.countText({ count: "thousands", low: 2000, high: 9000, qual: "vague" }),
               "\u201cthousands\u201d (vague: 2,000\u20139,000 by our rule)");
});

test("the reports of one place and day are found together, up to the slider's day", () => {
  const c = D.decodeCaravan(sampleCaravan());
  assert.deepEqual(P.samePlaceAndDay(c, 1, Infinity), [1, 2]);
  assert.deepEqual(P.samePlaceAndDay(c, 2, Infinity), [1, 2]);
  assert.deepEqual(P.samePlaceAndDay(c, 0, Infinity), [0]);
  assert.deepEqual(P.samePlaceAndDay(c, 1, 17818), []);  // before that day nothing at Agua Caliente is shown
});

test("the spread of several reports: lowest low, highest high; none without counts", () => {
  assert.deepEqual(P.mergedSpread([{ low: 1600, high: 2000 }, { low: 900, high: 1100 }]), { low: 900, high: 2000 });
  assert.deepEqual(P.mergedSpread([{ low: null, high: null }, { low: 200, high: 200 }]), { low: 200, high: 200 });
  assert.equal(P.mergedSpread([{ low: null, high: null }]), null);
});
