"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { load } = require("./helpers.js");

const S = load("symbols.js");

/* A marker as syncMarkers sees one: a layer that is on a map or not. */
function marker(day) {
  return { day, layer: { _map: null, addTo(map) { this._map = map; return this; }, remove() { this._map = null; return this; } } };
}

test("syncMarkers shows the markers up to the day, a few at a time when told to stop", () => {
  const map = {}, a = [marker(1), marker(2), marker(5)], b = [marker(1), marker(3)];
  const st = { map, day: 3, caravans: [{ visible: true, markers: a }, { visible: false, markers: b }] };
  let budget = 1;
  const more = () => budget-- > 0;  // room for one more after the first
  assert.equal(S.syncMarkers(st, more), false);  // stopped after two
  assert.deepEqual(a.map((m) => m.layer._map === map), [true, true, false]);
  assert.equal(S.syncMarkers(st, () => false), true);  // nothing left to add: done, hidden caravan untouched
  assert.deepEqual(b.map((m) => m.layer._map), [null, null]);
  st.day = 1;
  assert.equal(S.syncMarkers(st), true);  // back to day 1: the day-2 marker goes
  assert.deepEqual(a.map((m) => m.layer._map === map), [true, false, false]);
});

test("reserveMarkers: few symbols get empty lists to fill (the canvas leaves them to the markers); many get none", () => {
  const str = ["checkpoint", "point"];
  function caravan(n) {
    return { str, reports: { lat: new Float64Array(n), kind: new Uint8Array(n), precision: new Uint8Array(n).fill(1) } };
  }
  const few = { caravans: [caravan(3)] };
  assert.equal(S.reserveMarkers(few), true);
  assert.deepEqual(few.caravans[0].markers, []);
  const many = { caravans: [caravan(S.MARKER_LIMIT)] };
  assert.equal(S.reserveMarkers(many), false);
  assert.equal(many.caravans[0].markers, undefined);
});
