"use strict";
// An area's badge wrote the figure it drew as the spread our rules read into the reporter's words: a country
// where "roughly 6,500" were counted said "5,850-7,150 people", and one where "thousands" were stuck said
// "2,000-9,000 people", figures nobody reported (session 12, reader4).  The badge now says it as the caption
// does.  Expectations by hand.
const test = require("node:test");
const assert = require("node:assert/strict");
const { load, words, sampleCaravan } = require("./helpers.js");

const D = load("decode.js");
const L = load("labels.js");

function guatemalaWith(low, high) {
  const raw = sampleCaravan();
  raw.reports.place[4] = 15; raw.reports.resolved[4] = 15; raw.reports.precision[4] = 16;  // Guatemala, country
  raw.reports.low[4] = low; raw.reports.high[4] = high;
  return D.decodeCaravan(raw);
}

test("a badge says a hedged figure with its hedge, a vague word as the word", () => {
  words("en");
  assert.equal(L.badgeText(guatemalaWith(5850, 7150), [4], false), "somewhere in Guatemala, 17 Oct \u00b7 about 6,500 people");
  assert.equal(L.badgeText(guatemalaWith(2000, 9000), [4], false), "somewhere in Guatemala, 17 Oct \u00b7 thousands of people");
  assert.equal(L.badgeText(guatemalaWith(1500, 2250), [4], false), "somewhere in Guatemala, 17 Oct \u00b7 at least 1,500 people");
  assert.equal(L.badgeText(guatemalaWith(2650, 5300), [4], false), "somewhere in Guatemala, 17 Oct \u00b7 up to 5,300 people");
  assert.equal(L.badgeText(guatemalaWith(810, 900), [4], false), "somewhere in Guatemala, 17 Oct \u00b7 almost 900 people");
  words("es");
  assert.equal(L.badgeText(guatemalaWith(5850, 7150), [4], false), "en alg\u00fan lugar de Guatemala, 17 oct \u00b7 unas 6.500 personas");
  assert.equal(L.badgeText(guatemalaWith(200, 900), [4], false), "en alg\u00fan lugar de Guatemala, 17 oct \u00b7 cientos de personas");
});

test("a badge keeps figures that are no hedge's: a reported range, one figure, one person", () => {
  words("en");
  assert.equal(L.badgeText(guatemalaWith(7000, 10000), [4], false), "somewhere in Guatemala, 17 Oct \u00b7 7,000\u201310,000 people");
  assert.equal(L.badgeText(guatemalaWith(500, 500), [4], false), "somewhere in Guatemala, 17 Oct \u00b7 500 people");
  assert.equal(L.badgeText(guatemalaWith(1, 1), [4], false), "somewhere in Guatemala, 17 Oct \u00b7 1 person");
  words("es");
  assert.equal(L.badgeText(guatemalaWith(7000, 10000), [4], false), "en alg\u00fan lugar de Guatemala, 17 oct \u00b7 7.000\u201310.000 personas");
});
