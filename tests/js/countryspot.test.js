"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { load } = require("./helpers.js");

const C = load("countryspot.js");

// Expected points below are worked out by hand on the 16 x 10 grid of a 160 x 100 view: the grid's points
// are at x = 5, 15, ..., 155 and y = 5, 15, ..., 95.

test("a country covering the whole view: its name goes in the middle, as far from the view's edges as the grid allows", () => {
  const square = [-50, -50, 500, -50, 500, 500, -50, 500];
  const s = C.widestSpot([square], 160, 100);
  // the distance to the view's edges is largest (45) at y = 45 or 55 and x from 45 to 115: the first such point wins
  assert.deepEqual(s, { x: 45, y: 45, r: 45 });
});

test("a border down the middle of the view: the spot is in the country's half, away from the border", () => {
  const west = [-100, -100, 80, -100, 80, 200, -100, 200];  // everything left of x = 80
  const s = C.widestSpot([west], 160, 100);
  // points left of the border: x = 5..75; room = min(x, 80 - x, y, 100 - y): at most 35 (x = 35 or 45 and
  // y from 35 to 65); rows are read top down, so the first is (35, 35)
  assert.deepEqual(s, { x: 35, y: 35, r: 35 });
  const east = [80, -100, 300, -100, 300, 200, 80, 200];
  const e = C.widestSpot([east], 160, 100);
  assert.ok(e.x > 80 && e.r === 35, JSON.stringify(e));  // x = 115 or 125: 35 from the border and from the edge
});

test("a hole (a lake, an enclave) is outside the country: even-odd rings", () => {
  const outer = [-10, -10, 170, -10, 170, 110, -10, 110];
  const hole = [20, 10, 140, 10, 140, 90, 20, 90];
  assert.equal(C.inside([outer, hole], 80, 50), false);
  assert.equal(C.inside([outer, hole], 10, 50), true);
  const s = C.widestSpot([outer, hole], 160, 100);
  // only the frame between the hole and the view's edges is left: at most 5 px of room (x = 5 or y = 5)
  assert.ok(s.r <= 5 + 1e-9, JSON.stringify(s));
});

test("a country outside the view, or a view with no size, gives no spot", () => {
  const far = [500, 500, 600, 500, 600, 600, 500, 600];
  assert.equal(C.widestSpot([far], 160, 100), null);
  assert.equal(C.widestSpot([[0, 0, 10, 0, 10, 10]], 0, 100), null);
  assert.equal(C.widestSpot([], 160, 100), null);
});

test("an island in view: the spot is inside it and its room is the distance to its coast", () => {
  const island = [40, 20, 120, 20, 120, 80, 40, 80];  // 80 x 60, centre (80, 50)
  const s = C.widestSpot([island], 160, 100);
  // grid points inside: x = 45..115, y = 25..75; room = distance to the nearest side: 25 at (65..95, 45..55)? at
  // x = 75: min(75 - 40, 120 - 75) = 35, y = 45: min(45 - 20, 80 - 45) = 25 -> 25; the first grid point with 25 is (65, 45)
  assert.deepEqual(s, { x: 65, y: 45, r: 25 });
});

test("roomySpots: the grid points inside, widest first, at most as many as asked", () => {
  const island = [40, 20, 120, 20, 120, 80, 40, 80];
  const spots = C.roomySpots([island], 160, 100, 3);
  assert.equal(spots.length, 3);
  // room 25 at x = 65..95 on rows y = 45 and 55 (8 points); the first three in the grid's order
  assert.deepEqual(spots, [{ x: 65, y: 45, r: 25 }, { x: 75, y: 45, r: 25 }, { x: 85, y: 45, r: 25 }]);
  const all = C.roomySpots([island], 160, 100, 1000);
  assert.equal(all.length, 8 * 6);  // x = 45..115 (8 columns), y = 25..75 (6 rows)
  assert.ok(all.every((s, k) => k === 0 || all[k - 1].r >= s.r));
  assert.deepEqual(C.roomySpots([island], 160, 100, 0).length, 5);  // 0 or nothing asked: five
});
