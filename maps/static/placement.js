/* routemapper/placement.js: where a stop's name goes (pure logic: boxes, cells and lines in view pixels).
 *
 * The rule a reader needs: a name sits next to the stop it names.  A name with no room beside its circle
 * may sit a little further out, joined to the circle by a thin leader line, but never further than
 * ``leaderBound`` (a bound in pixels that grows with the map's size), and the leader line crosses no
 * leg of a route, no circle or symbol, no other name and no other leader line.  A stop with no such room
 * at this zoom is left unnamed (its circle still opens its reports; zooming in names it): the names of
 * the most important stops are placed first (labels.js orders them), so the view is thinned by priority.
 *
 * Boxes are [x0, y0, x1, y1]; lines are [x1, y1, x2, y2].
 */
(function (global, factory) {
  "use strict";
  var rm = global.routemapper = global.routemapper || {};
  rm.placement = factory();
  if (typeof module === "object" && module.exports) { module.exports = rm.placement; }
})(typeof window !== "undefined" ? window : globalThis, function () {
  "use strict";

  /* Occupancy cells, in CSS pixels. */
  var CELL = 3;
  /* Leader lines: their longest length (pixels from the circle's edge to the name) on the smallest and the
     largest maps, and the gaps tried up to it. */
  var BOUND_MIN = 32, BOUND_MAX = 64, LEADER_GAPS = [20, 30, 42, 54, 64];
  /* Pixels a label adds to the width of its text (so also the narrowest a label can be). */
  var LABEL_PAD = 6;
  /* A stop's symbol (a crossing, a checkpoint...) is painted this far around its centre. */
  var SYMBOL_R = 8;
  /* Legs kept as lines for the exact crossing test (a view with more is judged on its cells alone). */
  var MAX_LEGS = 4000;

  /* How far (pixels from the circle's edge) a name may sit from its stop on a W x H map: 8% of the map's
     geometric mean side, between 32 and 64 (about 32 in a 680x480 embed, 38 on a phone, 64 on a desktop). */
  function leaderBound(W, H) {
    return Math.round(Math.max(BOUND_MIN, Math.min(BOUND_MAX, 0.08 * Math.sqrt(Math.max(0, W) * Math.max(0, H)))));
  }

  /* ---- what is drawn ---------------------------------------------------------------------------- */

  /* Which cells of a W x H view the canvas covers, marked from the shapes it draws (legs, circles,
     symbols: their geometry, not their pixels, so marking costs a fraction of drawing), then
     ``finish()`` makes a summed-area table: ``count(x0, y0, x1, y1)`` is how many covered cells a box
     touches, in constant time.  The legs are also kept as lines (up to MAX_LEGS), for ``lineClear``. */
  function Occupancy(W, H) {
    this.W = W; this.H = H;
    this.gw = Math.max(1, Math.ceil(W / CELL)); this.gh = Math.max(1, Math.ceil(H / CELL));
    this.grid = new Uint8Array(this.gw * this.gh);
    this.sat = null;
    this.legs = [];
    this.legsComplete = true;
  }
  /* Cover the cells of the box x0..x1, y0..y1 (clipped to the view). */
  Occupancy.prototype.rect = function (x0, y0, x1, y1) {
    var a = Math.max(0, Math.floor(x0 / CELL)), b = Math.max(0, Math.floor(y0 / CELL));
    var c = Math.min(this.gw - 1, Math.floor(x1 / CELL)), d = Math.min(this.gh - 1, Math.floor(y1 / CELL));
    for (var gy = b; gy <= d; gy++) { this.grid.fill(1, gy * this.gw + a, gy * this.gw + c + 1); }
  };
  /* A circle of radius r: the cells its disc touches (a row of cells at a time). */
  Occupancy.prototype.circle = function (x, y, r) {
    if (x + r < 0 || x - r > this.W || y + r < 0 || y - r > this.H) { return; }
    var b = Math.max(0, Math.floor((y - r) / CELL)), d = Math.min(this.gh - 1, Math.floor((y + r) / CELL));
    for (var gy = b; gy <= d; gy++) {
      var cy = Math.max(gy * CELL, Math.min(y, gy * CELL + CELL)), dy = cy - y;  /* nearest row edge to the centre */
      var half = Math.sqrt(Math.max(0, r * r - dy * dy));
      var a = Math.max(0, Math.floor((x - half) / CELL)), c = Math.min(this.gw - 1, Math.floor((x + half) / CELL));
      if (c >= a) { this.grid.fill(1, gy * this.gw + a, gy * this.gw + c + 1); }
    }
  };
  /* A leg from (x1, y1) to (x2, y2) drawn ``w`` pixels wide: the cells along it, clipped to the view. */
  Occupancy.prototype.segment = function (x1, y1, x2, y2, w) {
    var pad = w / 2 + 1, t0 = 0, t1 = 1, dx = x2 - x1, dy = y2 - y1;
    var edges = [[-dx, x1 + pad], [dx, this.W + pad - x1], [-dy, y1 + pad], [dy, this.H + pad - y1]];
    for (var k = 0; k < 4; k++) {  /* Liang-Barsky: the part of the leg inside the (padded) view */
      var p = edges[k][0], q = edges[k][1];
      if (p === 0) { if (q < 0) { return; } continue; }
      var u = q / p;
      if (p < 0) { if (u > t1) { return; } if (u > t0) { t0 = u; } } else { if (u < t0) { return; } if (u < t1) { t1 = u; } }
    }
    if (this.legs.length < MAX_LEGS) { this.legs.push([x1, y1, x2, y2]); } else { this.legsComplete = false; }
    var ax = x1 + t0 * dx, ay = y1 + t0 * dy, len = (t1 - t0) * Math.sqrt(dx * dx + dy * dy);
    var steps = Math.max(1, Math.ceil(len / CELL)), sx = (t1 - t0) * dx / steps, sy = (t1 - t0) * dy / steps;
    if (pad > CELL) { this._band(ax, ay, sx, sy, steps, pad); return; }
    for (var i = 0; i <= steps; i++) {
      var px = ax + i * sx, py = ay + i * sy;
      var gx = Math.floor(px / CELL), gy = Math.floor(py / CELL);
      if (gx >= 0 && gy >= 0 && gx < this.gw && gy < this.gh) { this.grid[gy * this.gw + gx] = 1; }
    }
  };
  /* A wide leg: the cells of the squares (2 pad a side) centred on its samples (ax + i sx, ay + i sy), i = 0..steps,
     as rect() covers each, a row of cells at a time.  The samples are at most a cell apart and their squares wider
     than two cells, so the squares that reach a row are consecutive samples, and their cells in that row one run
     from the first's to the last's: one fill a row, instead of one a row for every sample (a leg 300 px long and
     8 wide was 400 fills). */
  Occupancy.prototype._band = function (ax, ay, sx, sy, steps, pad) {
    var gw = this.gw, gh = this.gh, down = sy >= 0;
    function py(i) { return ay + (down ? i : steps - i) * sy; }  /* samples taken in the order of growing y */
    function px(i) { return ax + (down ? i : steps - i) * sx; }
    function top(i) { return Math.max(0, Math.floor((py(i) - pad) / CELL)); }         /* rect()'s first row */
    function bottom(i) { return Math.min(gh - 1, Math.floor((py(i) + pad) / CELL)); }  /* and last */
    var first = top(0), last = bottom(steps), lo = 0, hi = -1;
    for (var row = first; row <= last; row++) {
      while (lo <= steps && bottom(lo) < row) { lo++; }
      while (hi < steps && top(hi + 1) <= row) { hi++; }
      if (lo > hi) { continue; }
      var xa = px(lo), xb = px(hi);
      var a = Math.max(0, Math.floor((Math.min(xa, xb) - pad) / CELL)), c = Math.min(gw - 1, Math.floor((Math.max(xa, xb) + pad) / CELL));
      if (c >= a) { this.grid.fill(1, row * gw + a, row * gw + c + 1); }
    }
  };
  /* Is the cell holding (x, y) covered?  (Outside the view: no.) */
  Occupancy.prototype.at = function (x, y) {
    var gx = Math.floor(x / CELL), gy = Math.floor(y / CELL);
    return gx >= 0 && gy >= 0 && gx < this.gw && gy < this.gh && this.grid[gy * this.gw + gx] === 1;
  };
  /* Does the line cross nothing drawn: no leg (exactly, when the legs were kept) and no covered cell, leaving
     out the cells within ``skip`` pixels of (sx, sy) (the circle the line starts from, and its own cells)? */
  Occupancy.prototype.lineClear = function (line, sx, sy, skip) {
    /* the cells first: a few dozen lookups that turn most lines down in a crowded view, before the legs */
    var dx = line[2] - line[0], dy = line[3] - line[1], len = Math.sqrt(dx * dx + dy * dy);
    var steps = Math.max(1, Math.ceil(len));  /* one sample a pixel: no 3 px cell is stepped over */
    for (var i = 0; i <= steps; i++) {
      var x = line[0] + dx * i / steps, y = line[1] + dy * i / steps;
      if (Math.hypot(x - sx, y - sy) <= skip) { continue; }
      if (this.at(x, y)) { return false; }
    }
    for (var k = 0; k < this.legs.length; k++) {
      var g = this.legs[k];
      if (segmentsCross(line[0], line[1], line[2], line[3], g[0], g[1], g[2], g[3])) { return false; }
    }
    return true;
  };
  /* Done marking: build the summed-area table. */
  Occupancy.prototype.finish = function () {
    var gw = this.gw, gh = this.gh, grid = this.grid, sat = new Int32Array((gw + 1) * (gh + 1));
    for (var gy = 0; gy < gh; gy++) {
      var run = 0;
      for (var gx = 0; gx < gw; gx++) {
        run += grid[gy * gw + gx];
        sat[(gy + 1) * (gw + 1) + gx + 1] = sat[gy * (gw + 1) + gx + 1] + run;
      }
    }
    this.sat = sat;
    return this;
  };
  Occupancy.prototype.count = function (x0, y0, x1, y1) {
    var gw = this.gw, sat = this.sat;
    var a = Math.max(0, Math.floor(x0 / CELL)), b = Math.max(0, Math.floor(y0 / CELL));
    var c = Math.min(gw, Math.ceil(x1 / CELL)), d = Math.min(this.gh, Math.ceil(y1 / CELL));
    if (c <= a || d <= b) { return 0; }
    return sat[d * (gw + 1) + c] - sat[b * (gw + 1) + c] - sat[d * (gw + 1) + a] + sat[b * (gw + 1) + a];
  };

  /* ---- geometry ------------------------------------------------------------------------------------ */

  function overlaps(a, b) { return a[0] < b[2] && a[2] > b[0] && a[1] < b[3] && a[3] > b[1]; }

  /* Does the segment (x1, y1)-(x2, y2) pass through the inside of box [x0, y0, x1, y1]? (Liang-Barsky) */
  function segmentHitsBox(x1, y1, x2, y2, b) {
    var t0 = 0, t1 = 1, dx = x2 - x1, dy = y2 - y1;
    var p = [-dx, dx, -dy, dy], q = [x1 - b[0], b[2] - x1, y1 - b[1], b[3] - y1];
    for (var k = 0; k < 4; k++) {
      if (p[k] === 0) { if (q[k] <= 0) { return false; } continue; }
      var u = q[k] / p[k];
      if (p[k] < 0) { if (u > t1) { return false; } if (u > t0) { t0 = u; } } else { if (u < t0) { return false; } if (u < t1) { t1 = u; } }
    }
    return t1 - t0 > 1e-9;
  }

  /* Do segments a-b and c-d meet (touching and overlapping collinear segments count)? */
  function segmentsCross(ax, ay, bx, by, cx, cy, dx, dy) {
    function side(px, py, qx, qy, rx, ry) { var v = (qx - px) * (ry - py) - (qy - py) * (rx - px); return Math.abs(v) < 1e-9 ? 0 : v > 0 ? 1 : -1; }
    function within(px, py, qx, qy, rx, ry) {  /* r on the segment p-q, given the three are collinear */
      return Math.min(px, qx) - 1e-9 <= rx && rx <= Math.max(px, qx) + 1e-9 && Math.min(py, qy) - 1e-9 <= ry && ry <= Math.max(py, qy) + 1e-9;
    }
    var d1 = side(cx, cy, dx, dy, ax, ay), d2 = side(cx, cy, dx, dy, bx, by);
    var d3 = side(ax, ay, bx, by, cx, cy), d4 = side(ax, ay, bx, by, dx, dy);
    if (d1 * d2 < 0 && d3 * d4 < 0) { return true; }
    return (d1 === 0 && within(cx, cy, dx, dy, ax, ay)) || (d2 === 0 && within(cx, cy, dx, dy, bx, by)) ||
           (d3 === 0 && within(ax, ay, bx, by, cx, cy)) || (d4 === 0 && within(ax, ay, bx, by, dx, dy));
  }

  /* The leader line from the edge of a circle (radius r at cx, cy) to the nearest point of a label's box,
     [x1, y1, x2, y2], or null when the box touches the circle. */
  function leaderLine(cx, cy, r, b) {
    var tx = Math.max(b[0], Math.min(cx, b[2])), ty = Math.max(b[1], Math.min(cy, b[3]));
    var d = Math.hypot(tx - cx, ty - cy);
    if (d <= r + 2) { return null; }
    return [cx + (tx - cx) * (r + 1) / d, cy + (ty - cy) * (r + 1) / d, tx, ty];
  }

  /* How far a box lies from the edge of a circle (radius r at x, y): 0 when it touches it. */
  function gapTo(x, y, r, b) {
    return Math.max(0, Math.hypot(Math.max(b[0] - x, 0, x - b[2]), Math.max(b[1] - y, 0, y - b[3])) - r);
  }

  /* ---- where a name may go ------------------------------------------------------------------------ */

  /* Spots for a w x h label around a circle of radius r at (x, y), best first: right, left, above and
     below (centred, then flush with the circle's right or left side), the four diagonals; then the same
     further out. */
  function spotsAround(x, y, r, w, h) {
    var out = [];
    eachSpotAround(x, y, r, w, h, function (x0, y0, x1, y1) { out.push([x0, y0, x1, y1]); return false; });
    return out;
  }

  /* spotsAround's boxes, in the same order, given to ``fn(x0, y0, x1, y1)`` one at a time (no list is made)
     until it returns true; returns whether it did. */
  function eachSpotAround(x, y, r, w, h, fn) {
    for (var g = 0; g < AROUND_GAPS.length; g++) {
      var d = r + AROUND_GAPS[g], q = d * 0.72;
      var xs = [x + d, x - d - w, x - w / 2, x - w / 2, x - r, x + r - w, x - r, x + r - w, x + q, x - q - w, x + q, x - q - w];
      var ys = [y - h / 2, y - h / 2, y - d - h, y + d, y - d - h, y - d - h, y + d, y + d, y - q - h, y - q - h, y + q, y + q];
      for (var k = 0; k < 12; k++) { if (fn(xs[k], ys[k], xs[k] + w, ys[k] + h)) { return true; } }
    }
    return false;
  }
  var AROUND_GAPS = [3, 12];

  /* Spots for a label joined to its circle by a leader line: its near side (or corner) at each gap of
     LEADER_GAPS up to ``bound`` pixels from the circle's edge, nearest first, in ``directions`` directions
     (8 or 16) starting to the right. */
  function leaderSpots(x, y, r, w, h, bound, directions) {
    var out = [];
    eachLeaderSpot(x, y, r, w, h, bound, directions, function (x0, y0, x1, y1) { out.push([x0, y0, x1, y1]); return false; });
    return out;
  }

  /* The unit vectors of ``n`` directions starting to the right (cos, sin), worked out once per n. */
  var DIRECTIONS = {};
  function directionsOf(n) {
    if (!DIRECTIONS[n]) {
      var cos = new Float64Array(n), sin = new Float64Array(n);
      for (var k = 0; k < n; k++) { var a = k * 2 * Math.PI / n; cos[k] = Math.cos(a); sin[k] = Math.sin(a); }
      DIRECTIONS[n] = { cos: cos, sin: sin };
    }
    return DIRECTIONS[n];
  }

  /* leaderSpots' boxes, in the same order, given to ``fn(x0, y0, x1, y1)`` until it returns true; returns whether
     it did. */
  function eachLeaderSpot(x, y, r, w, h, bound, directions, fn) {
    var n = directions || 16, dirs = directionsOf(n);
    for (var g = 0; g < LEADER_GAPS.length; g++) {
      var gap = LEADER_GAPS[g];
      if (gap > bound) { continue; }
      for (var k = 0; k < n; k++) {
        var cx = dirs.cos[k], cy = dirs.sin[k], px = x + (r + gap) * cx, py = y + (r + gap) * cy;
        var x0 = cx > 0.3 ? px : cx < -0.3 ? px - w : px - w / 2, y0 = cy > 0.3 ? py : cy < -0.3 ? py - h : py - h / 2;
        if (fn(x0, y0, x0 + w, y0 + h)) { return true; }
      }
    }
    return false;
  }

  /* Stops (``{x, y, r, ...}``, most important first) gathered into labels: a stop within ``mergePx``
     of a label's first stop joins it (up to ``maxMembers``), so places a few pixels apart at this zoom
     ("Agua Caliente", "Esquipulas") are named together rather than one of them not at all.  Each
     group: {members, r: the radius around its first stop that holds every member's circle}. */
  function groupStops(items, mergePx, maxMembers) {
    var groups = [], cells = new Map();
    function cellKey(gx, gy) { return gx + "," + gy; }
    items.forEach(function (it) {
      var gx = Math.floor(it.x / mergePx), gy = Math.floor(it.y / mergePx), found = null;
      for (var dx = -1; dx <= 1 && !found; dx++) {
        for (var dy = -1; dy <= 1 && !found; dy++) {
          (cells.get(cellKey(gx + dx, gy + dy)) || []).forEach(function (g) {
            var a = g.members[0];
            if (!found && g.members.length < maxMembers && Math.hypot(it.x - a.x, it.y - a.y) <= mergePx) { found = g; }
          });
        }
      }
      if (found) {
        found.members.push(it);
        found.r = Math.max(found.r, Math.hypot(it.x - found.members[0].x, it.y - found.members[0].y) + it.r);
        return;
      }
      var g = { members: [it], r: it.r }, key = cellKey(gx, gy);
      groups.push(g);
      if (!cells.has(key)) { cells.set(key, []); }
      cells.get(key).push(g);
    });
    return groups;
  }

  /* A greedy placer over a W x H view: ``take(boxes, opts)`` keeps the first box that lies inside the
     view, off every blocked rectangle (panels, symbols), every box already taken and every leader line
     drawn, and (unless ``opts.overDrawing``) on no drawn cell of ``grid``.  With ``opts.leader`` ([x, y, r]
     of the circle) the box's leader line must cross no box taken, no other leader line, no blocked
     rectangle (but the one the line starts in: the stop's own symbol) and nothing drawn (``grid``'s
     ``lineClear``); later boxes keep off it.  With ``opts.near`` ([x, y, r]: a name beside its circle, drawn
     with no line) the same must hold of the gap between them: no route runs between a name and its stop.
     Returns the box, or null.  ``least(boxes)`` keeps the one over
     the fewest drawn cells (for an area's badge, which must be shown). */
  function placer(W, H, blocked, grid) {
    var taken = [], lines = [];
    /* Each test must pass; the cheapest (one lookup in the summed-area table), which turns most spots of a
       crowded view down, goes first. */
    function free(box, overDrawing) {
      if (box[0] < 2 || box[1] < 2 || box[2] > W - 2 || box[3] > H - 2) { return false; }
      if (!overDrawing && grid && grid.count(box[0], box[1], box[2], box[3]) !== 0) { return false; }
      for (var k = 0; k < taken.length; k++) { if (overlaps(box, taken[k])) { return false; } }
      for (k = 0; k < blocked.length; k++) { if (overlaps(box, blocked[k])) { return false; } }
      for (k = 0; k < lines.length; k++) { if (segmentHitsBox(lines[k][0], lines[k][1], lines[k][2], lines[k][3], box)) { return false; } }
      return true;
    }
    function clearLine(line, lead) {
      var k, x = lead[0], y = lead[1];
      for (k = 0; k < taken.length; k++) { if (segmentHitsBox(line[0], line[1], line[2], line[3], taken[k])) { return false; } }
      for (k = 0; k < lines.length; k++) {
        var o = lines[k];
        if (segmentsCross(line[0], line[1], line[2], line[3], o[0], o[1], o[2], o[3])) { return false; }
      }
      for (k = 0; k < blocked.length; k++) {
        var b = blocked[k];
        if (!(b[0] <= x && x <= b[2] && b[1] <= y && y <= b[3]) && segmentHitsBox(line[0], line[1], line[2], line[3], b)) { return false; }
      }
      return !grid || grid.lineClear(line, x, y, Math.max(lead[2], SYMBOL_R) + 2 * CELL);
    }
    var probe = [0, 0, 0, 0];
    return {
      taken: taken,
      lines: lines,
      /* Would ``box`` be free (of what take() checks before any line)? */
      free: function (box) { return free(box, false); },
      /* The same for the box x0..x1, y0..y1, given as numbers (no box is made: a crowded view asks thousands of times). */
      freeAt: function (x0, y0, x1, y1) { probe[0] = x0; probe[1] = y0; probe[2] = x1; probe[3] = y1; return free(probe, false); },
      take: function (boxes, opts) {
        var over = !!(opts && opts.overDrawing), lead = opts && (opts.leader || opts.near);
        for (var k = 0; k < boxes.length; k++) {
          if (!free(boxes[k], over)) { continue; }
          var line = lead ? leaderLine(lead[0], lead[1], lead[2], boxes[k]) : null;
          if (line && !clearLine(line, lead)) { continue; }
          taken.push(boxes[k]);
          if (line && opts.leader) { lines.push(line); }
          return boxes[k];
        }
        return null;
      },
      least: function (boxes) {
        var best = null, bestCount = Infinity;
        for (var k = 0; k < boxes.length; k++) {
          if (!free(boxes[k], true)) { continue; }
          var n = grid ? grid.count(boxes[k][0], boxes[k][1], boxes[k][2], boxes[k][3]) : 0;
          if (n < bestCount) { best = boxes[k]; bestCount = n; }
        }
        if (best) { taken.push(best); }
        return best;
      },
      block: function (box) { taken.push(box); }
    };
  }

  /* Names for stops, most important first.  ``items``: {x, y, r, text, first, ...} in view pixels.
     ``opts``: {width(text) -> pixels, height (of a line), sep (between names on one line), bound (leader
     lines' longest length), mergePx and maxGroup (stops that share a label), maxNames, narrow (a width
     in pixels: a label's ways no wider than it are tried first, in their order, then the wider, narrowest
     first), crowded (a view
     of many stops: leader lines in 8 directions at the nearest gaps only, to keep the pass cheap)}.
     A label names one stop, or a few stops a few pixels apart: on one line, else one name a line; next
     to the circle, else joined to it by a leader line within ``bound``; a shared label with no room is
     tried again as one label per stop.  A stop's ``wraps`` (lists of lines, e.g. [place, days]) are tried
     after its one line.  Returns the labels placed: {members (in the order of the route), text, texts (what each
     member's part of the label says: its own text, or only its ``place`` when the stops' days are said once), box,
     stacked, lines (for each stop named, its lines, when a wrap was chosen; else null), leader: [x, y, r]
     of the circle a line joins, or null}. */
  function placeStops(items, place, opts) {
    var job = stopPlacer(items, place, opts);
    job.step(function () { return true; });
    return job.shown;
  }

  /* placeStops a few stops at a time: ``step(more)`` places groups of stops while ``more()`` (at least one)
     and returns true once every group has had its turn; ``shown`` then holds what placeStops returns (the
     same names in the same places: the groups are tried in the same order on the same placer). */
  /* The one line of stops that share a label, when every one was reported on the same days: the days once,
     after the last name ("Calipan · Coxcatlán, 14 May", not "Calipan, 14 May · Coxcatlán, 14 May"); null
     otherwise.  A stop's ``place`` is the start of its ``text``; the rest (", 14 May") is its days. */
  function sameDays(members) {
    if (members.length < 2) { return null; }
    var days = null;
    for (var k = 0; k < members.length; k++) {
      var p = members[k].place, text = members[k].text;
      if (typeof p !== "string" || !p || text.indexOf(p) !== 0 || text.length === p.length) { return null; }
      if (days === null) { days = text.slice(p.length); } else if (text.slice(p.length) !== days) { return null; }
    }
    return members.map(function (m, k) { return k < members.length - 1 ? m.place : m.text; });
  }

  function stopPlacer(items, place, opts) {
    var shown = [], named = 0, height = opts.height, bound = opts.bound, groups = null, next = 0;
    var gaps = opts.crowded ? Math.min(bound, LEADER_GAPS[1]) : bound, directions = opts.crowded ? 8 : 16;
    /* No room at all around a stop, whatever its label says: each spot, as narrow (LABEL_PAD) and as low
       (one line) as a label can be, lies inside the same spot of any real label (spotsAround and
       leaderSpots anchor a box at the circle's side), and a box inside one that is not free is not free
       either; so where none of these is free no label fits, and its texts need not be measured (in a
       crowded view, most stops). */
    function hopeless(a, r) {
      var free = place.freeAt ? place.freeAt : function (x0, y0, x1, y1) { return place.free([x0, y0, x1, y1]); };
      return !eachSpotAround(a.x, a.y, r, LABEL_PAD, height, free) &&
        !eachLeaderSpot(a.x, a.y, r, LABEL_PAD, height, gaps, directions, free);
    }
    function widthOf(L1) {
      if (L1.w === undefined) { L1.w = L1.measure() + LABEL_PAD; }
      return L1.w;
    }
    function label(members, r) {
      var a = members[0];  /* placed around the most important stop, read in the order of the route */
      if (hopeless(a, r)) { return false; }
      members = members.slice().sort(function (p, q) { return p.first - q.first; });
      var texts = members.map(function (m) { return m.text; }), line = sameDays(members) || texts;
      /* a layout's width is measured when it is first tried (``widthOf``): a name placed on one line beside its
         stop, as most are, measures that line only */
      var widest = function (list) { return function () { return Math.max.apply(null, list.map(opts.width)); }; };
      var layouts = [{ measure: function () { return opts.width(line.join(opts.sep)); }, h: height, stacked: false, line: line }];
      if (members.length > 1) {
        layouts.push({ measure: widest(texts), h: height * members.length, stacked: true });
        /* stacked, each name over its days: narrower still */
        var parts = members.map(function (m) { return m.wraps && m.wraps.length ? m.wraps[0] : [m.text]; });
        var flat = [].concat.apply([], parts);
        if (flat.length > members.length) {
          layouts.push({ measure: widest(flat), h: height * flat.length, stacked: true, lines: parts });
        }
      } else {  /* one stop: its text on more lines, narrower */
        (a.wraps || []).forEach(function (lines) {
          layouts.push({ measure: widest(lines), h: height * lines.length, lines: [lines] });
        });
      }
      /* On a narrow map a name across most of it blocks the others: the narrower ways first.  Every other way
         is made of parts of the one line (its names, its place and days), so it is no wider than that line: when
         the line fits, the order stands and the others need no measuring yet. */
      if (opts.narrow && widthOf(layouts[0]) > opts.narrow) {
        layouts = layouts.filter(function (L1) { return widthOf(L1) <= opts.narrow; })
          .concat(layouts.filter(function (L1) { return widthOf(L1) > opts.narrow; }).sort(function (p, q) { return widthOf(p) - widthOf(q); }));
      }
      for (var pass = 0; pass < 2; pass++) {
        for (var k = 0; k < layouts.length; k++) {
          var L0 = layouts[k];
          var w = widthOf(L0), spots = pass ? leaderSpots(a.x, a.y, r, w, L0.h, gaps, directions) : spotsAround(a.x, a.y, r, w, L0.h);
          var box = place.take(spots, pass ? { leader: [a.x, a.y, r] } : { near: [a.x, a.y, r] });
          if (box) {
            named += members.length;
            var said = L0.line || texts;
            shown.push({ members: members, text: said.join(opts.sep), texts: said, box: box, stacked: !!L0.stacked, lines: L0.lines || null,
                         leader: pass && leaderLine(a.x, a.y, r, box) ? [a.x, a.y, r] : null });
            return true;
          }
        }
      }
      return false;
    }
    function tryGroup(g) {
      if (named >= opts.maxNames || label(g.members, g.r) || g.members.length < 2) { return; }
      g.members.forEach(function (m) { if (named < opts.maxNames) { label([m], m.r); } });  /* each on its own */
    }
    return {
      shown: shown,
      step: function (more) {
        if (!groups) { groups = groupStops(items, opts.mergePx, opts.maxGroup); }
        while (next < groups.length) {
          tryGroup(groups[next++]);
          if (!more()) { break; }
        }
        return next >= groups.length;
      }
    };
  }

  return {
    CELL: CELL, LEADER_GAPS: LEADER_GAPS, leaderBound: leaderBound, Occupancy: Occupancy, overlaps: overlaps,
    segmentHitsBox: segmentHitsBox, segmentsCross: segmentsCross, leaderLine: leaderLine, gapTo: gapTo,
    spotsAround: spotsAround, leaderSpots: leaderSpots, eachSpotAround: eachSpotAround, eachLeaderSpot: eachLeaderSpot, groupStops: groupStops, placer: placer, placeStops: placeStops,
    stopPlacer: stopPlacer, sameDays: sameDays
  };
});
