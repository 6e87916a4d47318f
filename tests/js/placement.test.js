"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { load } = require("./helpers.js");

const Pl = load("placement.js");

/* A box's distance from the edge of a circle of radius r at (x, y) (written out here, not the module's). */
function gap(x, y, r, b) {
  return Math.max(0, Math.hypot(Math.max(b[0] - x, 0, x - b[2]), Math.max(b[1] - y, 0, y - b[3])) - r);
}
/* Label widths as a fixed 7 px a character (the page measures its font; these tests need no canvas). */
const OPTS = { width: (t) => 7 * t.length, height: 16, sep: " \u00b7 ", mergePx: 24, maxGroup: 3, maxNames: 150, crowded: false };

test("occupancy marks the cells a circle covers, and no others", () => {
  const grid = new Pl.Occupancy(60, 60);
  grid.circle(30, 30, 10);
  grid.finish();
  assert.ok(grid.count(29, 29, 31, 31) > 0);    // the centre
  assert.ok(grid.count(37, 29, 39, 31) > 0);    // inside, near the right edge
  assert.equal(grid.count(43, 25, 60, 35), 0);  // beyond the right edge (3 px cells)
  assert.equal(grid.count(0, 0, 17, 60), 0);    // left of the cell (18-21 px) holding the circle's left edge
  assert.equal(grid.count(39, 39, 60, 60), 0);  // past the lower-right diagonal: the cell at 39-42 is 12.7 px away
});

test("occupancy marks a leg along its length and width, clipped to the view", () => {
  const grid = new Pl.Occupancy(100, 100);
  grid.segment(-50, 50, 150, 50, 8);  // a horizontal leg 8 px wide across (and beyond) the view
  grid.finish();
  assert.ok(grid.count(0, 48, 3, 52) > 0 && grid.count(97, 48, 100, 52) > 0);
  assert.equal(grid.count(0, 0, 100, 42), 0);   // clear above: 50 - 4 (half width) - 1 (pad) = 45, cells from 45
  assert.equal(grid.count(0, 58, 100, 100), 0); // clear below
  const hair = new Pl.Occupancy(100, 100);
  hair.segment(0, 0, 99, 99, 1);  // a diagonal hairline
  hair.finish();
  assert.ok(hair.count(48, 48, 51, 51) > 0);
  assert.equal(hair.count(60, 0, 100, 40), 0);
  const away = new Pl.Occupancy(100, 100);
  away.segment(-500, -10, 500, -30, 4);  // wholly above the view
  away.finish();
  assert.equal(away.count(0, 0, 100, 100), 0);
});

test("spots: first to the right of the circle, vertically centred, then to the left", () => {
  const spots = Pl.spotsAround(100, 50, 10, 40, 16);
  assert.deepEqual(spots[0], [113, 42, 153, 58]);
  assert.deepEqual(spots[1], [47, 42, 87, 58]);
  for (const box of spots) {  // no spot covers the circle
    const nx = Math.max(box[0], Math.min(100, box[2])), ny = Math.max(box[1], Math.min(50, box[3]));
    assert.ok(Math.hypot(nx - 100, ny - 50) >= 10, JSON.stringify(box));
  }
});

test("placer: a box is taken only inside the view, off panels, other labels and drawn cells", () => {
  const grid = new Pl.Occupancy(200, 100);
  grid.rect(100, 0, 110, 100);  // a vertical leg, 102-110 px wide in 3 px cells: 99-111
  grid.finish();
  const place = Pl.placer(200, 100, [[0, 0, 50, 30]], grid);  // a panel in the corner
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
  const groups = Pl.groupStops(items, 24, 3);
  assert.deepEqual(groups.map((g) => g.members.map((m) => m.text.split(",")[0])),
                   [["Agua Caliente", "Esquipulas", "El Florido"], ["Tapachula"], ["Chiquimula"], ["Vado Hondo"]]);
  const first = groups[0];
  // the radius around Agua Caliente that holds every member's circle: El Florido 12.8 px away + its 6 px
  assert.ok(Math.abs(first.r - (Math.hypot(10, 8) + 6)) < 1e-9, String(first.r));
});

