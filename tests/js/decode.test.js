"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const zlib = require("node:zlib");
const { load, sampleCaravan } = require("./helpers.js");

const D = load("decode.js");

/* A tiny packed block made here by hand (the layout maps/pagedata.py writes), to check the reader. */
function block(parts) {
  const bytes = Buffer.concat(parts.map((p) => Buffer.from(p.buffer, p.byteOffset, p.byteLength)));
  return zlib.gzipSync(bytes);
}

test("columns are read where the layout says: divided, offset, missing as NaN, deltas added up", async () => {
  const lat = new Int32Array([1450001, -2147483648]);         // 14.50001, missing
  const day = new Uint16Array([0, 3, 65535, 0]);              // + 17816, the last two: missing and padding
  const pt = new Uint32Array([0, 1, 4294967295, 2]);          // deltas: 0, 1, 0 (wraps), 2
  const flag = new Uint8Array([1, 0, 0, 0, 0, 0, 0, 0]);
  const layout = { tables: {
    points: { length: 2, columns: [{ name: "lat", kind: "number", type: "i32", div: 100000, missing: -2147483648, at: 0 }] },
    reports: { length: 3, columns: [
      { name: "day", kind: "number", type: "u16", missing: 65535, offset: 17816, at: 8 },
      { name: "pt", kind: "number", type: "u32", delta: true, at: 16 },
      { name: "approx", kind: "flag", type: "u8", at: 32 }
    ] }
  } };
  const buffer = await D.gunzip(new Uint8Array(block([lat, day, pt, flag])));
  const t = D.unpack(layout, buffer);
  assert.equal(t.points.lat[0], 14.50001);
  assert.ok(Number.isNaN(t.points.lat[1]));
  assert.deepEqual(Array.from(t.reports.day), [17816, 17819, NaN]);
  assert.deepEqual(Array.from(t.reports.pt), [0, 1, 0]);
  assert.deepEqual(Array.from(t.reports.approx), [1, 0, 0]);
});

test("a block's data: uncompressed after the 8 bytes rmraw\\0\\0\\0, read before any task runs; else gzip, inflated", async () => {
  const data = new Uint8Array([1, 2, 3, 0x1f, 0x8b, 250]);
  const raw = new Uint8Array([0x72, 0x6d, 0x72, 0x61, 0x77, 0, 0, 0, ...data]);  // "rmraw" + three zeros, by hand
  let read = null;
  D.blockData(raw).then((buffer) => { read = buffer; });
  await null;  // one microtask: no timer, no stream
  assert.deepEqual(Array.from(new Uint8Array(read)), Array.from(data));
  const inflated = await D.blockData(new Uint8Array(zlib.gzipSync(Buffer.from(data))));
  assert.deepEqual(Array.from(new Uint8Array(inflated)), Array.from(data));
  const almost = new Uint8Array([0x72, 0x6d, 0x72, 0x61, 0x77, 0, 0, 1, ...data]);  // not the marker: read as gzip
  await assert.rejects(D.blockData(almost));
});

test("the string table splits on NUL, or is JSON when a text holds a NUL", () => {
  const enc = (s) => new TextEncoder().encode(s).buffer;
  assert.deepEqual(D.strings({ separator: "nul", strings: 3 }, enc("a\u0000T\u00e9c\u00fan\u0000")), ["a", "Técún", ""]);
  assert.deepEqual(D.strings({ separator: "json", strings: 1 }, enc(JSON.stringify(["x\u0000y"]))), ["x\u0000y"]);
  assert.deepEqual(D.strings({ separator: "nul", strings: 0 }, enc("")), []);
});

test("base64 reads back to the bytes it was made from", () => {
  const bytes = new Uint8Array([0, 1, 2, 250, 255, 60, 47, 62]);
  assert.deepEqual(Array.from(D.base64Bytes(Buffer.from(bytes).toString("base64"))), Array.from(bytes));
});

test("the view fits leg ends and point reports, not a country-level report", () => {
  const c = sampleCaravan();
  const pts = D.fitPoints(c);
  assert.equal(pts.length, 2 * 2 + 4);
  assert.ok(!pts.some((p) => p[0] === 15.5 && p[1] === -90.3), "Guatemala's point is not fitted");
  assert.ok(pts.some((p) => p[0] === 14.68 && p[1] === -92.14));
});

/* The sample caravan with a fourth report at another precision and place (lat, lon written by hand). */
function withArea(precision, lat, lon) {
  const c = sampleCaravan();
  c.str.push(precision);
  c.reports.precision[3] = c.str.length - 1;
  c.reports.lat[3] = lat;
  c.reports.lon[3] = lon;
  return c;
}

test("a state's or region's report near the route is fitted; a far one and a country are not", () => {
  // the route spans lat 14.6-15.5, lon -92.14 to -88.03: 4.11 degrees
  const near = D.fitPoints(withArea("admin1", 16.9, -96.0));  // 1.4 degrees north, 3.86 west of the route's box
  assert.ok(near.some((p) => p[0] === 16.9 && p[1] === -96.0));
  const far = D.fitPoints(withArea("region", 31.0, -106.0));  // 15.5 degrees north
  assert.equal(far.length, 2 * 2 + 4);
  const country = D.fitPoints(withArea("country", 15.0, -90.0));  // inside the box, but a country
  assert.equal(country.length, 2 * 2 + 4);
});

