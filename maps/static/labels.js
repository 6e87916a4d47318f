/* routemapper/labels.js: names on the map, as text in the page (find-in-page, screen readers, translation).
 *
 * - Every stop (a place where a caravan's point-level reports fall) is named with its day or span of
 *   days: "Tapachula, 19–21 Oct".  Labels are placed greedily, most important first (each caravan's
 *   first and last stop, then the largest groups), at the first of a few spots around the circle that
 *   overlaps nothing drawn on the canvas (legs, circles, symbols), no other label,
 *   no panel and no symbol; a stop with no free spot at this zoom is left unnamed (zooming in names it).
 * - Country- and region-level reports are badges that say so ("somewhere in Guatemala, 15 Jan"),
 *   dashed in the caravan's colour: they do not read as the name of a country.  They come first, on
 *   free ground if there is some near the area's point, else where they cover the least drawing.
 * - Country names sit on the offline outlines, under the tiles (the tiles carry their own names).
 *
 * Labels and badges are buttons: Tab reaches the first, the arrow keys move between them (in the
 * order of the route), Enter opens the popup of the place's reports.
 */
(function (global, factory) {
  "use strict";
  var rm = global.routemapper = global.routemapper || {};
  if (typeof module === "object" && module.exports) { require("./format.js"); require("./decode.js"); require("./popups.js"); }
  rm.labels = factory(rm);
  if (typeof module === "object" && module.exports) { module.exports = rm.labels; }
})(typeof window !== "undefined" ? window : globalThis, function (rm) {
  "use strict";

  var F = rm.format, t = F.t;
  /* The label font: the same in CSS (.rm-label) and for measuring on the canvas. */
  var LABEL_FONT = "600 12px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
  var BADGE_FONT = "italic 11px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
  var COUNTRY_FONT = "500 11px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
  var LABEL_H = 16, BADGE_H = 18, COUNTRY_H = 14;
  /* At most this many names on the map at once, and this many stops tried per view (thinning at scale). */
  var MAX_LABELS = 150, MAX_TRIES = 600;
  /* Stops closer than this (pixels) share a label, at most this many to a label. */
  var MERGE_PX = 24, MAX_GROUP = 3;
  /* Leader lines this far (pixels from the circle's edge); the farther ones only for a view of at most
     FEW_STOPS stops (a route, where every name must be shown; a crowded view is thinned instead). */
  var LEADER_GAPS = [28, 48], FAR_GAPS = [76, 112, 152], FEW_STOPS = 40;
  /* Occupancy cells, in CSS pixels. */
  var CELL = 3;

  /* ---- stops: pure logic ---------------------------------------------------------------------- */

  /* The stops of these caravans: point-level reports grouped by position (across caravans: one label
     names a place once).  Each stop: {key, lat, lon, name (as Python names the point: the shortest name
     reported there, routes/names.py), members:
     [[caravan, report index]...], size (largest figure), endpoint (a caravan's first or last stop),
     first (day), order}.  Sorted by importance: endpoints, then the largest group, then most reports,
     then the earliest. */
  function stops(caravans) {
    var byKey = new Map(), out = [];
    caravans.forEach(function (c) {
      var r = c.reports, S = c.str, n = r.lat.length, i, key, s, first = null, last = null;
      for (i = 0; i < n; i++) {
        if (S[r.precision[i]] !== "point" || !F.known(r.lat[i])) { continue; }
        key = r.lat[i] + "," + r.lon[i];
        s = byKey.get(key);
        if (!s) {
          s = { key: key, lat: r.lat[i], lon: r.lon[i], name: null, members: [], size: 0, endpoint: false, first: Infinity };
          byKey.set(key, s);
          out.push(s);
        }
        if (s.name === null) { s.name = rm.decode.placeName(c, i) || S[r.resolved[i]]; }
        s.members.push([c, i]);
        if (F.known(r.high[i]) && r.high[i] > s.size) { s.size = r.high[i]; }
        if (F.known(r.day[i]) && r.day[i] < s.first) { s.first = r.day[i]; }
        if (F.known(r.day[i]) && (first === null || r.day[i] < r.day[first])) { first = i; }
        if (F.known(r.day[i]) && (last === null || r.day[i] >= r.day[last])) { last = i; }
      }
      [first, last].forEach(function (k) {
        if (k !== null) { byKey.get(r.lat[k] + "," + r.lon[k]).endpoint = true; }
      });
    });
    out.forEach(function (s, k) { s.order = k; });
    out.sort(function (a, b) {
      return (b.endpoint - a.endpoint) || (b.size - a.size) || (b.members.length - a.members.length) ||
        (a.first - b.first) || (a.order - b.order);
    });
    return out;
  }

  /* What a stop's label says by day ``day``: its name and the span of days of each visible caravan's
     reports there, or null when none is shown yet.  ``withYear`` when the map spans several years. */
  function stopText(stop, day, withYear) {
    var spans = [], byCaravan = new Map();
    stop.members.forEach(function (m) {
      var c = m[0], d = c.reports.day[m[1]];
      if (!c.visible || !F.known(d) || d > day) { return; }
      var span = byCaravan.get(c);
      if (!span) { span = [d, d]; byCaravan.set(c, span); spans.push(span); } else {
        span[0] = Math.min(span[0], d); span[1] = Math.max(span[1], d);
      }
    });
    if (!spans.length) { return null; }
    spans.sort(function (a, b) { return a[0] - b[0]; });
    var when = spans.map(function (s) { return F.shortSpan(Math.floor(s[0]), Math.floor(s[1]), withYear); });
    return t("page.label", { place: stop.name, when: when.join(t("page.label_spans_separator")) });
  }

  /* Do the reports of these caravans fall in more than one calendar year? */
  function spansYears(caravans) {
    var years = {};
    caravans.forEach(function (c) {
      c.reports.day.forEach(function (d) { if (F.known(d)) { years[new Date(d * F.DAY_MS).getUTCFullYear()] = true; } });
    });
    return Object.keys(years).length > 1;
  }

  /* ---- placement: pure logic ------------------------------------------------------------------ */

  /* Which cells of a W x H view the canvas covers, marked from the shapes it draws (legs, circles,
     symbols: their geometry, not their pixels, so marking costs a fraction of drawing), then
     ``finish()`` makes a summed-area table: ``count(x0, y0, x1, y1)`` is how many covered cells a box
     touches, in constant time. */
  function Occupancy(W, H) {
    this.W = W; this.H = H;
    this.gw = Math.max(1, Math.ceil(W / CELL)); this.gh = Math.max(1, Math.ceil(H / CELL));
    this.grid = new Uint8Array(this.gw * this.gh);
    this.sat = null;
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
    var ax = x1 + t0 * dx, ay = y1 + t0 * dy, len = (t1 - t0) * Math.sqrt(dx * dx + dy * dy);
    var steps = Math.max(1, Math.ceil(len / CELL)), sx = (t1 - t0) * dx / steps, sy = (t1 - t0) * dy / steps;
    for (var i = 0; i <= steps; i++) {
      var px = ax + i * sx, py = ay + i * sy;
      if (pad <= CELL) {
        var gx = Math.floor(px / CELL), gy = Math.floor(py / CELL);
        if (gx >= 0 && gy >= 0 && gx < this.gw && gy < this.gh) { this.grid[gy * this.gw + gx] = 1; }
      } else {
        this.rect(px - pad, py - pad, px + pad, py + pad);
      }
    }
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

  /* Spots for a w x h label around a circle of radius r at (x, y), best first: right, left, above and
     below (centred, then flush with the circle's right or left side), the four diagonals; then the same
     further out.  Boxes are [x0, y0, x1, y1]. */
  function spotsAround(x, y, r, w, h) {
    var out = [];
    [3, 12].forEach(function (gap) {
      var d = r + gap, q = d * 0.72;
      out.push([x + d, y - h / 2], [x - d - w, y - h / 2],
               [x - w / 2, y - d - h], [x - w / 2, y + d],
               [x - r, y - d - h], [x + r - w, y - d - h], [x - r, y + d], [x + r - w, y + d],
               [x + q, y - q - h], [x - q - w, y - q - h], [x + q, y + q], [x - q - w, y + q]);
    });
    return out.map(function (p) { return [p[0], p[1], p[0] + w, p[1] + h]; });
  }

  /* Spots further out, for a label joined to its circle by a leader line: the same directions at
     28 and 48 pixels from the circle's edge; with ``far``, also in 16 directions at 76, 112 and 152 pixels
     (the label's near side or corner towards the circle). */
  function leaderSpots(x, y, r, w, h, far) {
    var out = [];
    LEADER_GAPS.forEach(function (gap) {
      var d = r + gap, q = d * 0.72;
      out.push([x - w / 2, y - d - h], [x - w / 2, y + d], [x + d, y - h / 2], [x - d - w, y - h / 2],
               [x + q, y - q - h], [x - q - w, y - q - h], [x + q, y + q], [x - q - w, y + q]);
    });
    if (far) {
      FAR_GAPS.forEach(function (gap) {
        for (var k = 0; k < 16; k++) {
          var a = k * Math.PI / 8, cx = Math.cos(a), cy = Math.sin(a), px = x + (r + gap) * cx, py = y + (r + gap) * cy;
          out.push([cx > 0.3 ? px : cx < -0.3 ? px - w : px - w / 2, cy > 0.3 ? py : cy < -0.3 ? py - h : py - h / 2]);
        }
      });
    }
    return out.map(function (p) { return [p[0], p[1], p[0] + w, p[1] + h]; });
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

  /* The leader line from the edge of a circle (radius r at cx, cy) to the nearest point of a label's box,
     [x1, y1, x2, y2], or null when the box touches the circle. */
  function leaderLine(cx, cy, r, b) {
    var tx = Math.max(b[0], Math.min(cx, b[2])), ty = Math.max(b[1], Math.min(cy, b[3]));
    var d = Math.hypot(tx - cx, ty - cy);
    if (d <= r + 2) { return null; }
    return [cx + (tx - cx) * (r + 1) / d, cy + (ty - cy) * (r + 1) / d, tx, ty];
  }

  /* A greedy placer over a W x H view: ``take(boxes, opts)`` keeps the first box that lies inside the
     view, off every blocked rectangle (panels, symbols), every box already taken and every leader line
     drawn, and (unless ``opts.overDrawing``) on no drawn cell of ``grid``; with ``opts.leader`` ([x, y, r]
     of the circle) the box's leader line must cross no box taken (unless ``opts.mayCross``), and later boxes
     keep off it; returns it, or null.  ``least(boxes)``
     keeps the one over the fewest drawn cells (for a name that must be shown). */
  function placer(W, H, blocked, grid) {
    var taken = [], lines = [];
    function free(box, overDrawing) {
      if (box[0] < 2 || box[1] < 2 || box[2] > W - 2 || box[3] > H - 2) { return false; }
      for (var k = 0; k < blocked.length; k++) { if (overlaps(box, blocked[k])) { return false; } }
      for (k = 0; k < taken.length; k++) { if (overlaps(box, taken[k])) { return false; } }
      for (k = 0; k < lines.length; k++) { if (segmentHitsBox(lines[k][0], lines[k][1], lines[k][2], lines[k][3], box)) { return false; } }
      return overDrawing || !grid || grid.count(box[0], box[1], box[2], box[3]) === 0;
    }
    function clearLine(line) {
      if (!line) { return true; }
      for (var k = 0; k < taken.length; k++) { if (segmentHitsBox(line[0], line[1], line[2], line[3], taken[k])) { return false; } }
      return true;
    }
    return {
      taken: taken,
      lines: lines,
      take: function (boxes, opts) {
        var over = !!(opts && opts.overDrawing), lead = opts && opts.leader;
        for (var k = 0; k < boxes.length; k++) {
          if (!free(boxes[k], over)) { continue; }
          var line = lead ? leaderLine(lead[0], lead[1], lead[2], boxes[k]) : null;
          if (!(opts && opts.mayCross) && !clearLine(line)) { continue; }
          taken.push(boxes[k]);
          if (line) { lines.push(line); }
          return boxes[k];
        }
        return null;
      },
      /* The box of ``boxes`` over the fewest drawn cells (still inside the view, off panels and names). */
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

  /* ---- the layer -------------------------------------------------------------------------------- */

  var measureCtx = null, widths = new Map();
  /* The width of ``text`` in ``font`` (cached: a few hundred distinct texts at most per view). */
  function textWidth(text, font) {
    var key = font + "\u0000" + text, w = widths.get(key);
    if (w === undefined) {
      if (!measureCtx) { measureCtx = document.createElement("canvas").getContext("2d"); }
      measureCtx.font = font;
      w = Math.ceil(measureCtx.measureText(text).width);
      if (widths.size > 20000) { widths.clear(); }
      widths.set(key, w);
    }
    return w;
  }

  /* Rectangles (container pixels) of the controls inside the map: labels never go under them. */
  function panelRects(map) {
    var box = map.getContainer().getBoundingClientRect(), out = [];
    var nodes = map.getContainer().querySelectorAll(".leaflet-control");
    for (var k = 0; k < nodes.length; k++) {
      var r = nodes[k].getBoundingClientRect();
      if (r.width && r.height) { out.push([r.left - box.left - 2, r.top - box.top - 2, r.right - box.left + 2, r.bottom - box.top + 2]); }
    }
    return out;
  }

  function LabelLayer(st) {
    this.st = st;
    this.nodes = new Map();  /* key -> button, kept between redraws so focus survives a pan */
    this.countryNodes = new Map();
    this.badgeCount = 0;
    this.named = [];
  }

  /* Make the containers: stop labels above the canvas, country names in the outline pane. */
  LabelLayer.prototype.addTo = function (map) {
    var st = this.st, self = this;
    this.map = map;
    var pane = map.getPane("rm-labels") || map.createPane("rm-labels");
    this.box = F.el("div", "rm-labels leaflet-zoom-hide");
    this.box.setAttribute("role", "group");
    this.box.setAttribute("aria-label", t("page.stops_label"));
    pane.appendChild(this.box);
    L.DomEvent.disableClickPropagation(this.box);
    L.DomEvent.disableScrollPropagation(this.box);
    this.box.addEventListener("click", function (e) { self._open(e); });
    this.box.addEventListener("keydown", function (e) { self._key(e); });
    var outlines = st.countryPane ? map.getPane(st.countryPane) : null;
    if (outlines && st.countries && st.countries.length) {
      this.countryBox = F.el("div", "rm-countries leaflet-zoom-hide");
      this.countryBox.setAttribute("aria-hidden", "true");
      outlines.appendChild(this.countryBox);
    }
    this.stops = stops(st.caravans);
    this.withYear = spansYears(st.caravans);
    return this;
  };

  /* Place every name for the view just drawn (transform ``tr``, what was drawn marked in ``grid``, an
     Occupancy of the W x H view: see layers.js). */
  LabelLayer.prototype.update = function (grid, tr, W, H) {
    var st = this.st, map = this.map, self = this, started = F.now();
    L.DomUtil.setPosition(this.box, tr.topLeft);
    if (this.countryBox) { L.DomUtil.setPosition(this.countryBox, tr.topLeft); }
    grid.finish();
    var blocked = panelRects(map);
    st.caravans.forEach(function (c) {
      (c.markers || []).forEach(function (m) {  /* the symbols shown at this day (they may not be on the map yet) */
        if (!c.visible || m.day > st.day) { return; }
        var p = map.latLngToContainerPoint(m.layer.getLatLng());
        blocked.push([p.x - 11, p.y - 11, p.x + 11, p.y + 11]);
      });
    });
    var place = placer(W, H, blocked, grid), shown = [];
    function X(x) { return x * tr.k - tr.dx; }
    function Y(y) { return y * tr.k - tr.dy; }

    /* 1. area-level reports: a badge at the area's point (or near it), over the least drawing if need be */
    var seen = {};
    st.caravans.forEach(function (c) {
      if (!c.visible) { return; }
      var r = c.reports, S = c.str;
      for (var i = 0; i < r.lat.length; i++) {
        if (S[r.precision[i]] === "point" || r.day[i] > st.day || !F.known(r.lat[i])) { continue; }
        var x = X(c.px[i]), y = Y(c.py[i]), key = "area:" + c.id + ":" + S[r.place[i]];
        if (seen[key] || x < 0 || x > W || y < 0 || y > H) { continue; }
        seen[key] = true;
        var text = t("page.area_label", { place: S[r.place[i]], when: F.shortSpan(Math.floor(r.day[i]), Math.floor(r.day[i]), self.withYear) });
        var w = textWidth(text, BADGE_FONT) + 14, h = BADGE_H;
        var spots = [[x - w / 2, y - h / 2], [x - w / 2, y - h - 8], [x - w / 2, y + 8], [x + 8, y - h / 2],
                     [x - w - 8, y - h / 2], [x - w / 2, y - h - 28], [x - w / 2, y + 28], [x - w / 2, y - h - 48],
                     [x - w / 2, y + 48]];  /* an area's point is vague: its badge may sit a little off it */
        var boxes = spots.map(function (p) {  /* slid inside the view where the area's point is near an edge */
          var x0 = Math.max(3, Math.min(p[0], W - 3 - w)), y0 = Math.max(3, Math.min(p[1], H - 3 - h));
          return [x0, y0, x0 + w, y0 + h];
        });
        var box = place.take(boxes) || place.least(boxes);
        if (!box) { continue; }  /* no room at this zoom, even over the drawing: zooming in shows it */
        shown.push({ key: key, kind: "badge", text: text, box: box, c: c, i: i, first: r.day[i],
                     title: t("page.area_title", { precision: rm.popups.precisionName(S[r.precision[i]]), place: S[r.place[i]] }) });
      }
    });
    this.badgeCount = shown.length;

    /* 2. stops, most important first, until the view is full; stops a few pixels apart share one label */
    var tries = 0, named = 0, items = [];
    for (var k = 0; k < this.stops.length && tries < MAX_TRIES; k++) {
      var s = this.stops[k], m0 = s.members[0], c0 = m0[0];
      var x = X(c0.px[m0[1]]), y = Y(c0.py[m0[1]]);
      if (x < 0 || x > W || y < 0 || y > H) { continue; }
      var text = stopText(s, st.day, this.withYear);
      if (text === null) { continue; }
      tries++;
      var r = 4;
      s.members.forEach(function (m) {
        var rr = F.known(m[0].reports.rh[m[1]]) ? m[0].reports.rh[m[1]] : m[0].reports.r[m[1]];
        if (F.known(rr) && rr > r) { r = rr; }
      });
      items.push({ key: "stop:" + s.key, text: text, x: x, y: y, r: r, c: c0, i: m0[1], first: s.first });
    }
    var sep = t("page.label_spans_separator"), far = items.length <= FEW_STOPS;
    /* A label for these stops around a circle of radius r at the first one: on one line, else one name a
       line, next to the circle, else further out with a leader line. */
    function label(members, r) {
      var a = members[0];  /* placed around the most important stop, read in the order of the route */
      members = members.slice().sort(function (p, q) { return p.first - q.first; });
      var texts = members.map(function (m) { return m.text; });
      var layouts = [{ w: textWidth(texts.join(sep), LABEL_FONT) + 6, h: LABEL_H, stacked: false }];
      if (members.length > 1) {
        layouts.push({ w: Math.max.apply(null, texts.map(function (x) { return textWidth(x, LABEL_FONT); })) + 6,
                       h: LABEL_H * members.length, stacked: true });
      }
      /* next to the circle; on a view of few stops, further out (up to 152 px) with a leader line that
         crosses no name; then close by with a leader line that may */
      for (var pass = 0; pass < 3; pass++) {
        if (pass === 1 && !far) { continue; }  /* a crowded view: no search for a leader line that crosses nothing */
        for (var k = 0; k < layouts.length; k++) {
          var L0 = layouts[k], spots = pass ? leaderSpots(a.x, a.y, r, L0.w, L0.h, far && pass === 1) : spotsAround(a.x, a.y, r, L0.w, L0.h);
          var box = place.take(spots, pass ? { leader: [a.x, a.y, r], mayCross: pass === 2 } : null);
          if (box) {
            named += members.length;
            shown.push({ key: a.key, kind: "stop", parts: members, text: texts.join(sep), box: box, first: a.first,
                         stacked: L0.stacked, leader: pass ? [a.x, a.y, r] : null });
            return true;
          }
        }
      }
      return false;
    }
    groupStops(items, MERGE_PX, MAX_GROUP).forEach(function (g) {
      if (named >= MAX_LABELS || label(g.members, g.r) || g.members.length < 2) { return; }
      g.members.forEach(function (m) { if (named < MAX_LABELS) { label([m], m.r); } });  /* each on its own */
    });
    this._render(shown, W, H);

    /* 3. country names where there is room (they may lie under legs and circles, never under a name) */
    if (this.countryBox) { this._countries(place, W, H); }
    st.labelsDrawn = { stops: named, badges: this.badgeCount, tries: tries, ms: F.now() - started };
  };

  /* Put the placed names in the DOM, in the order of the route (reading order), reusing nodes: a badge
     is a button; a stop label is a line of buttons, one for each place it names.  Leader lines (SVG)
     join labels placed away from their circle. */
  LabelLayer.prototype._render = function (shown, W, H) {
    var nodes = this.nodes, box = this.box, active = document.activeElement, keep = new Set();
    var sep = t("page.label_spans_separator");
    shown.sort(function (a, b) { return (a.first - b.first) || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0); });
    shown.forEach(function (x) {
      var node = nodes.get(x.key), signature = x.kind + "\u0000" + x.text + (x.stacked ? "\u0000stacked" : "");
      if (node && node.rmSignature !== signature && !node.contains(active)) {
        if (node.parentNode) { box.removeChild(node); }
        node = null;
      }
      if (!node) {
        if (x.kind === "badge") {
          node = F.el("button", "rm-badge", x.text);
          node.type = "button";
          node.rmHit = { caravan: x.c, i: x.i };
        } else {
          node = F.el("span", x.stacked ? "rm-name rm-name-stacked" : "rm-name");
          x.parts.forEach(function (part, k) {
            if (k && !x.stacked) {
              var gap = F.el("span", "rm-sep", sep);
              gap.setAttribute("aria-hidden", "true");
              node.appendChild(gap);
            }
            var button = F.el("button", "rm-label", part.text);
            button.type = "button";
            button.rmHit = { caravan: part.c, i: part.i };
            node.appendChild(button);
          });
        }
        node.rmSignature = signature;
        nodes.set(x.key, node);
      }
      if (x.kind === "badge") {
        node.title = x.title;
        node.style.borderColor = x.c.color;
      }
      node.style.left = Math.round(x.box[0]) + "px";
      node.style.top = Math.round(x.box[1]) + "px";
      keep.add(x.key);
    });
    nodes.forEach(function (node, key) {
      if (!keep.has(key) && !node.contains(active)) { if (node.parentNode) { box.removeChild(node); } nodes.delete(key); }
    });
    var want = shown.map(function (x) { return nodes.get(x.key); });
    nodes.forEach(function (node, key) { if (!keep.has(key) && want.indexOf(node) < 0) { want.push(node); } });
    var current = Array.prototype.slice.call(box.children).filter(function (n) { return n !== this.leaders; }, this);
    var same = current.length === want.length && current.every(function (n, k) { return n === want[k]; });
    if (!same) {
      want.forEach(function (n) { box.appendChild(n); });
      if (active && box.contains(active)) { active.focus({ preventScroll: true }); }
    }
    this._leaders(shown, W, H);
    /* one tab stop for all names (roving tabindex): the focused one, else the first */
    var buttons = Array.prototype.slice.call(box.querySelectorAll("button"));
    var stop = buttons.indexOf(active) >= 0 ? active : buttons[0];
    buttons.forEach(function (n) { n.tabIndex = n === stop ? 0 : -1; });
    this.named = buttons;
  };

  /* Thin lines from a circle's edge to a label placed away from it. */
  LabelLayer.prototype._leaders = function (shown, W, H) {
    var NS = "http://www.w3.org/2000/svg";
    if (!this.leaders) {
      this.leaders = document.createElementNS(NS, "svg");
      this.leaders.setAttribute("class", "rm-leaders");
      this.leaders.setAttribute("aria-hidden", "true");
      this.box.insertBefore(this.leaders, this.box.firstChild);
    }
    var svg = this.leaders;
    svg.setAttribute("width", W); svg.setAttribute("height", H);
    while (svg.firstChild) { svg.removeChild(svg.firstChild); }
    shown.forEach(function (x) {
      var ends = x.leader ? leaderLine(x.leader[0], x.leader[1], x.leader[2], x.box) : null;
      if (!ends) { return; }
      var line = document.createElementNS(NS, "line");
      line.setAttribute("x1", ends[0]); line.setAttribute("y1", ends[1]);
      line.setAttribute("x2", ends[2]); line.setAttribute("y2", ends[3]);
      svg.appendChild(line);
    });
  };

  /* Country names: at the first of the country's spots (see maps/outlines.py) that is in view, wide enough
     for the name at this zoom (the name may run a little past the circle) and free of other names. */
  LabelLayer.prototype._countries = function (place, W, H) {
    var map = this.map, nodes = this.countryNodes, keep = new Set(), box = this.countryBox;
    var perDegree = 256 * Math.pow(2, map.getZoom()) / 360;
    this.st.countries.forEach(function (c) {
      var w = textWidth(c.name.toUpperCase(), COUNTRY_FONT) * 1.12 + 4, h = COUNTRY_H, spot = null;
      for (var k = 0; k < c.spots.length && !spot; k++) {
        var s = c.spots[k], p = map.latLngToContainerPoint([s[0], s[1]]);
        if (p.x < 0 || p.x > W || p.y < 0 || p.y > H || 2 * s[2] * perDegree < w * 0.8) { continue; }
        var boxes = [[p.x - w / 2, p.y - h / 2], [p.x - w / 2, p.y - h / 2 - 16], [p.x - w / 2, p.y - h / 2 + 16]]
          .map(function (q) { return [q[0], q[1], q[0] + w, q[1] + h]; });
        spot = place.take(boxes) || place.take(boxes.slice(0, 1), { overDrawing: true });
      }
      if (!spot) { return; }
      var node = nodes.get(c.name);
      if (!node) { node = F.el("span", "rm-country", c.name); nodes.set(c.name, node); box.appendChild(node); }
      node.style.left = Math.round(spot[0]) + "px";
      node.style.top = Math.round(spot[1]) + "px";
      keep.add(c.name);
    });
    nodes.forEach(function (node, key) { if (!keep.has(key)) { box.removeChild(node); nodes.delete(key); } });
  };

  /* A click (or Enter) on a name opens the popup of its reports; from the keyboard, focus goes into it
     and Escape brings it back to the name. */
  LabelLayer.prototype._open = function (e) {
    var node = e.target.closest ? e.target.closest("button") : null;
    if (!node || !node.rmHit) { return; }
    var popup = rm.popups.openPopupFor(this.st, node.rmHit);
    if (e.detail === 0 && popup) { rm.popups.focusPopup(popup, node); }
  };

  LabelLayer.prototype._key = function (e) {
    var list = this.named, k = list.indexOf(document.activeElement), next = null;
    if (k < 0) { return; }
    if (e.key === "ArrowRight" || e.key === "ArrowDown") { next = list[Math.min(list.length - 1, k + 1)]; }
    else if (e.key === "ArrowLeft" || e.key === "ArrowUp") { next = list[Math.max(0, k - 1)]; }
    else if (e.key === "Home") { next = list[0]; }
    else if (e.key === "End") { next = list[list.length - 1]; }
    if (!next) { return; }
    e.preventDefault();
    list.forEach(function (n) { n.tabIndex = n === next ? 0 : -1; });
    next.focus();
  };

  return {
    LABEL_FONT: LABEL_FONT, MAX_LABELS: MAX_LABELS, CELL: CELL, FEW_STOPS: FEW_STOPS, stops: stops, groupStops: groupStops,
    leaderSpots: leaderSpots, leaderLine: leaderLine, segmentHitsBox: segmentHitsBox, stopText: stopText, spansYears: spansYears,
    Occupancy: Occupancy, spotsAround: spotsAround, placer: placer, LabelLayer: LabelLayer
  };
});
