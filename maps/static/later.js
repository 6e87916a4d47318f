/* routemapper/later.js: the work the first view does not need, done once that view is on screen.
 *
 * A page draws its routes, circles, symbols, names, legend and controls in the task that runs its script;
 * then, in the browser's idle time, a slice at a time: the country outlines and the symbol markers (map.js).  A queue runs its steps in order: a step is a function given
 * ``more`` (true while the slice has time left) that returns true when it is done, false to be called
 * again in the next slice; a step may add others.  ``flush`` does what is left at once (a redraw or the
 * print dialog needs it all).  Slices start after the next frame has been produced and come from
 * requestIdleCallback (a timeout makes them come on a busy page too), or from timers where it is missing.
 */
(function (global, factory) {
  "use strict";
  var rm = global.routemapper = global.routemapper || {};
  rm.later = factory(global);
  if (typeof module === "object" && module.exports) { module.exports = rm.later; }
})(typeof window !== "undefined" ? window : globalThis, function (global) {
  "use strict";

  /* A slice's time when the browser does not say (timers), and the most and least a slice takes: a page with
     nothing to do is given up to 50 ms, but a click, a key or a message that comes meanwhile waits for the
     slice to end; a slice that asked with a timeout may be told 0 ms are left: it still does some work. */
  var SLICE_MS = 8, MAX_MS = 8, MIN_MS = 4;
  /* The longest a slice waits for idle time on a busy page. */
  var TIMEOUT_MS = 200;
  /* With no frame at all (a hidden tab draws none), the first slice comes after this. */
  var NO_FRAME_MS = 250;

  function now() { return global.performance ? global.performance.now() : Date.now(); }

  /* Call ``fn`` once, in a task of its own after the next frame has been produced (or after ``wait`` ms
     when no frame comes). */
  function afterPaint(fn, wait) {
    var done = false;
    function run() { if (!done) { done = true; fn(); } }
    if (global.requestAnimationFrame) { global.requestAnimationFrame(function () { global.setTimeout(run, 0); }); }
    global.setTimeout(run, wait === undefined ? NO_FRAME_MS : wait);
  }

  /* Ask for one idle slice: ``fn(ms)`` with the milliseconds it may take. */
  function idle(fn) {
    if (global.requestIdleCallback) {
      global.requestIdleCallback(function (deadline) { fn(deadline.timeRemaining()); }, { timeout: TIMEOUT_MS });
    } else {
      global.setTimeout(function () { fn(SLICE_MS); }, 0);
    }
  }

  /* A queue of steps run in idle slices from the next frame on; ``done`` is called after the last.
     ``schedule`` (tests) replaces the browser's timing: it is given a function to call with a slice's ms. */
  function Queue(steps, done, schedule) {
    this.steps = (steps || []).slice();
    this.done = done || null;
    this.running = false;
    this.finished = false;
    this.schedule = schedule || null;
  }

  /* Add a step at the end (when the queue has finished, the step runs at once). */
  Queue.prototype.add = function (step) {
    if (this.finished) { step(function () { return true; }); return; }
    this.steps.push(step);
  };

  /* Whether steps are still waiting. */
  Queue.prototype.pending = function () { return !this.finished; };

  /* Start the slices (after the next frame: the first view reaches the screen first). */
  Queue.prototype.start = function () {
    var self = this;
    if (this.schedule) { this._ask(); return this; }
    afterPaint(function () { self._ask(); });
    return this;
  };

  Queue.prototype._ask = function () {
    var self = this;
    if (this.finished) { return; }
    (this.schedule || idle)(function (ms) { self._slice(Math.min(MAX_MS, Math.max(MIN_MS, ms || 0))); });
  };

  Queue.prototype._slice = function (ms) {
    var until = now() + ms;
    this._run(function () { return now() < until; });
    if (!this.finished) { this._ask(); }
  };

  /* Run steps while ``more()`` (at least one call); each step is given ``more`` too, and is called again while
     it says it is not done and there is time. */
  Queue.prototype._run = function (more) {
    if (this.finished || this.running) { return; }
    this.running = true;
    try {
      while (this.steps.length) {
        if (this.steps[0](more)) { this.steps.shift(); }
        if (!more()) { break; }
      }
    } finally { this.running = false; }
    if (!this.steps.length && !this.finished) {
      this.finished = true;
      if (this.done) { this.done(); }
    }
  };

  /* Do every step left now. */
  Queue.prototype.flush = function () { this._run(function () { return true; }); };

  function queue(steps, done, schedule) { return new Queue(steps, done, schedule); }

  return { queue: queue, Queue: Queue, afterPaint: afterPaint, SLICE_MS: SLICE_MS, TIMEOUT_MS: TIMEOUT_MS };
});
