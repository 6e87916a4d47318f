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

test("stops: a caravan's first and last stops come first, then the largest group", () => {
  const order = Lb.stops([caravan("c1")]).map((s) => s.name);
  // San Pedro Sula (first, 1,100) and Tecún Umán (last, 500) are the ends; Agua Caliente (2,000) follows
  assert.deepEqual(order, ["San Pedro Sula", "Tecún Umán", "Agua Caliente"]);
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

test("occupancy marks the cells a circle covers, and no others", () => {
  const grid = new Lb.Occupancy(60, 60);
  grid.circle(30, 30, 10);
  grid.finish();
  assert.ok(grid.count(29, 29, 31, 31) > 0);    // the centre
  assert.ok(grid.count(37, 29, 39, 31) > 0);    // inside, near the right edge
  assert.equal(grid.count(43, 25, 60, 35), 0);  // beyond the right edge (3 px cells)
  assert.equal(grid.count(0, 0, 17, 60), 0);    // left of the cell (18-21 px) holding the circle's left edge
  assert.equal(grid.count(39, 39, 60, 60), 0);  // past the lower-right diagonal: the cell at 39-42 is 12.7 px away
});

test("occupancy marks a leg along its length and width, clipped to the view", () => {
  const grid = new Lb.Occupancy(100, 100);
  grid.segment(-50, 50, 150, 50, 8);  // a horizontal leg 8 px wide across (and beyond) the view
  grid.finish();
  assert.ok(grid.count(0, 48, 3, 52) > 0 && grid.count(97, 48, 100, 52) > 0);
  assert.equal(grid.count(0, 0, 100, 42), 0);   // clear above: 50 - 4 (half width) - 1 (pad) = 45, cells from 45
  assert.equal(grid.count(0, 58, 100, 100), 0); // clear below
  const hair = new Lb.Occupancy(100, 100);
  hair.segment(0, 0, 99, 99, 1);  // a diagonal hairline
  hair.finish();
  assert.ok(hair.count(48, 48, 51, 51) > 0);
  assert.equal(hair.count(60, 0, 100, 40), 0);
  const away = new Lb.Occupancy(100, 100);
  away.segment(-500, -10, 500, -30, 4);  // wholly above the view
  away.finish();
  assert.equal(away.count(0, 0, 100, 100), 0);
});

test("spots: first to the right of the circle, vertically centred, then to the left", () => {
  const spots = Lb.spotsAround(100, 50, 10, 40, 16);
  assert.deepEqual(spots[0], [113, 42, 153, 58]);
  assert.deepEqual(spots[1], [47, 42, 87, 58]);
  for (const box of spots) {  // no spot covers the circle
    const nx = Math.max(box[0], Math.min(100, box[2])), ny = Math.max(box[1], Math.min(50, box[3]));
    assert.ok(Math.hypot(nx - 100, ny - 50) >= 10, JSON.stringify(box));
  }
});

test("placer: a box is taken only inside the view, off panels, other labels and drawn cells", () => {
  const grid = new Lb.Occupancy(200, 100);
  grid.rect(100, 0, 110, 100);  // a vertical leg, 102-110 px wide in 3 px cells: 99-111
  grid.finish();
  const place = Lb.placer(200, 100, [[0, 0, 50, 30]], grid);  // a panel in the corner
  assert.equal(place.take([[10, 10, 40, 20]]), null);             // under the panel
  assert.equal(place.take([[190, 10, 230, 20]]), null);           // off the view
  assert.equal(place.take([[95, 40, 120, 50]]), null);            // over the leg
  assert.deepEqual(place.take([[95, 40, 120, 50], [60, 40, 90, 50]]), [60, 40, 90, 50]);  // the next spot
  assert.equal(place.take([[70, 45, 95, 55]]), null);             // over the label just placed
  assert.deepEqual(place.take([[95, 60, 120, 70]], { overDrawing: true }), [95, 60, 120, 70]);
  // a name that must be shown: the spot over the least drawing (the second touches the leg's edge only)
  assert.deepEqual(place.least([[96, 80, 118, 90], [108, 80, 130, 90], [190, 80, 230, 90]]), [108, 80, 130, 90]);
});

test("stops a few pixels apart share a label, the most important first; others keep their own", () => {
  const items = [
    { text: "Agua Caliente, 15 Oct", x: 100, y: 100, r: 10 },
    { text: "Tapachula, 18 Oct", x: 400, y: 100, r: 6 },
    { text: "Esquipulas, 15–16 Oct", x: 88, y: 95, r: 4 },    // 13 px from Agua Caliente
    { text: "Chiquimula, 17 Oct", x: 100, y: 130, r: 4 },    // 30 px away: too far
    { text: "El Florido, 19 Jan", x: 110, y: 108, r: 6 },    // 12.8 px
    { text: "Vado Hondo, 16 Jan", x: 104, y: 96, r: 3 },     // close, but the label already names three
  ];
  const groups = Lb.groupStops(items, 24, 3);
  assert.deepEqual(groups.map((g) => g.members.map((m) => m.text.split(",")[0])),
                   [["Agua Caliente", "Esquipulas", "El Florido"], ["Tapachula"], ["Chiquimula"], ["Vado Hondo"]]);
  const first = groups[0];
  // the radius around Agua Caliente that holds every member's circle: El Florido 12.8 px away + its 6 px
  assert.ok(Math.abs(first.r - (Math.hypot(10, 8) + 6)) < 1e-9, String(first.r));
});

test("leader spots lie further out than the spots next to the circle", () => {
  const near = Lb.spotsAround(100, 100, 10, 40, 16), far = Lb.leaderSpots(100, 100, 10, 40, 16);
  const gap = (b) => Math.hypot(Math.max(b[0] - 100, 0, 100 - b[2]), Math.max(b[1] - 100, 0, 100 - b[3]));
  assert.ok(Math.max(...near.map(gap)) <= (10 + 12) * 0.72 * Math.SQRT2 + 1e-9);  // a diagonal spot's corner
  assert.ok(Math.min(...far.map(gap)) >= 10 + 28 - 1e-9);
});

test("far leader spots: only when asked, in 16 directions, each at 76, 112 or 152 px from the circle's edge", () => {
  const near = Lb.leaderSpots(200, 200, 10, 40, 16), far = Lb.leaderSpots(200, 200, 10, 40, 16, true);
  assert.equal(near.length, 16);                 // 8 directions x 2 gaps
  assert.equal(far.length, 16 + 16 * 3);
  assert.deepEqual(far.slice(0, 16), near);      // the near ones are tried first
  // the box's nearest point to the centre, for each far spot: 10 + gap away (up to the box's corner rounding)
  const dist = (b) => Math.hypot(Math.max(b[0] - 200, 0, 200 - b[2]), Math.max(b[1] - 200, 0, 200 - b[3]));
  far.slice(16).forEach((b, k) => {
    const gap = [76, 112, 152][Math.floor(k / 16)];
    assert.ok(dist(b) <= 10 + gap + 1e-9 && dist(b) >= (10 + gap) * Math.cos(Math.PI / 8) - 8, `${k}: ${b} ${dist(b)}`);
  });
  assert.deepEqual(far[16], [286, 192, 326, 208]);  // straight right at 76 px: left edge at 200 + 86, centred
  assert.deepEqual(far[16 + 4], [180, 286, 220, 302]);  // straight down: top edge at 200 + 86, centred
});

test("segmentHitsBox: through the inside, not along an edge or past a corner", () => {
  const box = [10, 10, 20, 20];
  assert.equal(Lb.segmentHitsBox(0, 15, 30, 15, box), true);   // straight through
  assert.equal(Lb.segmentHitsBox(0, 0, 30, 30, box), true);    // the diagonal
  assert.equal(Lb.segmentHitsBox(0, 15, 9, 15, box), false);   // stops short
  assert.equal(Lb.segmentHitsBox(0, 10, 30, 10, box), false);  // along the top edge
  assert.equal(Lb.segmentHitsBox(0, 19, 19, 0, box), false);   // x + y = 19 passes outside the corner (10, 10)
  assert.equal(Lb.segmentHitsBox(0, 21, 21, 0, box), true);    // x + y = 21 cuts the corner
  assert.equal(Lb.segmentHitsBox(15, 15, 15, 16, box), true);  // wholly inside
});

test("leaderLine: from the circle's edge to the box's nearest point, none when the box touches the circle", () => {
  assert.deepEqual(Lb.leaderLine(100, 100, 10, [150, 95, 200, 105]), [111, 100, 150, 100]);
  assert.equal(Lb.leaderLine(100, 100, 10, [111, 95, 150, 105]), null);  // 11 px away: joined without a line
});

test("placer: a leader line crosses no name placed before it, and names placed after keep off it", () => {
  const place = Lb.placer(400, 400, [], null);
  assert.ok(place.take([[150, 90, 250, 110]]));                         // a name right of the circle at (100, 100)
  const behind = [[300, 92, 360, 108]], below = [[100, 200, 160, 216]];
  assert.equal(place.take(behind, { leader: [100, 100, 10] }), null);   // its line would run through that name
  assert.deepEqual(place.take(behind.concat(below), { leader: [100, 100, 10] }), below[0]);
  assert.deepEqual(place.lines, [[100, 111, 100, 200]]);                // straight down to the box's top edge
  assert.equal(place.take([[80, 140, 120, 156]]), null);                // on the line just drawn
  assert.deepEqual(place.take(behind, { leader: [100, 100, 10], mayCross: true }), behind[0]);  // the last resort
});
