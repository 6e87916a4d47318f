"use strict";
// What readers of real articles' maps saw twice over (session 10, reader): expectations written before the fix.
const test = require("node:test");
const assert = require("node:assert/strict");
const { load, words } = require("./helpers.js");

const P = load("popups.js");

test("a bare figure is said once, not as its own reading ('18 (18)', '1500 (1.500)')", () => {
  words("en");
  assert.equal(P.countText({ count: "18", low: 18, high: 18, qual: "exact" }), "18");
  assert.equal(P.countText({ count: "2,500", low: 2500, high: 2500, qual: "exact" }), "2,500");
  // words around the figure, or a range, keep the reading beside them
  assert.equal(P.countText({ count: "about 500", low: 450, high: 550, qual: "about" }), "about 500 (450\u2013550)");
  assert.equal(P.countText({ count: "1,600-2,000", low: 1600, high: 2000, qual: "range" }), "1,600-2,000 (1,600\u20132,000)");
  assert.equal(P.countText({ count: "387 people", low: 387, high: 387, qual: "exact" }), "387 people (387)");
  words("es");
  assert.equal(P.countText({ count: "1500", low: 1500, high: 1500, qual: "exact" }), "1.500");
  assert.equal(P.countText({ count: "Más de 1,000", low: 1000, high: 1500, qual: "at least" }),
               "Más de 1,000 (1.000\u20131.500)");
});

test("two caravans at one place on the same days: the label says the days once ('Tapachula, 30 Oct · 30 Oct')", () => {
  words("en");
  const D = load("decode.js"), Lb = load("labels.js");
  const { sampleCaravan } = require("./helpers.js");
  const a = D.decodeCaravan(sampleCaravan()), b = D.decodeCaravan(sampleCaravan());
  a.id = "a"; b.id = "b";
  const agua = Lb.stops([a, b]).find((s) => s.name === "Agua Caliente");
  assert.equal(Lb.stopText(agua, Infinity, false), "Agua Caliente, 15 Oct");
  b.reports.day[1] += 2;  // b there two days later too: each span once, in order
  const later = Lb.stops([a, b]).find((s) => s.name === "Agua Caliente");
  assert.equal(Lb.stopText(later, Infinity, false), "Agua Caliente, 15 Oct \u00b7 15\u201317 Oct");
});

test("a caravan of areas only is fitted to each area with room around it, not to its point", () => {
  const D = load("decode.js");
  const { sampleCaravan } = require("./helpers.js");
  const c = D.decodeCaravan(sampleCaravan());
  const S = c.str, admin1 = S.indexOf("admin1") >= 0 ? S.indexOf("admin1") : (S.push("admin1"), S.length - 1);
  c.segments.lat1 = []; c.segments.lon1 = []; c.segments.lat2 = []; c.segments.lon2 = [];
  for (let i = 0; i < c.reports.lat.length; i++) { c.reports.precision[i] = admin1; c.reports.lat[i] = 8.0; c.reports.lon[i] = -77.7; }
  const pts = D.fitPoints(c);
  const lats = pts.map((p) => p[0]), lons = pts.map((p) => p[1]);
  assert.ok(Math.max(...lats) - Math.min(...lats) >= 2.5, JSON.stringify(pts));
  assert.ok(Math.max(...lons) - Math.min(...lons) >= 2.5, JSON.stringify(pts));
  assert.ok(Math.min(...lats) < 8.0 && 8.0 < Math.max(...lats));
});

test("a stop only planned says so in its label ('Mapastepec, 23 Oct (planned)'), one also reached does not", () => {
  // La Tarde 2018: "Huixtla, 23 Oct" and "Mapastepec, 23 Oct" read as two places reached, the second only planned.
  const D = load("decode.js"), Lb = load("labels.js");
  const { sampleCaravan } = require("./helpers.js");
  const data = sampleCaravan();
  data.str.push("planned");
  data.reports.kind[4] = data.str.length - 1;  // Tecún Umán, 17 Oct: planned only
  data.reports.kind[2] = data.str.length - 1;  // one of the two Agua Caliente reports of 15 Oct: planned
  const c = D.decodeCaravan(data);
  c.id = "c";
  const stops = Lb.stops([c]);
  words("en");
  assert.equal(Lb.stopText(stops.find((s) => s.name === "Tecún Umán"), Infinity, false), "Tecún Umán, 17 Oct (planned)");
  assert.equal(Lb.stopText(stops.find((s) => s.name === "Agua Caliente"), Infinity, false), "Agua Caliente, 15 Oct");
  words("es");
  assert.equal(Lb.stopText(stops.find((s) => s.name === "Tecún Umán"), Infinity, false), "Tecún Umán, 17 oct (prevista)");
});

test("a stop written with its state or country keeps it in brackets in its label ('Chahuites (Oaxaca), 23 Dec')", () => {
  // AFP 2019 and Mexico Daily Post 2024: "Ciudad Hidalgo, 17 Jan · Tecun Uman, Guatemala, 17 Jan" and
  // "Chahuites, Oaxaca, 23 Dec 2023" read as three places, the state or country as one more stop.
  const D = load("decode.js"), Lb = load("labels.js");
  const { sampleCaravan } = require("./helpers.js");
  const data = sampleCaravan();
  data.str[19] = "Tecún Umán, Guatemala";
  const c = D.decodeCaravan(data);
  c.id = "c";
  words("en");
  const stop = Lb.stops([c]).find((s) => s.name === "Tecún Umán, Guatemala");
  assert.equal(Lb.stopText(stop, Infinity, false), "Tecún Umán (Guatemala), 17 Oct");
  assert.equal(Lb.stopText(Lb.stops([c]).find((s) => s.name === "Agua Caliente"), Infinity, false), "Agua Caliente, 15 Oct");
});
