"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { load } = require("./helpers.js");

const Later = load("later.js");

/* Slices by hand: ``slices`` holds the functions the queue asked to be called; each call gives one slice. */
function manual() {
  const slices = [];
  return { slices, schedule: (fn) => slices.push(fn), run: (ms) => slices.shift()(ms === undefined ? 8 : ms) };
}

test("the queue runs its steps in order, in slices, and says when it is done", () => {
  const order = [], clock = manual();
  let done = 0, calls = 0;
  const q = Later.queue([
    () => { order.push("outlines"); return true; },
    (more) => {  // three units of work, one a call whatever ``more`` says
      calls++; order.push("markers " + calls);
      return calls === 3;
    }
  ], () => { done++; }, clock.schedule).start();
  assert.deepEqual(order, []);  // nothing runs before the first slice
  assert.equal(q.pending(), true);
  clock.run(0);  // a slice with no time left (an idle callback's timeout): still one step's worth
  assert.equal(order[0], "outlines");
  while (clock.slices.length) { clock.run(1000); }
  assert.deepEqual(order, ["outlines", "markers 1", "markers 2", "markers 3"]);
  assert.equal(done, 1);
  assert.equal(q.pending(), false);
});

test("a step added while the queue runs comes after the others; after it is done, at once", () => {
  const order = [], clock = manual();
  const q = Later.queue([() => { order.push("a"); return true; }], null, clock.schedule).start();
  q.add(() => { order.push("names"); return true; });
  while (clock.slices.length) { clock.run(); }
  assert.deepEqual(order, ["a", "names"]);
  q.add(() => { order.push("late"); return true; });
  assert.deepEqual(order, ["a", "names", "late"]);
});

test("flush does every step left at once, however long; the queue asks for no more slices", () => {
  const clock = manual();
  let n = 0, done = false;
  const q = Later.queue([(more) => { n++; return n >= 5 && more(); }], () => { done = true; }, clock.schedule).start();
  q.flush();
  assert.equal(n, 5);
  assert.equal(done, true);
  const before = clock.slices.length;
  while (clock.slices.length) { clock.run(); }
  assert.equal(n, 5);  // the slice asked for at start does nothing
  assert.ok(before <= 1);
});

test("a step that runs the queue again (a redraw that flushes) does not run steps twice", () => {
  const clock = manual(), order = [];
  let q = null;
  q = Later.queue([
    () => { order.push("a"); q.flush(); return true; },
    () => { order.push("b"); return true; }
  ], null, clock.schedule).start();
  while (clock.slices.length) { clock.run(); }
  assert.deepEqual(order, ["a", "b"]);
});
