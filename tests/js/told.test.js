"use strict";
// Two sources that disagree about one place and day ("an estimated 4,000" and "about 9,000" in Guatemala on one
// day) merge to 3,600-9,900 for the circle; the caption said them one by one, but an area's badge printed the
// merged range, which no one reported (session 12's embed of a real Vado Hondo article).  Python now marks the
// reports whose figures are told apart (routes/sizes.py told_apart, the page's reports.told) and the badge says
// them as the caption does.  Expectations by hand.
const test = require("node:test");
const assert = require("node:assert/strict");
const { load, words, sampleCaravan } = require("./helpers.js");

const D = load("decode.js");
const L = load("labels.js");
const F = load("format.js");

/* Reports 3 and 4 both in Guatemala (a country) on 16 Oct 2018, one place-and-day group of 3,600-9,900;
   ``told`` marks them as Python would for two disagreeing sources (or not, when ``told`` is false). */
function guatemalaTwice(told) {
  const raw = sampleCaravan();
  [3, 4].forEach((i) => {
    raw.reports.place[i] = 15; raw.reports.resolved[i] = 15; raw.reports.precision[i] = 16;
    raw.reports.lat[i] = 15.5; raw.reports.lon[i] = -90.3; raw.reports.day[i] = 17820; raw.reports.group[i] = 1;
  });
  raw.reports.low[3] = 3600; raw.reports.high[3] = 4400;
  raw.reports.low[4] = 8100; raw.reports.high[4] = 9900;
  raw.reports.told = [0, 0, 0, told ? 1 : 0, told ? 1 : 0];
  raw.groups = { members: [[1, 2], [3, 4]], low: [1600, 3600], high: [3000, 9900], joined: [1000, 0] };
  return D.decodeCaravan(raw);
}

test("a badge says two disagreeing figures one by one, as the caption does", () => {
  words("en");
  assert.equal(L.badgeText(guatemalaTwice(true), [3, 4], false),
               "somewhere in Guatemala, 16 Oct \u00b7 about 4,000 people and about 9,000 people");
  words("es");
  assert.equal(L.badgeText(guatemalaTwice(true), [3, 4], false),
               "en alg\u00fan lugar de Guatemala, 16 oct \u00b7 unas 4.000 personas y unas 9.000 personas");
});

test("without Python's mark the badge keeps the merged range (the page invents no rule of its own)", () => {
  words("en");
  assert.equal(L.badgeText(guatemalaTwice(false), [3, 4], false),
               "somewhere in Guatemala, 16 Oct \u00b7 3,600\u20139,900 people");
});

test("placeDay lists the told figures once each, smallest first; a report alone tells none", () => {
  const c = guatemalaTwice(true);
  assert.deepEqual(D.placeDay(c, 4).told, [[3600, 4400], [8100, 9900]]);
  assert.deepEqual(D.placeDay(c, 0).told, []);
  assert.deepEqual(D.placeDay(c, 1).told, []);  // Agua Caliente: 1,000 more joined, added up, not told apart
});

test("a list is joined as the catalogue joins one", () => {
  words("en");
  assert.equal(F.join(["a"]), "a");
  assert.equal(F.join(["a", "b"]), "a and b");
  assert.equal(F.join(["a", "b", "c"]), "a, b and c");
  words("es");
  assert.equal(F.join(["a", "b", "c"]), "a, b y c");
});
