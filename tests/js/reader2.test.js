"use strict";
// A map of one town (session 10, reader2): two of six real articles drew one town, and the first view showed it at
// a 5 km scale, a dot with no coast, border or neighbour to say where it is.  Expectations written before the fix.
const test = require("node:test");
const assert = require("node:assert/strict");
const { load, sampleCaravan } = require("./helpers.js");

const D = load("decode.js");

function oneTown(lat, lon) {
  const c = D.decodeCaravan(sampleCaravan());
  const point = c.str.indexOf("point");
  c.segments.lat1 = []; c.segments.lon1 = []; c.segments.lat2 = []; c.segments.lon2 = [];
  for (let i = 0; i < c.reports.lat.length; i++) { c.reports.precision[i] = point; c.reports.lat[i] = lat; c.reports.lon[i] = lon; }
  return c;
}

function span(pts) {
  const lats = pts.map((p) => p[0]), lons = pts.map((p) => p[1]);
  return [Math.max(...lats) - Math.min(...lats), Math.max(...lons) - Math.min(...lons), lats, lons];
}

test("a map of one town is fitted with the town's region around it, the town at its centre", () => {
  const [dLat, dLon, lats, lons] = span(D.fitPoints(oneTown(14.905, -92.259)));  // Tapachula
  assert.ok(dLat >= 1.5 - 1e-9 && dLon >= 1.5 - 1e-9, `${dLat} x ${dLon}`);
  assert.ok(Math.abs((Math.max(...lats) + Math.min(...lats)) / 2 - 14.905) < 1e-9);
  assert.ok(Math.abs((Math.max(...lons) + Math.min(...lons)) / 2 - -92.259) < 1e-9);
});

test("a short route gets the same room; a long one keeps its own box", () => {
  const c = oneTown(14.905, -92.259);
  c.segments.lat1 = [14.905]; c.segments.lon1 = [-92.259]; c.segments.lat2 = [15.139]; c.segments.lon2 = [-92.466];  // to Huixtla
  const [dLat, dLon] = span(D.fitPoints(c));
  assert.ok(dLat >= 1.5 - 1e-9 && dLon >= 1.5 - 1e-9, `${dLat} x ${dLon}`);
  const long = D.decodeCaravan(sampleCaravan());
  const own = span(D.fitPoints(long));
  assert.ok(own[1] > 1.5);
  assert.equal(D.fitPoints(long).length, 2 * 2 + 4);  // nothing added
});
