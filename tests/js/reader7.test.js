"use strict";
// A popup opened near the bottom right of a map opened under the legend (blind-s21/12's draft at 1280x800:
// Tapachula's popup had its right column and its close button under the legend panel; reader6 21, s18-08's
// Mexico City, the same).  The popup now keeps left of the bottom-right controls when it would reach under
// them (session 15, reader7).  Rectangles as getBoundingClientRect gives them (page pixels); expectations by hand.
const test = require("node:test");
const assert = require("node:assert/strict");
const { load } = require("./helpers.js");

const P = load("popups.js");
const BOX = { left: 0, top: 32, width: 1280, height: 715 };       // the map, under a 32 px header
const LEGEND = { left: 1034, top: 385, right: 1270, bottom: 745, width: 236, height: 360 };  // open, 353 px down the map
const ATTRIBUTION = { left: 950, top: 727, right: 1280, bottom: 747, width: 330, height: 20 };

test("a popup whose anchor is below the legend's top and that would reach under it keeps left of it", () => {
  // anchor 926 px from the map's left, 648 px down: a popup 170 px either side reaches 756..1096, under the legend
  // from 1034; its right padding is the legend's width from the map's right edge and 8 px more: 1280 - 1034 + 8
  assert.deepEqual(P.bottomRightPadding(BOX, [LEGEND, ATTRIBUTION], 926, 648, 170), [254, 10]);
});

test("a popup left of the legend, or above its top, keeps the usual 10 px", () => {
  assert.deepEqual(P.bottomRightPadding(BOX, [LEGEND, ATTRIBUTION], 500, 648, 170), [10, 10]);
  assert.deepEqual(P.bottomRightPadding(BOX, [LEGEND, ATTRIBUTION], 1100, 300, 170), [10, 10]);
});

test("the folded legend of an embed is cleared the same way", () => {
  const box = { left: 0, top: 44, width: 680, height: 386 };
  const button = { left: 590, top: 424, right: 670, bottom: 449, width: 80, height: 25 };  // 380 px down the map
  assert.deepEqual(P.bottomRightPadding(box, [button], 520, 395, 170), [680 - 590 + 8, 10]);
  assert.deepEqual(P.bottomRightPadding(box, [button], 520, 300, 170), [10, 10]);
});

test("a control hidden or wider than half the map (a phone's open legend) is not counted", () => {
  const hidden = { left: 0, top: 0, right: 0, bottom: 0, width: 0, height: 0 };
  const wide = { left: 300, top: 500, right: 1270, bottom: 745, width: 970, height: 245 };
  assert.deepEqual(P.bottomRightPadding(BOX, [hidden, wide], 926, 648, 170), [10, 10]);
});

// A date known only to the month sits mid-month on the timeline (routes.dates ReportDate.mid: the 16th), and the
// labels wrote that day as if reported: "Mexico City, 16 Mar", "La Hachadura, 16 ene 2019 – 21 ene 2020"
// (blind-s20/08 and /06's drafts; the table and the popup said "March 2018").  A label now writes such a date as
// Python words it for labels (the page's ``dates`` table, column ``label``).
const { words, sampleCaravan } = require("./helpers.js");
const Lb = load("labels.js");
const D = load("decode.js");

function monthCaravan() {
  const data = sampleCaravan();
  // San Pedro Sula's report (0) is dated "2018-10": the 16th on the timeline, "Oct 2018" in a label
  data.str.push("2018-10", "October 2018", "Oct 2018");
  const n = data.str.length;
  data.reports.date[0] = n - 3;
  data.reports.day[0] = 17820;  // 2018-10-16
  data.dates = { key: [n - 3, 0], text: [n - 2, n - 2], label: [n - 1, 8] };  // str[8] is ""
  const c = D.decodeCaravan(data);
  c.id = "c1";
  return c;
}

test("a label writes a date known to the month as its month, not as the 16th", () => {
  words("en");
  const c = monthCaravan();
  const stops = Lb.stops([c]);
  const sps = stops.find((s) => s.name === "San Pedro Sula");
  assert.equal(Lb.stopText(sps, Infinity, false), "San Pedro Sula, Oct 2018");
  assert.equal(Lb.stopText(sps, Infinity, true), "San Pedro Sula, Oct 2018");
  const agua = stops.find((s) => s.name === "Agua Caliente");  // day dates are written as before
  assert.equal(Lb.stopText(agua, Infinity, false), "Agua Caliente, 15 Oct");
});

test("a span from a month to a day names the month at its start", () => {
  words("en");
  const c = monthCaravan();
  // a second report at San Pedro Sula on 2018-10-20 (a day): "Oct 2018 – 20 Oct"
  const r = c.reports;
  for (const col of Object.keys(r)) { r[col] = Array.from(r[col]).concat([r[col][0]]); }
  r.date[5] = 0; r.day[5] = 17824;
  c.groupOf = Int32Array.from(Array.from(c.groupOf).concat([-1]));
  const sps = Lb.stops([c]).find((s) => s.name === "San Pedro Sula");
  assert.equal(Lb.stopText(sps, Infinity, false), "San Pedro Sula, Oct 2018 \u2013 20 Oct");
  assert.equal(Lb.stopText(sps, 17820, false), "San Pedro Sula, Oct 2018");  // the slider before the 20th
});

// A leg travelled both ways (there and back: blind-s21/01's Huixtla - Escuintla, blind-s20/06's La Hachadura - San
// Salvador, blind-s21/12's Tapachula - Mexico City) got its two chevrons 55% along each way: 10% of the leg apart,
// on a short leg one on top of the other, a diamond (at 680 px the legend's border-crossing sign) or a box.  Each
// now sits 70% along its way, its arms at least 6 px from the middle: a two-way arrow.
const Ly = load("layers.js");

function drawn(x1, y1, x2, y2, w, apart) {
  const moves = [];
  const fakePath = { moveTo: (x, y) => moves.push([x, y]), lineTo: (x, y) => moves.push([x, y]) };
  Ly.chevron({ add: () => fakePath }, x1, y1, x2, y2, w, apart);
  return moves;
}

test("the two chevrons of a leg travelled both ways keep apart, each on its side of the middle", () => {
  // a 60 px leg, width 2: arms 5.2 px long; the tip 70% along (12 px past the middle: more than 5.2 + 6)
  const there = drawn(0, 0, 60, 0, 2, true), back = drawn(60, 0, 0, 0, 2, true);
  assert.ok(Math.abs(there[1][0] - 42) < 1e-9 && Math.abs(back[1][0] - 18) < 1e-9, "the tips");
  const thereLeft = Math.min(...there.map((p) => p[0])), backRight = Math.max(...back.map((p) => p[0]));
  assert.ok(thereLeft - backRight >= 12 - 1e-9, "12 px between them, no diamond");
  // a 30 px leg of width 9 (arms 9 px) has no room for two apart (9 + 6 + 2 > 15): none rather than a diamond
  assert.equal(drawn(0, 0, 30, 0, 9, true).length, 0);
  // a one-way leg keeps its chevron 55% along
  assert.ok(Math.abs(drawn(0, 0, 60, 0, 2, false)[1][0] - 33) < 1e-9);
});

test("legs drawn both ways are found among the chevrons' legs", () => {
  const legs = [[0, 0, 100, 0, 2], [100.2, 0, 0, 0.3, 4], [0, 0, 0, 100, 2], [0, 0, 100, 0, 3]];
  assert.deepEqual(Ly.twoWay(legs), [true, true, false, true]);
});