test("segmentHitsBox: through the inside, not along an edge or past a corner", () => {
  const box = [10, 10, 20, 20];
  assert.equal(Pl.segmentHitsBox(0, 15, 30, 15, box), true);   // straight through
  assert.equal(Pl.segmentHitsBox(0, 0, 30, 30, box), true);    // the diagonal
  assert.equal(Pl.segmentHitsBox(0, 15, 9, 15, box), false);   // stops short
  assert.equal(Pl.segmentHitsBox(0, 10, 30, 10, box), false);  // along the top edge
  assert.equal(Pl.segmentHitsBox(0, 19, 19, 0, box), false);   // x + y = 19 passes outside the corner (10, 10)
  assert.equal(Pl.segmentHitsBox(0, 21, 21, 0, box), true);    // x + y = 21 cuts the corner
  assert.equal(Pl.segmentHitsBox(15, 15, 15, 16, box), true);  // wholly inside
});

test("leaderLine: from the circle's edge to the box's nearest point, none when the box touches the circle", () => {
  assert.deepEqual(Pl.leaderLine(100, 100, 10, [150, 95, 200, 105]), [111, 100, 150, 100]);
  assert.equal(Pl.leaderLine(100, 100, 10, [111, 95, 150, 105]), null);  // 11 px away: joined without a line
});

test("the leader bound grows with the map: 32 px in a 680x210 embed map, about 38 on a phone, 64 on a desktop", () => {
  assert.equal(Pl.leaderBound(680, 210), 32);   // sqrt(680 * 210) = 378: 8% is 30, the floor is 32
  assert.equal(Pl.leaderBound(390, 580), 38);   // sqrt(390 * 580) = 476: 8% is 38
  assert.equal(Pl.leaderBound(1280, 550), 64);  // 8% of 839 is 67: the ceiling is 64
});

test("leader spots: 16 directions at each gap up to the bound, nearest first, none beyond it", () => {
  const spots = Pl.leaderSpots(200, 200, 10, 40, 16, 42);
  assert.equal(spots.length, 16 * 3);          // gaps 20, 30 and 42
  spots.forEach((b, k) => {
    const want = [20, 30, 42][Math.floor(k / 16)];
    assert.ok(gap(200, 200, 10, b) <= want + 1e-9, `${k}: ${b} ${gap(200, 200, 10, b)}`);
    assert.ok(gap(200, 200, 10, b) >= want * Math.cos(Math.PI / 8) - 8, `${k}: ${b}`);
  });
  assert.deepEqual(spots[0], [230, 192, 270, 208]);   // straight right at 20 px: left edge at 200 + 30, centred
  assert.deepEqual(spots[4], [180, 230, 220, 246]);   // straight down: top edge at 200 + 30, centred
  assert.equal(Pl.leaderSpots(200, 200, 10, 40, 16, 64, 8).length, 8 * 5);
});

test("segmentsCross: crossing, touching and collinear overlap meet; parallel and apart do not", () => {
  assert.equal(Pl.segmentsCross(0, 0, 10, 10, 0, 10, 10, 0), true);     // an X
  assert.equal(Pl.segmentsCross(0, 0, 10, 0, 5, 0, 5, 10), true);       // a T: touching
  assert.equal(Pl.segmentsCross(0, 0, 10, 0, 5, 0, 20, 0), true);       // collinear, overlapping
  assert.equal(Pl.segmentsCross(0, 0, 10, 0, 11, 0, 20, 0), false);     // collinear, apart
  assert.equal(Pl.segmentsCross(0, 0, 10, 0, 0, 1, 10, 1), false);      // parallel
  assert.equal(Pl.segmentsCross(0, 0, 10, 10, 6, 5, 20, 5), false);     // would cross if the first went on
});

test("placer: a leader line crosses no name, no other leader line and no leg; names placed after keep off it", () => {
  const grid = new Pl.Occupancy(400, 400);
  grid.segment(300, 0, 300, 400, 1);   // a vertical hairline leg at x = 300
  grid.finish();
  const place = Pl.placer(400, 400, [], grid);
  assert.ok(place.take([[150, 90, 250, 110]]));                              // a name right of the circle at (100, 100)
  const behind = [[200, 120, 260, 136]], below = [[100, 200, 160, 216]];
  assert.equal(place.take(behind.slice(), { leader: [100, 100, 10] }).join(), behind[0].join());  // clear: taken
  assert.deepEqual(place.lines[0].map(Math.round), [111, 102, 200, 120]);  // from the edge towards (200, 120)
  // a second circle at (140, 160): a line straight up to a box above the first line would cross it
  assert.equal(place.take([[120, 40, 160, 56]], { leader: [140, 160, 6] }), null);
  assert.deepEqual(place.take([[120, 40, 160, 56], below[0]], { leader: [140, 160, 6] }), below[0]);
  // past the leg: the line from (250, 300) to a box at x >= 320 crosses it
  assert.equal(place.take([[320, 292, 380, 308]], { leader: [250, 300, 6] }), null);
  assert.deepEqual(place.take([[320, 292, 380, 308], [180, 292, 230, 308]], { leader: [250, 300, 6] }), [180, 292, 230, 308]);
  assert.equal(place.take([[120, 110, 160, 126]]), null);                     // on the first line drawn
});

