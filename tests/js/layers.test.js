"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { load } = require("./helpers.js");

const Ly = load("layers.js");

test("distance from a point to a leg: to the nearest point of the segment, ends included", () => {
  assert.equal(Ly.distToSegment({ x: 5, y: 3 }, 0, 0, 10, 0), 3);
  assert.equal(Ly.distToSegment({ x: -3, y: 4 }, 0, 0, 10, 0), 5);   // beyond the start: to the end point
  assert.equal(Ly.distToSegment({ x: 13, y: -4 }, 0, 0, 10, 0), 5);
  assert.equal(Ly.distToSegment({ x: 1, y: 1 }, 2, 2, 2, 2), Math.SQRT2);  // a leg of length 0
});

test("a chevron sits 55% along a leg and points the way of travel; short legs get none", () => {
  const moves = [];
  const fakePath = { moveTo: (x, y) => moves.push(["M", x, y]), lineTo: (x, y) => moves.push(["L", x, y]) };
  const batch = { add: () => fakePath };
  Ly.chevron(batch, 0, 0, 100, 0, 2);  // eastward, arm length max(5, min(9, 2*0.6+4)) = 5.2
  assert.equal(moves.length, 3);
  assert.ok(Math.abs(moves[1][1] - 55) < 1e-9 && moves[1][2] === 0, "the tip");
  assert.ok(moves[0][1] < 55 && moves[2][1] < 55, "arms trail behind the tip (west of it)");
  assert.ok(Math.abs(moves[0][1] - (55 - 5.2)) < 1e-9 && Math.abs(moves[0][2] - 5.2) < 1e-9);
  moves.length = 0;
  Ly.chevron(batch, 0, 0, 20, 0, 2);
  assert.equal(moves.length, 0);
});
