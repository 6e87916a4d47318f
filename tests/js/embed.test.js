"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { load } = require("./helpers.js");

const E = load("embed.js");

test("the height a frame asks for follows the routes' shape at its width, within bounds", () => {
  // 680 px wide (margins 120 x 120): routes 100 x 50 px at zoom 0 scale by (680 - 120) / 100 = 5.6
  assert.equal(E.preferredHeight(680, 100, 50, 0, 0), 50 * 5.6 + 120);
  // 390 px wide (margins 60 x 120): scale (390 - 60) / 100 = 3.3, plus a 90 px header and footer
  assert.equal(E.preferredHeight(390, 100, 100, 90, 0), 330 + 120 + 90);
  assert.equal(E.preferredHeight(680, 1, 500, 0, 0), 760);   // a tall thin route: at most 760 px
  assert.equal(E.preferredHeight(680, 400, 10, 0, 0), 320);  // a flat one: at least 320 px
  assert.equal(E.preferredHeight(680, 0, 0, 0, 0), 320);     // one place
});

test("the panels inside the map get room beside the routes", () => {
  // a flat route, but 300 px of stacked panels: 300 + 140 of room
  assert.equal(E.preferredHeight(680, 400, 10, 0, 300), 440);
  assert.equal(E.preferredHeight(680, 400, 10, 50, 300), 490);
});

test("the message carries a height and nothing else", () => {
  assert.deepEqual(E.message(420), { routemapper: { height: 420 } });
});