test("two stops 5 px apart: one label names both, next to them", () => {
  const grid = new Pl.Occupancy(300, 200).finish();
  const items = [{ text: "Tapachula, 18 Oct", x: 150, y: 100, r: 6, first: 2 },
                 { text: "Ciudad Hidalgo, 21 Oct", x: 153, y: 104, r: 4, first: 5 }];
  const shown = Pl.placeStops(items, Pl.placer(300, 200, [], grid), Object.assign({ bound: 32 }, OPTS));
  assert.equal(shown.length, 1);
  assert.equal(shown[0].text, "Tapachula, 18 Oct \u00b7 Ciudad Hidalgo, 21 Oct");  // in the order of the route
  assert.equal(shown[0].leader, null);
  assert.ok(gap(150, 100, 6, shown[0].box) <= 12, shown[0].box);
});

test("two stops 5 px apart with room for neither side by side nor a shared line: stacked, or each near its own", () => {
  const grid = new Pl.Occupancy(200, 120).finish();
  const items = [{ text: "Agua Caliente, 15 Oct", x: 100, y: 60, r: 6, first: 1 },
                 { text: "Esquipulas, 15\u201316 Oct", x: 104, y: 63, r: 4, first: 2 }];
  const shown = Pl.placeStops(items, Pl.placer(200, 120, [], grid), Object.assign({ bound: 32 }, OPTS));
  // 40 characters on one line (280 px) do not fit a 200 px view: the names are stacked, one a line
  assert.equal(shown.length, 1);
  assert.equal(shown[0].stacked, true);
  assert.ok(shown[0].box[3] - shown[0].box[1] === 32 && gap(100, 60, 10, shown[0].box) <= 32, shown[0].box);
});

test("a stop hemmed in by a route: a leader line that crosses no leg, else no name", () => {
  // a stop at (100, 100) between two legs 14 px above and below it, running the width of the view
  const grid = new Pl.Occupancy(400, 200);
  grid.segment(0, 86, 400, 86, 3); grid.segment(0, 114, 400, 114, 3);
  grid.circle(100, 100, 5);
  grid.finish();
  const place = Pl.placer(400, 200, [], grid);
  const shown = Pl.placeStops([{ text: "Huixtla, 22 Oct", x: 100, y: 100, r: 5, first: 1 }], place, Object.assign({ bound: 40 }, OPTS));
  // the corridor between the legs holds the name beside the circle (16 px high in 28 - 2 x 2.5 = 23 px of room)
  assert.equal(shown.length, 1);
  assert.ok(shown[0].box[1] >= 88 && shown[0].box[3] <= 112, shown[0].box);
  // now the corridor is closed on both sides (legs across it 12 px left and right): nowhere within 40 px is clear
  const shut = new Pl.Occupancy(400, 200);
  shut.segment(0, 86, 400, 86, 3); shut.segment(0, 114, 400, 114, 3);
  shut.segment(88, 0, 88, 200, 3); shut.segment(112, 0, 112, 200, 3);
  shut.circle(100, 100, 5);
  shut.finish();
  const none = Pl.placeStops([{ text: "Huixtla, 22 Oct", x: 100, y: 100, r: 5, first: 1 }], Pl.placer(400, 200, [], shut),
                             Object.assign({ bound: 40 }, OPTS));
  assert.deepEqual(none, []);  // unnamed at this zoom rather than a line across the route
});

test("a label that would need more than the bound is left off, not placed far away", () => {
  // the view is drawn over except a clear strip 100 px right of the stop (at x >= 200)
  const grid = new Pl.Occupancy(400, 200);
  grid.rect(0, 0, 198, 200);
  grid.finish();
  const item = { text: "San Pedro Sula, 12\u201313 Oct", x: 100, y: 100, r: 8, first: 1 };
  assert.deepEqual(Pl.placeStops([item], Pl.placer(400, 200, [], grid), Object.assign({ bound: 64 }, OPTS)), []);
  // drawn up to 40 px right of the stop but for a 3 px corridor at its height: named past it, at the end
  // of a leader line along the corridor, within the bound
  const near = new Pl.Occupancy(400, 200);
  near.rect(0, 0, 140, 97); near.rect(0, 103, 140, 200);
  near.finish();
  const shown = Pl.placeStops([item], Pl.placer(400, 200, [], near), Object.assign({ bound: 64 }, OPTS));
  assert.equal(shown.length, 1);
  assert.ok(shown[0].leader && gap(100, 100, 8, shown[0].box) <= 64, JSON.stringify(shown[0]));
  assert.deepEqual(shown[0].box.slice(0, 2), [150, 92]);  // the first spot past the drawing: 42 px out, centred
});

