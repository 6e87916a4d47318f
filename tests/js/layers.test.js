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

/* A Path2D that lists its calls (Node has none). */
class ListedPath {
  constructor() { this.calls = []; }
  moveTo(x, y) { this.calls.push(["M", x, y]); }
  lineTo(x, y) { this.calls.push(["L", x, y]); }
  arc(x, y, r, a0, a1) { this.calls.push(["A", x, y, r, a0, a1]); }
}

function near(a, b) { return a.length === b.length && a.every((v, i) => typeof v === "string" ? v === b[i] : Math.abs(v - b[i]) < 1e-9); }

test("a dashed batch draws a line as its dashes: on 8, off 6 from the start, the last cut at the end", () => {
  global.Path2D = ListedPath;
  try {
    const painted = [];
    const batch = new Ly.Batch((path, dashes) => painted.push([path, dashes]), [8, 6]);
    batch.line(10, 20, 10, 50);  // 30 px south: dashes 0-8, 14-22, 28-30
    batch.line(0, 0, 3, 4);      // 5 px: one dash, cut short
    batch.flush();
    assert.equal(painted.length, 1);
    const want = [["M", 10, 20], ["L", 10, 28], ["M", 10, 34], ["L", 10, 42], ["M", 10, 48], ["L", 10, 50],
                  ["M", 0, 0], ["L", 3, 4]];
    const got = painted[0][1].calls;
    assert.equal(got.length, want.length);
    got.forEach((c, i) => assert.ok(near(c, want[i]), JSON.stringify([c, want[i]])));
    const plain = new Ly.Batch((path, dashes) => painted.push([path, dashes]));
    plain.line(1, 2, 3, 4);
    plain.flush();
    assert.equal(painted[1][1], null);
    assert.deepEqual(painted[1][0].calls, [["M", 1, 2], ["L", 3, 4]]);
  } finally { delete global.Path2D; }
});

test("a dashed batch's circle is filled whole and stroked as chords of its dashes, from angle 0 clockwise", () => {
  global.Path2D = ListedPath;
  try {
    const painted = [];
    const batch = new Ly.Batch((path, dashes) => painted.push([path, dashes]), [3, 3]);
    const r = 6 / Math.PI;  // circumference 12: dashes at arc lengths 0-3 and 6-9
    batch.circle(100, 50, r);
    batch.flush();
    assert.ok(near(painted[0][0].calls[0], ["M", 100 + r, 50]));
    assert.ok(near(painted[0][0].calls[1], ["A", 100, 50, r, 0, 2 * Math.PI]));
    // quarter turns: 0 -> east, 3 (a quarter) -> south (canvas y grows down), 6 -> west, 9 -> north
    const want = [["M", 100 + r, 50], ["L", 100, 50 + r], ["M", 100 - r, 50], ["L", 100, 50 - r]];
    const got = painted[0][1].calls;
    assert.equal(got.length, 4);
    got.forEach((c, i) => assert.ok(near(c, want[i]), JSON.stringify([c, want[i]])));
  } finally { delete global.Path2D; }
});
