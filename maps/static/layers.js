/* routemapper/layers.js: one canvas layer draws every caravan: legs (width = group size), chevrons,
 * circles and symbols, from the column arrays; clicks are hit-tested against them.  After each
 * redraw the names are placed around what was drawn (labels.js).
 *
 * All caravans are drawn by ONE canvas layer that repaints on moveend/zoomend, so
 * 100,000 reports cost one canvas, not 100,000 Leaflet layers.
 */
(function (global, factory) {
  "use strict";
  var rm = global.routemapper = global.routemapper || {};
  if (typeof module === "object" && module.exports) {
    require("./format.js"); require("./decode.js"); require("./symbols.js"); require("./popups.js"); require("./density.js");
  }
  rm.layers = factory(rm, global);
  if (typeof module === "object" && module.exports) { module.exports = rm.layers; }
})(typeof window !== "undefined" ? window : globalThis, function (rm, global) {
  "use strict";

  var F = rm.format;

  /* A Path2D that is painted and restarted every BATCH shapes: one huge path rasterises slowly. */
  var BATCH = 256;
  /* More shapes than this on the map: draw plainly (see FlowLayer.redraw). */
  var DENSE = 5000;
  /* More shapes than this on the map: paint them as pixels (density.js), the path way would take seconds. */
  var PIXELS = 25000;
  /* Given a dash pattern, a batch's lines (``line``) are drawn as their dashes, and its circles (``circle``)
     listed a second time as theirs, straight segments (``dashes``) that ``paint`` strokes plainly: the canvas
     dashes a path of many shapes slowly (a line of its own quickly), and that was most of a 1,000-report map's
     raster time; a 3 px chord lies within 0.3 px of its arc on a circle of 4 px. */
  function Batch(paint, pattern) {
    this.paint = paint; this.pattern = pattern && pattern.length ? pattern : null;
    this.path = new Path2D(); this.dashes = this.pattern ? new Path2D() : null; this.n = 0;
  }
  Batch.prototype.add = function () { if (++this.n >= BATCH) { this.flush(); } return this.path; };
  Batch.prototype.flush = function () {
    if (this.n) { this.paint(this.path, this.dashes); this.path = new Path2D(); this.dashes = this.pattern ? new Path2D() : null; this.n = 0; }
  };
  Batch.prototype.circle = function (x, y, r) {
    var path = this.add();
    path.moveTo(x + r, y); path.arc(x, y, r, 0, 2 * Math.PI);
    if (this.pattern) { dashCircle(this.dashes, x, y, r, this.pattern); }
  };
  Batch.prototype.line = function (x1, y1, x2, y2) {
    var path = this.add();
    if (this.pattern) { dashLine(this.dashes, x1, y1, x2, y2, this.pattern); } else { path.moveTo(x1, y1); path.lineTo(x2, y2); }
  };
  /* The dashes ``pattern`` makes of the line from (x1, y1) to (x2, y2), as setLineDash draws a line of its own. */
  function dashLine(path, x1, y1, x2, y2, pattern) {
    var length = Math.sqrt((x2 - x1) * (x2 - x1) + (y2 - y1) * (y2 - y1)), ux = (x2 - x1) / length, uy = (y2 - y1) / length;
    var s = 0, k = 0, n = pattern.length, end;
    while (s < length) {
      end = Math.min(s + pattern[k % n], length);
      path.moveTo(x1 + ux * s, y1 + uy * s); path.lineTo(x1 + ux * end, y1 + uy * end);
      s += pattern[k % n] + pattern[(k + 1) % n]; k += 2;
    }
  }
  /* The dashes ``pattern`` (on, off, ...: as setLineDash takes it) makes of the circle (x, y, r) drawn from angle
     0 clockwise, as chords. */
  function dashCircle(path, x, y, r, pattern) {
    var length = 2 * Math.PI * r, s = 0, k = 0, n = pattern.length, end;
    while (s < length) {
      end = Math.min(s + pattern[k % n], length);
      path.moveTo(x + r * Math.cos(s / r), y + r * Math.sin(s / r));
      path.lineTo(x + r * Math.cos(end / r), y + r * Math.sin(end / r));
      s += pattern[k % n] + pattern[(k + 1) % n]; k += 2;
    }
  }

  /* Leaflet's EPSG:3857 at zoom 0 (a 256-pixel world), as map.project(latlng, 0) gives it. */
  var MAX_LAT = 85.0511287798, WORLD = 256;
  function spherical(lat, lon) {
    var s = Math.sin(Math.max(Math.min(lat, MAX_LAT), -MAX_LAT) * Math.PI / 180);
    return [WORLD * (lon / 360 + 0.5), WORLD * (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI))];
  }

  /* Marks nothing: for a map drawn without names. */
  var NULL_OCCUPANCY = { segment: function () {}, circle: function () {}, rect: function () {} };

  /* Which report circles radius: core (low figure), halo (high figure); unknown counts get a small ring. */
  var UNKNOWN_R = 4;
  /* The smallest circle a figure is drawn as: "dozens" on a map of 10,000 (blind-s23/08's Ciudad Acuña) was 1.5 px
     across the scale, a label with no dot beside it, and less than the ring of a report with no figure (UNKNOWN_R). */
  var MIN_RADIUS = 4;
  function shownRadius(r) { return F.known(r) && r > MIN_RADIUS ? r : MIN_RADIUS; }

  /* One canvas for every caravan: legs (width = group size), chevrons, circles, symbols. */
  var flowMethods = {
    initialize: function (st) { this._st = st; },
    onAdd: function (map) {
      this._canvas = L.DomUtil.create("canvas", "rm-flow leaflet-zoom-hide");
      this._canvas.setAttribute("aria-hidden", "true");
      map.getPanes().overlayPane.appendChild(this._canvas);
      map.on("moveend zoomend viewreset resize", this._schedule, this);
      map.on("click", this._click, this);
      map.on("mousemove", this._hover, this);
      this._project();
      this._st.t.projected = F.now();
      this.redraw();
    },
    onRemove: function (map) {
      L.DomUtil.remove(this._canvas);
      map.off("moveend zoomend viewreset resize", this._schedule, this);
      map.off("click", this._click, this);
      map.off("mousemove", this._hover, this);
    },
    /* Pixel coordinates at zoom 0, computed once; a redraw only scales and shifts them (Web Mercator worked
       out here on whole arrays, the same formula as Leaflet's; another CRS goes through map.project). */
    _project: function () {
      var map = this._map, mercator = map.options.crs === L.CRS.EPSG3857;
      this._projected = this._st.caravans.length;
      function proj(lat, lon) {
        if (mercator) { return spherical(lat, lon); }
        var p = map.project([lat, lon], 0); return [p.x, p.y];
      }
      this._st.caravans.forEach(function (c) {
        var r = c.reports, s = c.segments, n = r.lat.length, m = s.lat1.length, i, p;
        c.px = new Float64Array(n); c.py = new Float64Array(n);
        for (i = 0; i < n; i++) { p = proj(r.lat[i], r.lon[i]); c.px[i] = p[0]; c.py[i] = p[1]; }
        c.sx1 = new Float64Array(m); c.sy1 = new Float64Array(m); c.sx2 = new Float64Array(m); c.sy2 = new Float64Array(m);
        for (i = 0; i < m; i++) {
          p = proj(s.lat1[i], s.lon1[i]); c.sx1[i] = p[0]; c.sy1[i] = p[1];
          p = proj(s.lat2[i], s.lon2[i]); c.sx2[i] = p[0]; c.sy2[i] = p[1];
        }
      });
    },
    /* container pixel = zoom-0 pixel * scale - shift */
    _transform: function () {
      var map = this._map, scale = Math.pow(2, map.getZoom());
      var topLeft = map.containerPointToLayerPoint([0, 0]);
      var origin = map.getPixelOrigin();
      return { k: scale, dx: origin.x + topLeft.x, dy: origin.y + topLeft.y, topLeft: topLeft };
    },
    /* The map moved, zoomed or resized: redraw once in the next frame, however many events came (a fit
       fires moveend and zoomend; a crowded view costs a pass over every shape). */
    _schedule: function () {
      var self = this;
      if (this._wanted) { return; }
      this._wanted = true;
      L.Util.requestAnimFrame(function () { if (self._wanted) { self.redraw(); } });
    },
    redraw: function () {
      this._wanted = false;
      if (!this._map) { return; }
      var map = this._map, st = this._st, size = map.getSize(), ratio = global.devicePixelRatio || 1;
      var canvas = this._canvas, t = this._transform();
      L.DomUtil.setPosition(canvas, t.topLeft);
      canvas.width = size.x * ratio; canvas.height = size.y * ratio;
      canvas.style.width = size.x + "px"; canvas.style.height = size.y + "px";
      var ctx = canvas.getContext("2d");
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      var W = size.x, H = size.y, day = st.day, drawn = { reports: 0, segments: 0, symbols: 0 };
      function X(x) { return x * t.k - t.dx; }
      function Y(y) { return y * t.k - t.dy; }
      if (!st.caravans.length) {  /* a big map before its reports are decoded: Python's overview */
        if (st.overview) { this._paintOverview(ctx, t, W * ratio, H * ratio, ratio); }
        return;
      }
      if (this._projected !== st.caravans.length) { this._project(); }  /* caravans arrived since */
      /* Shapes of one style share a Path2D, filled/stroked once: 100,000 circles cost a few draw calls. */
      var chevrons = new Batch(function (path) {
        ctx.setLineDash([]); ctx.lineJoin = "miter"; ctx.globalAlpha = 1;
        ctx.lineWidth = 4; ctx.strokeStyle = "#fff"; ctx.stroke(path);
        ctx.lineWidth = 2; ctx.strokeStyle = "#222"; ctx.stroke(path);
      });
      /* Count what is on screen first.  Dense views (thousands of shapes) skip dashes and halo outlines
         and draw legs as hairlines: those cost most to rasterise and cannot be told apart at that density;
         zooming in brings them back, and the popups and the table still say vague/approximate. */
      var nLegs = 0, nReports = 0;
      st.caravans.forEach(function (c) {
        if (!c.visible) { return; }
        var s = c.segments, r = c.reports, j, x1, y1, x2, y2;
        for (j = 0; j < s.lat1.length; j++) {
          if (s.endDay[j] > day) { continue; }
          x1 = X(c.sx1[j]); y1 = Y(c.sy1[j]); x2 = X(c.sx2[j]); y2 = Y(c.sy2[j]);
          if (!(Math.max(x1, x2) < 0 || Math.min(x1, x2) > W || Math.max(y1, y2) < 0 || Math.min(y1, y2) > H)) { nLegs++; }
        }
        for (j = 0; j < r.lat.length; j++) {
          x1 = X(c.px[j]); y1 = Y(c.py[j]);
          if (r.day[j] <= day && x1 >= 0 && x1 <= W && y1 >= 0 && y1 <= H) { nReports++; }
        }
      });
      var dense = nReports + nLegs > DENSE;
      /* What is drawn, cell by cell, for placing the names next to it (labels.js) */
      var occ = !st.labels ? NULL_OCCUPANCY : new rm.placement.Occupancy(W, H);
      if (nReports + nLegs > PIXELS) {
        this._paintPixels(ctx, t, W, H, ratio, occ, drawn);
        this._finishDraw(occ, t, W, H, drawn);
        return;
      }
      function dash(pattern) { return dense ? [] : pattern; }
      var stride = Math.max(1, Math.ceil(nLegs / 2000));  /* at most ~2,000 chevrons: direction, not clutter */
      var chevronPath = [];
      st.caravans.forEach(function (c) {
        if (!c.visible) { return; }
        var s = c.segments, j, x1, y1, x2, y2, key, legs = {};
        for (j = 0; j < s.lat1.length; j++) {
          if (s.endDay[j] > day) { continue; }
          x1 = X(c.sx1[j]); y1 = Y(c.sy1[j]); x2 = X(c.sx2[j]); y2 = Y(c.sy2[j]);
          if (Math.max(x1, x2) < -20 || Math.min(x1, x2) > W + 20 || Math.max(y1, y2) < -20 || Math.min(y1, y2) > H + 20) { continue; }
          key = s.back[j] + "|" + s.approx[j] + "|" + (dense ? 1 : s.w[j]);
          if (!legs[key]) { legs[key] = legBatch(key); }
          legs[key].line(x1, y1, x2, y2);
          occ.segment(x1, y1, x2, y2, dense ? 1 : s.w[j]);
          if (j % stride === 0) { chevronPath.push([x1, y1, x2, y2, s.w[j]]); }
          drawn.segments++;
        }
        function legBatch(k) {
          var parts = k.split("|");
          return new Batch(function (path, dashes) {
            ctx.lineCap = "butt"; ctx.globalAlpha = dense ? 0.5 : 0.75;
            ctx.strokeStyle = parts[0] === "1" ? c.backColor : c.color;
            ctx.setLineDash([]);
            ctx.lineWidth = Number(parts[2]);
            ctx.stroke(dashes || path);
          }, parts[1] === "1" ? dash([8, 6]) : null);
        }
        Object.keys(legs).forEach(function (k) { legs[k].flush(); });
        ctx.globalAlpha = 1;
      });
      var apart = twoWay(chevronPath);  /* a leg there and back: its two chevrons each on their side of the middle */
      chevronPath.forEach(function (v, k) { chevron(chevrons, v[0], v[1], v[2], v[3], v[4], apart[k]); });
      chevrons.flush();
      st.caravans.forEach(function (c) {
        if (!c.visible) { return; }
        var r = c.reports, S = c.str, n = r.lat.length, i, x, y, rad, kind, qual, style;
        /* dense: symbols come back on zooming in; a caravan whose symbols are DOM markers has them painted here
           until its markers are made (the first view's, made after it: map.js), at the markers' size and place,
           and kept clear for them as its markers are (labels.js) */
        var symbols = !dense && !(c.markers && c.markers.length), asMarkers = !!c.markers, marks = [];
        function painter(fillAlpha, pattern, width, stroke, strokeAlpha) {
          return new Batch(function (path, dashes) {
            if (fillAlpha) { ctx.globalAlpha = fillAlpha; ctx.fillStyle = c.color; ctx.fill(path); }
            if (!strokeAlpha) { return; }
            ctx.globalAlpha = strokeAlpha; ctx.setLineDash([]); ctx.lineWidth = width; ctx.strokeStyle = stroke;
            ctx.stroke(dashes || path);
          }, strokeAlpha ? dash(pattern) : null);
        }
        var P = {
          halo: painter(0.15, [3, 3], 1, c.color, dense ? 0 : 0.7),           /* highest figure */
          haloVague: painter(0.15, [1.5, 3], 1.5, c.color, dense ? 0 : 0.8),  /* vague word: dotted */
          core: painter(0.7, [], 1, "#222", 1),                   /* lowest figure */
          coreVague: painter(0.7, [1.5, 3], 1.5, "#222", 1),
          unknown: painter(0.25, [], 1, "#222", 1),               /* no count reported */
          planned: painter(0, [3, 3], 2, c.color, 1)              /* planned: hollow, dashed */
        };
        /* Halos go under cores: the halo batches are painted whenever they fill, cores only after all halos. */
        var coreList = [];
        function circle(batch, radius) {
          if (batch === P.core || batch === P.coreVague || batch === P.unknown) { coreList.push([batch, x, y, radius]); return; }
          batch.circle(x, y, radius);
        }
        for (i = 0; i < n; i++) {
          if (r.day[i] > day) { continue; }
          x = X(c.px[i]); y = Y(c.py[i]);
          if (S[r.precision[i]] !== "point") { continue; }  /* an area, not a place: a badge (labels.js) */
          rad = F.known(r.rh[i]) ? shownRadius(r.rh[i]) : UNKNOWN_R;
          if (x < -rad || x > W + rad || y < -rad || y > H + rad) { continue; }
          kind = S[r.kind[i]]; qual = S[r.qual[i]];
          /* r/rh are the radii of what the place and day add up to (Python's merge): one circle a group */
          if (!rm.decode.leadsGroup(c, i)) { /* drawn by the group's first report */ }
          else if (kind === "planned") { circle(P.planned, F.known(r.rh[i]) ? shownRadius(r.rh[i]) : 6); }
          else if (!F.known(r.r[i])) { circle(P.unknown, UNKNOWN_R); }
          else {
            if (r.rh[i] > shownRadius(r.r[i]) + 0.5) { circle(qual === "vague" ? P.haloVague : P.halo, r.rh[i]); }
            circle(qual === "vague" ? P.coreVague : P.core, shownRadius(r.r[i]));
          }
          var painted = symbols && F.SYMBOL_KINDS.indexOf(kind) >= 0;
          if (painted) { marks.push([kind, x, y]); }
          occ.circle(x, y, painted && !asMarkers ? Math.max(rad, 8) : rad);
          drawn.reports++;
        }
        P.halo.flush(); P.haloVague.flush(); P.planned.flush();
        coreList.forEach(function (v) { v[0].circle(v[1], v[2], v[3]); });
        P.core.flush(); P.coreVague.flush(); P.unknown.flush();
        ctx.globalAlpha = 1;
        marks.forEach(function (m) {
          if (asMarkers) { rm.symbols.paintMarker(ctx, m[0], m[1], m[2], c.color); } else { rm.symbols.paintSymbol(ctx, m[0], m[1], m[2], c.color); }
          drawn.symbols++;
        });
      });
      ctx.setLineDash([]);
      drawn.dense = dense;
      if (st.labels) {
        chevronPath.forEach(function (v, k) {
          var tip = chevronTip(v[0], v[1], v[2], v[3], v[4], apart[k]);
          if (tip) { occ.circle(tip[0], tip[1], 9); }
        });
      }
      this._finishDraw(occ, t, W, H, drawn);
    },
    /* Names placed around what was drawn, and the counts tests and benchmarks read: the first view's names are
       part of it (``firstViewAt``: its routes, stops and names drawn); ``drawn`` waits for what comes after that
       view too (the outlines and symbol markers: map.js). */
    _finishDraw: function (occ, t, W, H, drawn) {
      var st = this._st;
      if (!st.firstDrawnAt) { st.firstDrawnAt = F.now(); }
      if (st.labels) {
        st.labels.update(occ, t, W, H);
        drawn.reports += st.labels.badgeCount;
      }
      if (!st.firstViewAt) { st.firstViewAt = F.now(); }
      if (st.later && st.later.pending()) { st.viewDrawn = drawn; } else { st.drawn = drawn; }
    },
    /* A crowded view as pixels (density.js): every visible leg and point-level report in view adds to the
       pixels it covers, in its caravan's colour.  No dashes, halos, symbols or chevrons: zooming in brings
       them back; the popups and the table say what the pixels cannot. */
    _paintPixels: function (ctx, t, W, H, ratio, occ, drawn) {
      var st = this._st, day = st.day, grid = new rm.density.Grid(Math.round(W * ratio), Math.round(H * ratio));
      var k = t.k * ratio, ox = t.dx * ratio, oy = t.dy * ratio, dot = Math.max(2, Math.round(3 * ratio));
      var colors = st.caravans.map(function (c) { return c.color; });
      st.caravans.forEach(function (c, ci) {
        if (!c.visible) { return; }
        var s = c.segments, r = c.reports, S = c.str, n = s.lat1.length, j;
        for (j = 0; j < n; j++) {
          if (s.endDay[j] > day) { continue; }
          if (grid.line(c.sx1[j] * k - ox, c.sy1[j] * k - oy, c.sx2[j] * k - ox, c.sy2[j] * k - oy, 1, ci + 1)) {
            drawn.segments++;
          }
        }
        n = r.lat.length;
        for (j = 0; j < n; j++) {
          if (r.day[j] > day || S[r.precision[j]] !== "point") { continue; }
          if (grid.dot(c.px[j] * k - ox, c.py[j] * k - oy, dot, 1, ci + 1)) { drawn.reports++; }
        }
      });
      grid.paint(ctx, colors);
      grid.occupy(occ, ratio);
      drawn.dense = true;
      drawn.pixels = true;
    },
    /* Python's overview of a big map (maps/overview.py), painted as pixels until the reports are decoded:
       cells weighted by their reports, flows between cells by their legs. */
    _paintOverview: function (ctx, t, PW, PH, ratio) {
      var st = this._st, o = st.overview, g = o.grid, cells = o.tables.cells, flows = o.tables.flows;
      var grid = new rm.density.Grid(PW, PH), k = t.k * ratio, ox = t.dx * ratio, oy = t.dy * ratio, i, id;
      var size = Math.max(1, g.cell * k), reports = 0;
      function cx(x) { return (g.x0 + (x + 0.5) * g.cell) * k - ox; }
      function cy(y) { return (g.y0 + (y + 0.5) * g.cell) * k - oy; }
      for (i = 0; i < flows.n.length; i++) {
        id = flows.caravan[i] === flows.caravan[i] ? flows.caravan[i] + 1 : -1;
        grid.line(cx(flows.x1[i]), cy(flows.y1[i]), cx(flows.x2[i]), cy(flows.y2[i]), flows.n[i], id);
      }
      for (i = 0; i < cells.n.length; i++) {
        id = cells.caravan[i] === cells.caravan[i] ? cells.caravan[i] + 1 : -1;
        if (grid.dot(cx(cells.x[i]), cy(cells.y[i]), size, cells.n[i], id)) { reports += cells.n[i]; }
      }
      grid.paint(ctx, o.colors);
      st.overviewDrawn = { cells: grid.nDots, flows: grid.nLegs, reports: reports, at: F.now() };
      if (!st.firstDrawnAt) { st.firstDrawnAt = F.now(); }
    },
    /* The report (or all reports at one place and day) or leg under a container point, or null. */
    hit: function (pt) {
      var st = this._st, t = this._transform(), best = null, bestD = Infinity;
      st.caravans.forEach(function (c) {
        if (!c.visible) { return; }
        var r = c.reports, S = c.str;
        for (var i = 0; i < r.lat.length; i++) {
          if (r.day[i] > st.day || S[r.precision[i]] !== "point") { continue; }
          var dx = c.px[i] * t.k - t.dx - pt.x, dy = c.py[i] * t.k - t.dy - pt.y, d = Math.sqrt(dx * dx + dy * dy);
          var reach = Math.max(F.known(r.rh[i]) ? r.rh[i] : UNKNOWN_R, 8);
          if (d <= reach && d < bestD) { best = { caravan: c, i: i }; bestD = d; }
        }
      });
      if (best) { return best; }
      st.caravans.forEach(function (c) {
        if (!c.visible) { return; }
        var s = c.segments;
        for (var j = 0; j < s.lat1.length; j++) {
          if (s.endDay[j] > st.day) { continue; }
          var d = distToSegment(pt, c.sx1[j] * t.k - t.dx, c.sy1[j] * t.k - t.dy, c.sx2[j] * t.k - t.dx, c.sy2[j] * t.k - t.dy);
          if (d <= s.w[j] / 2 + 4 && d < bestD) { best = { caravan: c, seg: j }; bestD = d; }
        }
      });
      return best;
    },
    _click: function (e) {
      var h = this.hit(e.containerPoint);
      if (!h) { return; }
      rm.popups.openPopupFor(this._st, h);
    },
    _hover: function (e) {
      var self = this;
      if (this._hoverPending || !this._st.drawn || this._st.drawn.pixels) { return; }  /* pixels: no hover test */
      this._hoverPending = true;
      L.Util.requestAnimFrame(function () {
        self._hoverPending = false;
        if (!self._map) { return; }
        self._map.getContainer().style.cursor = self.hit(e.containerPoint) ? "pointer" : "";
      });
    }
  };

  function distToSegment(p, x1, y1, x2, y2) {
    var dx = x2 - x1, dy = y2 - y1, len2 = dx * dx + dy * dy;
    var u = len2 ? Math.max(0, Math.min(1, ((p.x - x1) * dx + (p.y - y1) * dy) / len2)) : 0;
    var ex = x1 + u * dx - p.x, ey = y1 + u * dy - p.y;
    return Math.sqrt(ex * ex + ey * ey);
  }

  /* The arm length of a leg's chevron, from the leg's width. */
  function chevronArm(w) { return Math.max(5, Math.min(9, w * 0.6 + 4)); }

  /* Where a leg's chevron has its tip: 55% along the leg; on a leg also travelled the other way (``apart``) 70%
     along, and at least far enough past the middle that its arms end 6 px from it: with the chevron back the leg
     reads as a two-way arrow (the two 55% tips of a short leg met in a diamond, the legend's border-crossing
     sign, or a box).  Null when the leg has no room for one (under 24 px, or too short for two apart). */
  function chevronTip(x1, y1, x2, y2, w, apart) {
    var dx = x2 - x1, dy = y2 - y1, len = Math.sqrt(dx * dx + dy * dy);
    if (len < 24) { return null; }
    var past = apart ? Math.max(0.2 * len, chevronArm(w) + 6) : 0.05 * len;
    if (past + 2 > len / 2) { return null; }
    return [x1 + dx * (0.5 + past / len), y1 + dy * (0.5 + past / len)];
  }

  /* A chevron on a leg pointing the way the group travelled (added to ``path``), its tip at chevronTip. */
  function chevron(path, x1, y1, x2, y2, w, apart) {
    var tip = chevronTip(x1, y1, x2, y2, w, apart);
    if (!tip) { return; }
    path = path.add();
    var dx = x2 - x1, dy = y2 - y1, len = Math.sqrt(dx * dx + dy * dy);
    var ux = dx / len, uy = dy / len, s = chevronArm(w);
    var mx = tip[0], my = tip[1];
    path.moveTo(mx - ux * s - uy * s, my - uy * s + ux * s);
    path.lineTo(mx, my);
    path.lineTo(mx - ux * s + uy * s, my - uy * s - ux * s);
  }

  /* For each leg [x1, y1, x2, y2, ...] (screen pixels), whether a leg among them runs the other way between the
     same two points (to the pixel): a route there and back, of one caravan or two. */
  function twoWay(legs) {
    var seen = new Set();
    function key(a, b, c, d) { return Math.round(a) + "," + Math.round(b) + ">" + Math.round(c) + "," + Math.round(d); }
    legs.forEach(function (v) { seen.add(key(v[0], v[1], v[2], v[3])); });
    return legs.map(function (v) { return seen.has(key(v[2], v[3], v[0], v[1])); });
  }

  /* The Leaflet layer class, made on first use (Leaflet is loaded before this file; Node tests have none). */
  var FlowLayer = null;
  function flowLayer(st) {
    if (!FlowLayer) { FlowLayer = L.Layer.extend(flowMethods); }
    return new FlowLayer(st);
  }

  return { DENSE: DENSE, PIXELS: PIXELS, spherical: spherical, BATCH: BATCH, Batch: Batch, flowLayer: flowLayer, distToSegment: distToSegment, chevron: chevron,
           chevronTip: chevronTip, twoWay: twoWay, MIN_RADIUS: MIN_RADIUS, shownRadius: shownRadius };
});