test("on a narrow map a long shared label is stacked rather than run across the map", () => {
  const grid = new Pl.Occupancy(500, 300).finish();
  const items = [{ text: "Villa Comaltitl\u00e1n, 26 Dec 2023", x: 60, y: 150, r: 10, first: 2 },
                 { text: "Huixtla, 26 Dec 2023", x: 66, y: 154, r: 8, first: 2 }];
  const wide = Pl.placeStops(items, Pl.placer(500, 300, [], grid), Object.assign({ bound: 40 }, OPTS));
  assert.equal(wide[0].stacked, false);  // one line (53 characters, 377 px) fits right of the circles: taken first
  const narrow = Pl.placeStops(items, Pl.placer(500, 300, [], grid), Object.assign({ bound: 40, narrow: 234 }, OPTS));
  assert.equal(narrow[0].stacked, true);  // wider than 234 px: the 377 px line waits behind the 216 px stack
  assert.equal(narrow[0].box[2] - narrow[0].box[0], 7 * 30 + 6);
});

test("stopPlacer: a group of stops a step, the same names in the same places as placeStops", () => {
  // four stops: two 3 px apart (one group), two more far apart, and a leg the names must keep off
  const items = [{ text: "Tapachula, 18 Oct", x: 150, y: 100, r: 6, first: 2 },
                 { text: "Ciudad Hidalgo, 21 Oct", x: 153, y: 102, r: 4, first: 5 },
                 { text: "Huixtla, 22 Oct", x: 60, y: 40, r: 8, first: 6 },
                 { text: "Arriaga, 29 Oct", x: 250, y: 160, r: 5, first: 9 }];
  function grid() { const g = new Pl.Occupancy(300, 200); g.segment(0, 120, 300, 60, 6); return g.finish(); }
  const whole = Pl.placeStops(items, Pl.placer(300, 200, [], grid()), Object.assign({ bound: 40 }, OPTS));
  const job = Pl.stopPlacer(items, Pl.placer(300, 200, [], grid()), Object.assign({ bound: 40 }, OPTS));
  let steps = 1;
  while (!job.step(() => false)) { steps++; }
  assert.equal(steps, 3);  // three groups: the pair, then each of the other two
  assert.equal(whole.length, 3);
  assert.deepEqual(job.shown, whole);
  assert.equal(job.step(() => false), true);  // done stays done, nothing placed twice
  assert.equal(job.shown.length, 3);
});

test("eachSpotAround and eachLeaderSpot give the spots' boxes one at a time, in their order, and stop when told", () => {
  // a circle of radius 5 at (100, 80), a 40 x 16 label: the first spot is 3 px right of the circle, centred
  const seen = [];
  const stopped = Pl.eachSpotAround(100, 80, 5, 40, 16, (x0, y0, x1, y1) => { seen.push([x0, y0, x1, y1]); return false; });
  assert.equal(stopped, false);
  assert.deepEqual(seen[0], [108, 72, 148, 88]);
  assert.deepEqual(seen[1], [52, 72, 92, 88]);  // 3 px left of it
  assert.deepEqual(seen, Pl.spotsAround(100, 80, 5, 40, 16));
  assert.equal(seen.length, 24);
  let calls = 0;
  assert.equal(Pl.eachSpotAround(100, 80, 5, 40, 16, () => ++calls === 3), true);
  assert.equal(calls, 3);  // the third box was taken: no more asked for
  const lead = [];
  assert.equal(Pl.eachLeaderSpot(100, 80, 5, 40, 16, 30, 8, (...b) => { lead.push(b); return false; }), false);
  assert.equal(lead.length, 16);  // 8 directions at 20 and 30 px
  assert.deepEqual(lead[0], [125, 72, 165, 88]);  // to the right, 20 px from the edge
  assert.deepEqual(lead, Pl.leaderSpots(100, 80, 5, 40, 16, 30, 8));
  assert.deepEqual(Pl.leaderSpots(100, 80, 5, 40, 16, 64, 16).length, 80);
});

