"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { load, words, sampleCaravan } = require("./helpers.js");

const Lb = load("labels.js");
const D = load("decode.js");

function caravan(id, name) {
  const c = D.decodeCaravan(sampleCaravan());
  c.id = id; c.name = name || id;
  return c;
}

test("stops: point reports grouped by place, named as Python names the point, areas left out", () => {
  words("en");
  const data = sampleCaravan();
  data.str.push("Agua Caliente border crossing");
  data.reports.place[1] = data.str.length - 1;  // the first Agua Caliente report spelt longer
  data.names = { i: [1], s: [11] };             // Python (routes/names.py) labels that point "Agua Caliente"
  const c = D.decodeCaravan(data);
  c.id = "c1";
  const stops = Lb.stops([c]);
  assert.deepEqual(stops.map((s) => s.name).sort(), ["Agua Caliente", "San Pedro Sula", "Tecún Umán"]);  // no Guatemala
  const agua = stops.find((s) => s.name === "Agua Caliente");
  assert.deepEqual(agua.members.map((m) => m[1]), [1, 2]);
  assert.equal(agua.size, 2000);
  const plain = D.decodeCaravan(Object.assign(sampleCaravan(), {}));
  plain.str.push("Agua Caliente border crossing");
  plain.reports.place[1] = plain.str.length - 1;  // no name from Python: the report's own place
  assert.ok(Lb.stops([plain]).some((s) => s.name === "Agua Caliente border crossing"));
});

test("stops: a caravan's first and last stops come first, then border crossings, then the largest group", () => {
  const order = Lb.stops([caravan("c1")]).map((s) => s.name);
  // San Pedro Sula (first, 1,100) and Tecún Umán (last, 500, a crossing) are the ends; Agua Caliente (2,000) follows
  assert.deepEqual(order, ["Tecún Umán", "San Pedro Sula", "Agua Caliente"]);
  const data = sampleCaravan();
  data.reports.lat.push(14.9); data.reports.lon.push(-91.0); data.reports.day.push(17820);  // a small crossing mid-route
  data.reports.high.push(50); data.reports.low.push(50); data.reports.r.push(3); data.reports.rh.push(3);
  data.str.push("La Mesilla");
  for (const [col, v] of Object.entries({ approx: 0, conf: 1, group: NaN, date: 17, kind: 18, place: data.str.length - 1,
                                          resolved: data.str.length - 1, precision: 3, count: 8, qual: 8, source: 20, url: 8, note: 8, quote: 8 })) {
    data.reports[col].push(v);
  }
  data.reports.day[4] = 17822;  // Tecún Umán stays the last stop
  const c = D.decodeCaravan(data);
  c.id = "c1";
  assert.deepEqual(Lb.stops([c]).map((s) => s.name), ["Tecún Umán", "San Pedro Sula", "La Mesilla", "Agua Caliente"]);
});

test("stops: one place visited by two caravans is one stop with both", () => {
  const a = caravan("a"), b = caravan("b");
  const stops = Lb.stops([a, b]);
  assert.equal(stops.length, 3);
  assert.deepEqual(stops.find((s) => s.name === "Agua Caliente").members.map((m) => m[0].id + m[1]), ["a1", "a2", "b1", "b2"]);
});

test("a stop's label: its name and day or span, per visible caravan, up to the slider's day", () => {
  words("en");
  const a = caravan("a"), b = caravan("b");
  for (let i = 0; i < b.reports.day.length; i++) { b.reports.day[i] += 365 + 2; }  // a year later (2019-10-17)
  const stops = Lb.stops([a, b]);
  const spsStop = stops.find((s) => s.name === "San Pedro Sula");
  const agua = stops.find((s) => s.name === "Agua Caliente");
  assert.equal(Lb.stopText(agua, Infinity, false), "Agua Caliente, 15 Oct \u00b7 17 Oct");
  assert.equal(Lb.stopText(agua, Infinity, true), "Agua Caliente, 15 Oct 2018 \u00b7 17 Oct 2019");
  assert.equal(Lb.stopText(agua, 17819, true), "Agua Caliente, 15 Oct 2018");  // the slider on 15 Oct 2018
  assert.equal(Lb.stopText(spsStop, 17815, true), null);  // before anything was reported there
  b.visible = false;
  assert.equal(Lb.stopText(agua, Infinity, true), "Agua Caliente, 15 Oct 2018");
  assert.equal(Lb.spansYears([a, b]), true);
  assert.equal(Lb.spansYears([a]), false);
  words("es");
  assert.equal(Lb.stopText(agua, Infinity, false), "Agua Caliente, 15 oct");
});

test("a stop reported on several days shows the span", () => {
  words("en");
  const c = caravan("c1");
  c.reports.day[2] = 17821;  // the second Agua Caliente report two days later
  const agua = Lb.stops([c]).find((s) => s.name === "Agua Caliente");
  assert.equal(Lb.stopText(agua, Infinity, false), "Agua Caliente, 15\u201317 Oct");
});


test("wraps: a label on more lines, the place over its days, then the days split at their middle", () => {
  const sep = " \u00b7 ";
  assert.deepEqual(Lb.wraps("Huixtla, 5 Apr \u00b7 7 Jun \u00b7 13 Sep \u00b7 21 Nov", "Huixtla", sep), [
    ["Huixtla,", "5 Apr \u00b7 7 Jun \u00b7 13 Sep \u00b7 21 Nov"],
    ["Huixtla,", "5 Apr \u00b7 7 Jun \u00b7", "13 Sep \u00b7 21 Nov"],
  ]);
  assert.deepEqual(Lb.wraps("Tapachula, 18 Oct", "Tapachula", sep), [["Tapachula,", "18 Oct"]]);  // one span: no split
  assert.deepEqual(Lb.wraps("18 Oct: Tapachula", "Tapachula", sep), []);  // a label not led by the place
  // joined by spaces, every way gives the text back (what find-in-page and screen readers read)
  for (const lines of Lb.wraps("San Pedro Sula, 12\u201313 Oct \u00b7 15 Jan", "San Pedro Sula", sep)) {
    assert.equal(lines.join(" "), "San Pedro Sula, 12\u201313 Oct \u00b7 15 Jan");
  }
});

test("a stop to name carries its text and wraps as stopText and wraps give them, made only when read", () => {
  words("en");
  const c = caravan("c1");
  c.visible = true;
  const stop = Lb.stops([c]).find((s) => s.name === "Agua Caliente");
  const last = Math.max(...stop.members.map((m) => c.reports.day[m[1]]));
  assert.equal(Lb.shownBy(stop, last), true);
  assert.equal(Lb.shownBy(stop, Math.min(...stop.members.map((m) => c.reports.day[m[1]])) - 1), false);  // before its first report
  c.visible = false;
  assert.equal(Lb.shownBy(stop, last), false);  // a hidden caravan names nothing
  c.visible = true;
  let reads = 0;
  const counted = new Proxy(stop, { get: (o, k) => { if (k === "members") { reads++; } return o[k]; } });
  const item = Lb.stopItem(counted, last, false, " \u00b7 ", { key: "stop:x", x: 1, y: 2, r: 4, first: 0 });
  assert.equal(reads, 0);  // nothing worked out yet
  assert.equal(item.text, Lb.stopText(stop, last, false));
  assert.ok(item.text.startsWith("Agua Caliente, "));
  assert.deepEqual(item.wraps, Lb.wraps(item.text, "Agua Caliente", " \u00b7 "));
  assert.equal(item.x, 1);
  const once = reads;
  assert.equal(item.text, Lb.stopText(stop, last, false));
  assert.equal(reads, once);  // kept, not worked out again
});