test("a short route still fits a state's report four degrees away; one with no point fits its areas", () => {
  const c = withArea("admin1", 16.5, -92.1);
  c.reports.precision = c.reports.precision.map((p, i) => (i === 3 ? p : c.str.indexOf("point")));
  c.reports.lat = [14.9, 14.9, 14.9, 16.5, 14.9];
  c.reports.lon = [-92.2, -92.2, -92.2, -92.1, -92.2];
  c.segments = { lat1: [], lon1: [], lat2: [], lon2: [] };
  assert.ok(D.fitPoints(c).some((p) => p[0] === 16.5), "1.6 degrees from a one-point route");
  c.reports.lat[3] = 18.8;  // 3.9 degrees away: within
  assert.ok(D.fitPoints(c).some((p) => p[0] === 18.8));
  c.reports.lat[3] = 19.2;  // 4.3 degrees away: beyond the reach
  assert.ok(!D.fitPoints(c).some((p) => p[0] === 19.2));
  const areasOnly = withArea("admin1", 16.5, -92.1);
  areasOnly.reports.precision = areasOnly.reports.precision.map(() => areasOnly.str.length - 1);
  areasOnly.segments = { lat1: [], lon1: [], lat2: [], lon2: [] };
  // each area with 1.5 degrees of room around it (maps/fit.py AREA_ONLY_ROOM): two corners per area report
  assert.equal(D.fitPoints(areasOnly).length, 10);
});

test("a report reads back as strings and numbers", () => {
  const c = sampleCaravan();
  assert.deepEqual(D.report(c, 2), {
    caravan: "October caravan", date: "2018-10-15", approx: true, kind: "sighting", place: "Agua Caliente",
    resolved: "Agua Caliente", precision: "point", conf: 0.9, count: "about 1,000 more", qual: "about",
    low: 900, high: 1100, source: "Radio", url: "javascript:alert(1)", note: "a note",
    quote: "They reached Agua Caliente at dawn.", day: 17819
  });
});

test("a report's date as the reader sees it: the text Python wrote for its raw date, else the raw date", () => {
  const data = sampleCaravan();
  data.str.push("15 de octubre de 2018");
  data.dates = { key: [9], text: [data.str.length - 1] };  // "2018-10-15" is str[9]
  const c = D.decodeCaravan(data);
  assert.equal(D.dateText(c, 1), "15 de octubre de 2018");
  assert.equal(D.report(c, 2).date, "15 de octubre de 2018");
  assert.equal(D.dateText(c, 0), "2018-10-12");  // no text given for it
});

test("the slider's days are the distinct report and leg-end days, sorted", () => {
  const a = sampleCaravan();
  const b = sampleCaravan();
  b.reports.day = [17830, 17816];
  b.segments.endDay = [17825];
  assert.deepEqual(D.reportDays([a, b]), [17816, 17819, 17820, 17821, 17825, 17830]);
});

test("each caravan is the slice of every table that the caravans table says, named and coloured from it", () => {
  const n = (v) => new Float64Array(v);
  const u = (v) => new Uint32Array(v);
  const tables = {
    points: { lat: n([10, 11, 12]), lon: n([-90, -91, -92]) },
    reports: { pt: u([0, 1, 2, 2]), day: n([1, 2, 3, 4]), group: n([NaN, NaN, 0, 0]), place: u([3, 4, 5, 5]) },
    segments: { a: u([0, 2]), b: u([1, 2]), endDay: n([2, 4]) },
    groups: { low: n([7]), high: n([9]), joined: n([0]) },
    dates: { key: u([]), text: u([]) },
    names: { i: u([3]), s: u([6]) },
    /* caravan "a": reports 0-1, leg 0, no group; caravan "b": reports 2-3, leg 1, group 0, name row 0 */
    caravans: { reports: u([2, 4]), segments: u([1, 2]), groups: u([0, 1]), names: u([0, 1]), color: u([1, 0]),
                id: u([0, 1]), name: u([2, 2]), summary: u([7, 8]) }
  };
  const str = ["a", "b", "Caravan", "P", "Q", "R", "R short", "", "It went."];
  const [a, b] = D.caravans({ palette: ["#111111", "#222222"], backColor: "#333333" }, tables, str);
  assert.deepEqual([a.id, a.name, a.color, a.summary], ["a", "Caravan", "#222222", ""]);
  assert.deepEqual([b.id, b.name, b.color, b.summary], ["b", "Caravan", "#111111", "It went."]);
  assert.deepEqual(Array.from(a.reports.lat), [10, 11]);
  assert.deepEqual(Array.from(b.reports.day), [3, 4]);
  assert.deepEqual(Array.from(b.segments.lat1), [12]);
  assert.deepEqual(b.groups.members, [[0, 1]]);
  assert.deepEqual(Array.from(b.groupOf), [0, 0]);
  assert.equal(D.placeName(b, 1), "R short");  /* names row 0 is report 3 of the map: b's second */
  assert.equal(D.placeName(a, 1), "Q");
  /* each report keeps its point (labels.js names a point once, across caravans) */
  assert.deepEqual([Array.from(a.reports.pt), Array.from(b.reports.pt)], [[0, 1], [2, 2]]);
});