test("placer.freeAt answers as free() does for the same box, given as numbers", () => {
  const grid = new Pl.Occupancy(200, 100);
  grid.circle(50, 50, 10);
  grid.finish();
  const place = Pl.placer(200, 100, [[150, 0, 200, 30]], grid);
  place.block([100, 60, 120, 80]);
  const boxes = [[10, 10, 30, 20], [45, 45, 55, 55], [155, 5, 170, 15], [105, 65, 110, 70], [190, 90, 210, 95], [130, 40, 140, 50]];
  const want = [true, false, false, false, false, true];  // free; on the circle; on the panel; on a name; out of view; free
  assert.deepEqual(boxes.map((b) => place.freeAt(b[0], b[1], b[2], b[3])), want);
  assert.deepEqual(boxes.map((b) => place.free(b)), want);
});

test("a wide leg covers the same cells as the squares along it, one square a sample (row runs, any direction)", () => {
  // the rule written out here: squares 2 * (w / 2 + 1) a side on samples at most 3 px apart along the part in view
  function reference(W, H, x1, y1, x2, y2, w) {
    const grid = new Pl.Occupancy(W, H), pad = w / 2 + 1, dx = x2 - x1, dy = y2 - y1;
    let t0 = 0, t1 = 1;
    for (const [p, q] of [[-dx, x1 + pad], [dx, W + pad - x1], [-dy, y1 + pad], [dy, H + pad - y1]]) {
      if (p === 0) { if (q < 0) { return grid.grid; } continue; }
      const u = q / p;
      if (p < 0) { if (u > t1) { return grid.grid; } t0 = Math.max(t0, u); } else { if (u < t0) { return grid.grid; } t1 = Math.min(t1, u); }
    }
    const ax = x1 + t0 * dx, ay = y1 + t0 * dy, len = (t1 - t0) * Math.sqrt(dx * dx + dy * dy);
    const steps = Math.max(1, Math.ceil(len / 3)), sx = (t1 - t0) * dx / steps, sy = (t1 - t0) * dy / steps;
    for (let i = 0; i <= steps; i++) { grid.rect(ax + i * sx - pad, ay + i * sy - pad, ax + i * sx + pad, ay + i * sy + pad); }
    return grid.grid;
  }
  let seed = 11;
  const rnd = () => { seed = (seed * 16807) % 2147483647; return seed / 2147483647; };
  const cases = [[-50, 50, 150, 50, 8], [50, -20, 50, 130, 16], [90, 90, 10, 5, 5.5], [5, 95, 95, 5, 9.1], [-40, 30, 30, -40, 12], [10, 10, 11, 12, 7]];
  for (let k = 0; k < 300; k++) {
    cases.push([rnd() * 160 - 30, rnd() * 130 - 30, rnd() * 160 - 30, rnd() * 130 - 30, 4.2 + rnd() * 14]);
  }
  for (const [x1, y1, x2, y2, w] of cases) {
    const grid = new Pl.Occupancy(100, 70);
    grid.segment(x1, y1, x2, y2, w);
    assert.deepEqual(Array.from(grid.grid), Array.from(reference(100, 70, x1, y1, x2, y2, w)), `leg ${[x1, y1, x2, y2, w]}`);
  }
});

test("a name placed on one line beside its stop measures that line only; its other ways when they are tried", () => {
  const measured = [];
  const opts = Object.assign({}, OPTS, { bound: 40, narrow: 300, width: (t) => { measured.push(t); return 7 * t.length; } });
  const item = { text: "Pijijiapan, 12 Oct", wraps: [["Pijijiapan,", "12 Oct"]], x: 100, y: 100, r: 6, first: 1 };
  const open = Pl.placeStops([item], Pl.placer(400, 200, [], new Pl.Occupancy(400, 200).finish()), opts);
  assert.equal(open.length, 1);
  assert.equal(open[0].lines, null);  // one line, right of the circle
  assert.deepEqual(measured, ["Pijijiapan, 12 Oct"]);
  // the same stop between panels above and below (36 px apart) and one from x = 200 on its right: its one line
  // (132 px) has no room beside it; the two lines (83 x 32 px) fit on its right and are measured only then
  measured.length = 0;
  const hemmed = Pl.placer(400, 200, [[0, 0, 400, 82], [0, 118, 400, 200], [200, 82, 400, 118]], new Pl.Occupancy(400, 200).finish());
  const tall = Pl.placeStops([item], hemmed, opts);
  assert.equal(tall.length, 1);
  assert.deepEqual(tall[0].lines, [["Pijijiapan,", "12 Oct"]]);
  assert.deepEqual(measured.sort(), ["12 Oct", "Pijijiapan,", "Pijijiapan, 12 Oct"]);
});
