"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { load } = require("./helpers.js");

const Lo = load("layout.js");

test("small maps are compact: an embed, a phone; a desktop window is not", () => {
  assert.equal(Lo.isCompact(680, 480), true);
  assert.equal(Lo.isCompact(390, 844), true);
  assert.equal(Lo.isCompact(1280, 800), false);
});

test("free rectangles around panels in two corners", () => {
  // a 100 x 100 view, a panel top-left 30 x 20 and one bottom-right 40 x 50 (worked out by hand)
  const rects = Lo.freeRects(100, 100, [[0, 0, 30, 20], [60, 50, 100, 100]]);
  const keys = rects.map((r) => r.join(",")).sort();
  assert.deepEqual(keys, ["0,20,100,50", "0,20,60,100", "30,0,100,50", "30,0,60,100"].sort());
  assert.deepEqual(rects[0], [0, 20, 60, 100]);  // largest first: 60 x 80
});

test("no panels: the whole view", () => {
  assert.deepEqual(Lo.freeRects(300, 200, []), [[0, 0, 300, 200]]);
  assert.deepEqual(Lo.freeRects(300, 200, [[400, 0, 500, 50]]), [[0, 0, 300, 200]]);  // off the view
});

test("the best rectangle is where the content fits at the largest zoom", () => {
  const rects = Lo.freeRects(100, 100, [[0, 0, 30, 20], [60, 50, 100, 100]]);
  // a wide route: the zoom follows the width available (a log of it, as Leaflet's)
  const wide = Lo.bestRect(rects, (w, h) => Math.min(Math.log2(w / 4), Math.log2(h / 1)), 10);
  assert.equal(wide[2] - wide[0], 100);  // the full-width band
  const tall = Lo.bestRect(rects, (w, h) => Math.min(Math.log2(w / 1), Math.log2(h / 4)), 10);
  assert.equal(tall[3] - tall[1], 100);  // a full-height band
  assert.equal(Lo.bestRect(rects, () => 1, 200), null);  // none large enough
});

test("the height a map on a small screen needs: routes, margins and a name's room, panels, a floor", () => {
  // a band 74 px tall with 46 px margins: 74 + 2 x (46 + 100) = 366 px, under a 714 px map by 348
  assert.equal(Lo.neededHeight(714, 74, 46, 150), 366);
  assert.equal(Lo.neededHeight(400, 74, 46, 150), null);   // 34 px to spare: not worth moving anything
  assert.equal(Lo.neededHeight(714, 10, 8, 50), 320);      // a tiny route: the floor
  assert.equal(Lo.neededHeight(714, 10, 8, 300), 440);     // a tall column of panels: it and 140 px of room
});
