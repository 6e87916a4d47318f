"use strict";
// What ten drafts of real articles (blind-s22, blind-s23, dev-north; session 16, reader8) showed a reader, and
// reader7's findings left open.  Expectations written by hand before the changes.
const test = require("node:test");
const assert = require("node:assert/strict");
const { load, words, sampleCaravan } = require("./helpers.js");

const P = load("popups.js");
const D = load("decode.js");
const Lb = load("labels.js");
const Ly = load("layers.js");

// Two groups reported at one town on one day (blind-s21/04's two caravans at Tapachula): the second group's
// circle lies on the first's, and a click there opened the first group's popup only; the second group's report
// could be reached from the table alone.  The popup of a place now also lists the other caravans' reports there.
function twoCaravans() {
  const one = D.decodeCaravan(sampleCaravan());
  const data = sampleCaravan();
  data.id = "c2"; data.name = "Second group"; data.color = "#d55e00";
  const two = D.decodeCaravan(data);
  return { one, two };
}

test("the popup of a place finds the other caravans' reports at that point, up to the slider's day", () => {
  const { one, two } = twoCaravans();
  const st = { caravans: [one, two], day: Infinity };
  // one's report 0 (San Pedro Sula): two's report 0 is at the same point
  assert.deepEqual(P.otherCaravansHere(st, one, 0, Infinity).map((h) => [h.caravan.id, h.i]), [["c2", 0]]);
  // Agua Caliente: both of two's reports there (one place and day), oldest first
  assert.deepEqual(P.otherCaravansHere(st, two, 1, Infinity).map((h) => [h.caravan.id, h.i]), [["c1", 1], ["c1", 2]]);
  // not yet shown by the slider's day, or its caravan switched off: not listed
  assert.deepEqual(P.otherCaravansHere(st, one, 4, 17820), []);
  two.visible = false;
  assert.deepEqual(P.otherCaravansHere(st, one, 0, Infinity), []);
  // a country-level report is no point: not listed at a town
  two.visible = true;
  assert.ok(P.otherCaravansHere(st, one, 3, Infinity).every((h) => h.i !== 3));
});

test("a line for another caravan's report names that caravan", () => {
  words("en");
  const { one, two } = twoCaravans();
  const line = P.otherCaravanLine(D.report(two, 0));
  assert.ok(line.startsWith("Second group: "), line);
  assert.ok(line.includes("departure") && line.includes("about 1,000"), line);
  words("es");
  assert.ok(P.otherCaravanLine(D.report(one, 0)).startsWith("October caravan: "));
});

// blind-s21/12's popup quoted "““From Pijijiapan ... visa.”": the article's own opening quote mark and the
// popup's.  A quote that opens with its own mark is shown in its own marks (closed when it never closes).
test("a quote that opens with its own quote mark is not quoted twice", () => {
  words("en");
  assert.equal(P.quoteText("\u201cFrom the coast we walked.\u201d"), "\u201cFrom the coast we walked.\u201d");
  assert.equal(P.quoteText("\u201cFrom the coast we walked."), "\u201cFrom the coast we walked.\u201d");
  assert.equal(P.quoteText("\u201cWe walked,\u201d she said."), "\u201cWe walked,\u201d she said.");
  assert.equal(P.quoteText("\"We walked,\" she said."), "\"We walked,\" she said.");
  assert.equal(P.quoteText("They walked."), "\u201cThey walked.\u201d");
  words("es");
  assert.equal(P.quoteText("\u00abCaminamos desde la costa.\u00bb"), "\u00abCaminamos desde la costa.\u00bb");
  assert.equal(P.quoteText("\u00abCaminamos desde la costa."), "\u00abCaminamos desde la costa.\u00bb");
  assert.equal(P.quoteText("Caminaron."), "\u00abCaminaron.\u00bb");
});

// blind-s22/02's draft: San Pedro Sula reported on 30 September, and a new caravan planned to leave it on 4 October;
// the label said "San Pedro Sula, 30 sept – 4 oct", a stay of five days nobody reported.  A caravan's planned days
// after (or before) its reported ones are written as plans.
test("a planned day outside a caravan's reported days there is labelled as planned, not spanned", () => {
  words("en");
  const data = sampleCaravan();
  const r = data.reports;
  for (const col of Object.keys(r)) { r[col] = Array.from(r[col]).concat([r[col][0]]); }
  data.str.push("planned");
  r.kind[5] = data.str.length - 1; r.day[5] = 17820;  // 2018-10-16: planned at San Pedro Sula (reported on the 12th)
  r.group[5] = NaN;
  const c = D.decodeCaravan(data);
  const sps = Lb.stops([c]).find((s) => s.name === "San Pedro Sula");
  assert.equal(Lb.stopText(sps, Infinity, false), "San Pedro Sula, 12 Oct \u00b7 16 Oct (planned)");
  assert.equal(Lb.stopText(sps, 17817, false), "San Pedro Sula, 12 Oct");
  // a plan on a day inside the reported days adds nothing
  r.day[5] = 17816;
  const c2 = D.decodeCaravan(data);
  assert.equal(Lb.stopText(Lb.stops([c2]).find((s) => s.name === "San Pedro Sula"), Infinity, false), "San Pedro Sula, 12 Oct");
});

// blind-s23/08's draft: Ciudad Acuña's "dozens" (24-99) on a map whose largest figure is 10,000 was a circle of
// 1.5 px (its halo 3 px): a label with no dot beside it, smaller than the 4 px ring of a report with no figure.
test("a counted circle is drawn at least as large as a dot a reader sees", () => {
  assert.equal(Ly.shownRadius(1.47), Ly.MIN_RADIUS);
  assert.ok(Ly.MIN_RADIUS >= 3);
  assert.equal(Ly.shownRadius(8), 8);
  assert.equal(Ly.shownRadius(NaN), Ly.MIN_RADIUS);
});

// The page's own copy of the first view's rule (decode.fitPoints, for caravans made in JavaScript): a planned place
// far from the road is not fitted (blind-s20/08's Pacific, Missouri), one near it is.
test("a plan far from the road is not fitted; one near it is", () => {
  const data = sampleCaravan();
  data.str.push("planned");
  const planned = data.str.length - 1;
  data.reports.kind[4] = planned;  // Tecún Umán, the road's west end: a plan now
  data.reports.lat[4] = 38.48; data.reports.lon[4] = -90.74;  // moved to Pacific, Missouri: 23 degrees north
  data.segments.lat2[1] = 14.6; data.segments.lon2[1] = -89.1;  // the second leg ends at Agua Caliente
  let pts = D.fitPoints(data);
  assert.ok(!pts.some((p) => p[0] === 38.48), "Pacific is not fitted");
  data.reports.lat[4] = 14.68; data.reports.lon[4] = -92.14;  // back at Tecún Umán: 3 degrees west of the road
  pts = D.fitPoints(data);
  assert.ok(pts.some((p) => p[0] === 14.68 && p[1] === -92.14), "Tecún Umán is fitted");
});
