"use strict";
// A popup opened near the top right of a map of two groups (blind-s18/04's Mexicali, at 1280x800) opened under
// the layer list and the "Route table" button: its first lines, the place and the caravan, were hidden.  The
// popup now keeps below the top-right controls when it would reach under them (session 14, reader6).
// Rectangles as getBoundingClientRect gives them (page pixels); expectations by hand.
const test = require("node:test");
const assert = require("node:assert/strict");
const { load } = require("./helpers.js");

const P = load("popups.js");
const BOX = { left: 0, top: 32, width: 1280, height: 715 };       // the map, under a 32 px header
const TABLE = { left: 1085, top: 42, right: 1270, bottom: 68, width: 185, height: 26 };
const LAYERS = { left: 923, top: 80, right: 1270, bottom: 136, width: 347, height: 56 };

test("a popup that would reach under the top-right controls keeps below the lowest of them", () => {
  // anchor 1106 px from the map's left: a popup 170 px either side reaches 936..1276, under both
  assert.equal(P.topClearance(BOX, [TABLE, LAYERS], 1106, 170), 136 - 32 + 8);
});

test("a popup left of the controls keeps the usual 10 px", () => {
  assert.equal(P.topClearance(BOX, [TABLE, LAYERS], 500, 170), 10);
});

test("a control hidden or taller than half the map (an open table) is not counted", () => {
  const hidden = { left: 0, top: 0, right: 0, bottom: 0, width: 0, height: 0 };
  const openTable = { left: 693, top: 42, right: 1270, bottom: 440, width: 577, height: 398 };
  assert.equal(P.topClearance(BOX, [hidden, openTable], 1106, 170), 10);
  assert.equal(P.topClearance(BOX, [TABLE, openTable], 1106, 170), 68 - 32 + 8);
});
