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

test("reserveMarkers: few symbols get empty lists to fill (the first view paints them until then); many get none", () => {
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

test("symbolPoints: where the markers are or will be: symbol kinds at a point, up to the day, of visible caravans with markers", () => {
  const str = ["checkpoint", "point", "passage", "country", "clash", "returned"];
  function caravan(rows, extra) {
    // rows: [lat, lon, kind, precision, day]
    return Object.assign({
      visible: true, markers: [], str,
      reports: { lat: rows.map((r) => r[0]), lon: rows.map((r) => r[1]), kind: rows.map((r) => r[2]),
                 precision: rows.map((r) => r[3]), day: rows.map((r) => r[4]) }
    }, extra);
  }
  const shown = caravan([
    [14.9, -92.3, 0, 1, 1],   // checkpoint at a point, day 1: yes
    [15.0, -92.0, 2, 1, 1],   // a passage: no symbol
    [15.5, -88.0, 0, 3, 1],   // a checkpoint of a whole country: a badge, not a marker
    [16.2, -93.9, 4, 1, 2],   // clash, day 2: yes
    [17.0, -94.0, 5, 1, 4],   // turned back on day 4: after the day shown
  ]);
  const hidden = caravan([[10, -85, 0, 1, 1]], { visible: false });
  const painted = caravan([[11, -86, 0, 1, 1]], { markers: undefined });  // its symbols are on the canvas
  const st = { day: 3, caravans: [shown, hidden, painted] };
  assert.deepEqual(S.symbolPoints(st), [[14.9, -92.3], [16.2, -93.9]]);
  st.day = Infinity;
  assert.deepEqual(S.symbolPoints(st), [[14.9, -92.3], [16.2, -93.9], [17.0, -94.0]]);
});
