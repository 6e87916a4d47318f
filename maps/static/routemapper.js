/* routemapper: draws caravans from compact column arrays on a Leaflet map.
 *
 * Python (maps/render.py) serialises each caravan once as columnar arrays
 * whose repeated strings are indexes into a string table (``str``).  All
 * caravans are drawn by ONE canvas layer (FlowLayer) that repaints on
 * moveend/zoomend, so 100,000 reports cost one canvas, not 100,000 Leaflet
 * layers.  Clicks are hit-tested against the arrays and popups are built
 * lazily.  Every text shown to a reader is set with textContent or
 * createTextNode, never as HTML, and only http(s) links become clickable.
 */
(function (global) {
  "use strict";

  var KIND_LABELS = {
    gathering: "gathering", departure: "departure", sighting: "sighting", crossing: "border crossing",
    checkpoint: "checkpoint", blocked: "blocked", clash: "clash", returned: "turned back",
    arrival: "arrival", planned: "planned"
  };
  var SYMBOL_KINDS = ["checkpoint", "blocked", "clash", "crossing", "returned"];
  /* Symbols become DOM markers only when there are few; otherwise they are painted on the canvas. */
  var MARKER_LIMIT = 500;
  var DAY_MS = 86400000;

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function safeUrl(url) {
    if (!url) { return null; }
    try {
      var parsed = new URL(String(url), "https://example.invalid/");
      if ((parsed.protocol === "http:" || parsed.protocol === "https:") && /^https?:\/\//i.test(String(url).trim())) {
        return parsed.href;
      }
    } catch (e) { /* not a URL: shown as text */ }
    return null;
  }

  /* Milliseconds since navigation start (the load-time benchmark reads these). */
  function now() { return global.performance ? global.performance.now() : Date.now(); }

  function fmt(n) { return Math.round(n).toLocaleString("en-US"); }
  function spread(lo, hi) { return lo === hi ? fmt(lo) : fmt(lo) + "\u2013" + fmt(hi); }
  function dayText(day) { return new Date(day * DAY_MS).toISOString().slice(0, 10); }

  /* Report i of caravan c as a plain object of strings and numbers. */
  function report(c, i) {
    var r = c.reports, S = c.str;
    return {
      caravan: c.name, date: S[r.date[i]], approx: !!r.approx[i], kind: S[r.kind[i]], place: S[r.place[i]],
      resolved: S[r.resolved[i]], precision: S[r.precision[i]], conf: r.conf[i], count: S[r.count[i]],
      qual: S[r.qual[i]], low: r.low[i], high: r.high[i], source: S[r.source[i]], url: S[r.url[i]],
      note: S[r.note[i]], day: r.day[i]
    };
  }

  function countText(x) {
    if (!x.count) { return "not reported"; }
    if (x.low === null) { return x.count; }
    if (x.qual === "vague") { return "\u201c" + x.count + "\u201d (vague: " + spread(x.low, x.high) + " by our rule)"; }
    return x.count + " (" + spread(x.low, x.high) + ")";
  }

  function sourceNode(x) {
    var href = safeUrl(x.url);
    if (href) {
      var a = el("a", null, x.source || x.url);
      a.href = href; a.target = "_blank"; a.rel = "noopener noreferrer nofollow";
      return a;
    }
    return document.createTextNode(x.source || x.url || "");
  }

  function defList() {
    var dl = el("dl");
    return {
      node: dl,
      row: function (label, value) {
        if (value === undefined || value === null || value === "") { return; }
        dl.appendChild(el("dt", null, label));
        var dd = el("dd");
        if (value instanceof Node) { dd.appendChild(value); } else { dd.textContent = String(value); }
        dl.appendChild(dd);
      }
    };
  }

  /* One popup for every report at one place and day (several sources: one list and the merged spread). */
  function reportsPopup(list) {
    var first = list[0];
    var box = el("div", "rm-popup");
    box.appendChild(el("div", "rm-popup-title", first.place));
    var head = defList();
    head.row("Caravan", first.caravan);
    if (first.resolved && first.resolved !== first.place) { head.row("Located at", first.resolved); }
    if (first.precision !== "point") { head.row("Precision", first.precision + " level: somewhere in this area, not a point on the road"); }
    if (first.conf < 0.75) { head.row("Geocoding", "uncertain (confidence " + first.conf.toFixed(2) + ")"); }
    var lo = Infinity, hi = -Infinity;
    list.forEach(function (x) { if (x.low !== null) { lo = Math.min(lo, x.low); hi = Math.max(hi, x.high); } });
    if (list.length > 1) {
      head.row("Reports", list.length + " reports of this place and day");
      if (lo <= hi) { head.row("Together", spread(lo, hi) + " people"); }
    }
    box.appendChild(head.node);
    var ol = el("ol", "rm-popup-reports");
    list.forEach(function (x) {
      var d = defList();
      d.row("Date", x.date + (x.approx ? " (approximate)" : ""));
      d.row("What", KIND_LABELS[x.kind] || x.kind);
      d.row("Group size", countText(x));
      d.row("Source", sourceNode(x));
      d.row("Note", x.note);
      var li = el("li");
      li.appendChild(d.node);
      ol.appendChild(li);
    });
    box.appendChild(ol);
    return box;
  }

  function segmentPopup(c, j) {
    var s = c.segments, S = c.str;
    var box = el("div", "rm-popup");
    box.appendChild(el("div", "rm-popup-title", S[s.from[j]] + " \u2192 " + S[s.to[j]]));
    var d = defList();
    d.row("Caravan", c.name);
    d.row("Dates", dayText(s.startDay[j]) + " \u2192 " + dayText(s.endDay[j]) + (s.approx[j] ? " (approximate)" : ""));
    d.row("Distance", fmt(s.km[j]) + " km in " + s.days[j] + " day(s)");
    d.row("Group size", s.size[j] !== null ? "about " + fmt(s.size[j]) + (s.carried[j] ? " (carried from an earlier report)" : "") : "not reported");
    if (s.back[j]) { d.row("Direction", "travelled after the group turned back"); }
    box.appendChild(d.node);
    return box;
  }

  /* Small inline SVG symbols for the kinds that mark an event on the road (markers and legend). */
  function symbolSvg(kind, color) {
    var ns = "http://www.w3.org/2000/svg";
    var svg = document.createElementNS(ns, "svg");
    svg.setAttribute("viewBox", "0 0 20 20");
    svg.setAttribute("width", "20"); svg.setAttribute("height", "20");
    svg.setAttribute("aria-hidden", "true");
    function shape(tag, attrs) {
      var s = document.createElementNS(ns, tag);
      for (var k in attrs) { if (Object.prototype.hasOwnProperty.call(attrs, k)) { s.setAttribute(k, attrs[k]); } }
      svg.appendChild(s);
    }
    var stroke = { stroke: "#222", "stroke-width": "1.5" };
    if (kind === "checkpoint") {
      shape("rect", Object.assign({ x: 3, y: 3, width: 14, height: 14, fill: "#fff" }, stroke));
      shape("rect", { x: 7, y: 7, width: 6, height: 6, fill: color });
    } else if (kind === "blocked") {
      shape("circle", Object.assign({ cx: 10, cy: 10, r: 8, fill: "#fff" }, stroke));
      shape("rect", { x: 4.5, y: 8.5, width: 11, height: 3, fill: "#222" });
    } else if (kind === "clash") {
      shape("path", Object.assign({ d: "M10 1 L19 18 L1 18 Z", fill: "#fff" }, stroke));
      shape("path", { d: "M7 9 L13 15 M13 9 L7 15", stroke: "#222", "stroke-width": "2" });
    } else if (kind === "crossing") {
      shape("path", Object.assign({ d: "M10 1 L19 10 L10 19 L1 10 Z", fill: "#fff" }, stroke));
      shape("path", { d: "M10 5 L10 15", stroke: color, "stroke-width": "3" });
    } else if (kind === "returned") {
      shape("circle", Object.assign({ cx: 10, cy: 10, r: 8, fill: "#fff" }, stroke));
      shape("path", { d: "M14 13 A4.5 4.5 0 1 0 6 8 M6 4 L6 8 L10 8", fill: "none", stroke: "#222", "stroke-width": "1.8" });
    }
    return svg;
  }

  /* The same symbols painted on the canvas (used when there are too many for DOM markers). */
  function paintSymbol(ctx, kind, x, y, color) {
    ctx.save();
    ctx.translate(x - 7, y - 7); ctx.scale(0.7, 0.7);
    ctx.setLineDash([]); ctx.lineWidth = 1.5; ctx.strokeStyle = "#222"; ctx.fillStyle = "#fff";
    ctx.beginPath();
    if (kind === "checkpoint") { ctx.rect(3, 3, 14, 14); } else if (kind === "clash") {
      ctx.moveTo(10, 1); ctx.lineTo(19, 18); ctx.lineTo(1, 18); ctx.closePath();
    } else if (kind === "crossing") {
      ctx.moveTo(10, 1); ctx.lineTo(19, 10); ctx.lineTo(10, 19); ctx.lineTo(1, 10); ctx.closePath();
    } else { ctx.arc(10, 10, 8, 0, 2 * Math.PI); }
    ctx.fill(); ctx.stroke();
    ctx.fillStyle = kind === "checkpoint" || kind === "crossing" ? color : "#222";
    if (kind === "checkpoint") { ctx.fillRect(7, 7, 6, 6); }
    if (kind === "blocked") { ctx.fillRect(4.5, 8.5, 11, 3); }
    if (kind === "crossing") { ctx.fillRect(8.5, 5, 3, 10); }
    if (kind === "clash" || kind === "returned") {
      ctx.beginPath(); ctx.arc(10, 11, 2.5, 0, 2 * Math.PI); ctx.fill();
    }
    ctx.restore();
  }

  function symbolIcon(kind, color) {
    var holder = el("div", "rm-symbol rm-symbol-" + kind);
    holder.appendChild(symbolSvg(kind, color));
    return L.divIcon({ html: holder, className: "rm-symbol-icon", iconSize: [20, 20], iconAnchor: [10, 10] });
  }

  var state = { maps: {} };

  function mapState(map) {
    var id = L.stamp(map);
    if (!state.maps[id]) {
      state.maps[id] = { caravans: [], bounds: L.latLngBounds([]), day: Infinity, flow: null, options: {} };
    }
    return state.maps[id];
  }

  /* A layer-control entry for one caravan: adding/removing it shows/hides the caravan on the shared canvas. */
  var CaravanToggle = L.Layer.extend({
    initialize: function (caravan, st) { this._caravan = caravan; this._st = st; },
    onAdd: function () { this._caravan.visible = true; this._refresh(); },
    onRemove: function () { this._caravan.visible = false; this._refresh(); },
    _refresh: function () { if (this._st.flow) { this._st.flow.redraw(); } syncMarkers(this._st); }
  });

  /* Show the DOM symbol markers of visible caravans up to the chosen day. */
  function syncMarkers(st) {
    st.caravans.forEach(function (c) {
      (c.markers || []).forEach(function (m) {
        var show = c.visible && m.day <= st.day;
        if (show && !m.layer._map) { m.layer.addTo(st.map); } else if (!show && m.layer._map) { m.layer.remove(); }
      });
    });
  }

  /* A Path2D that is painted and restarted every BATCH shapes: one huge path rasterises slowly. */
  var BATCH = 256;
  /* More shapes than this on the map: draw plainly (see FlowLayer.redraw). */
  var DENSE = 5000;
  function Batch(paint) { this.paint = paint; this.path = new Path2D(); this.n = 0; }
  Batch.prototype.add = function () { if (++this.n >= BATCH) { this.flush(); } return this.path; };
  Batch.prototype.flush = function () { if (this.n) { this.paint(this.path); this.path = new Path2D(); this.n = 0; } };

  /* Which report circles radius: core (low figure), halo (high figure); unknown counts get a small ring. */
  var UNKNOWN_R = 4;

  /* One canvas for every caravan: legs (width = group size), chevrons, circles, badges, symbols. */
  var FlowLayer = L.Layer.extend({
    initialize: function (st) { this._st = st; },
    onAdd: function (map) {
      this._canvas = L.DomUtil.create("canvas", "rm-flow leaflet-zoom-hide");
      this._canvas.setAttribute("aria-hidden", "true");
      map.getPanes().overlayPane.appendChild(this._canvas);
      map.on("moveend zoomend viewreset resize", this.redraw, this);
      map.on("click", this._click, this);
      map.on("mousemove", this._hover, this);
      this._project();
      this._st.t.projected = now();
      this.redraw();
    },
    onRemove: function (map) {
      L.DomUtil.remove(this._canvas);
      map.off("moveend zoomend viewreset resize", this.redraw, this);
      map.off("click", this._click, this);
      map.off("mousemove", this._hover, this);
    },
    /* Pixel coordinates at zoom 0, computed once; a redraw only scales and shifts them. */
    _project: function () {
      var map = this._map;
      function proj(lat, lon) { var p = map.project([lat, lon], 0); return [p.x, p.y]; }
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
    redraw: function () {
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
          var path = legs[key].add();
          path.moveTo(x1, y1); path.lineTo(x2, y2);
          if (j % stride === 0) { chevronPath.push([x1, y1, x2, y2, s.w[j]]); }
          drawn.segments++;
        }
        function legBatch(k) {
          var parts = k.split("|");
          return new Batch(function (path) {
            ctx.lineCap = "butt"; ctx.globalAlpha = dense ? 0.5 : 0.75;
            ctx.strokeStyle = parts[0] === "1" ? c.backColor : c.color;
            ctx.setLineDash(parts[1] === "1" ? dash([8, 6]) : []);
            ctx.lineWidth = Number(parts[2]);
            ctx.stroke(path);
          });
        }
        Object.keys(legs).forEach(function (k) { legs[k].flush(); });
        ctx.globalAlpha = 1;
      });
      chevronPath.forEach(function (v) { chevron(chevrons, v[0], v[1], v[2], v[3], v[4]); });
      chevrons.flush();
      var badges = [];
      st.caravans.forEach(function (c) {
        if (!c.visible) { return; }
        var r = c.reports, S = c.str, n = r.lat.length, i, x, y, rad, kind, qual, style;
        var symbols = !c.markers && !dense, marks = [];  /* dense: symbols come back on zooming in */
        function painter(fillAlpha, pattern, width, stroke, strokeAlpha) {
          return new Batch(function (path) {
            if (fillAlpha) { ctx.globalAlpha = fillAlpha; ctx.fillStyle = c.color; ctx.fill(path); }
            if (!strokeAlpha) { return; }
            ctx.globalAlpha = strokeAlpha; ctx.setLineDash(dash(pattern)); ctx.lineWidth = width; ctx.strokeStyle = stroke;
            ctx.stroke(path);
          });
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
          var path = batch.add(); path.moveTo(x + radius, y); path.arc(x, y, radius, 0, 2 * Math.PI);
        }
        for (i = 0; i < n; i++) {
          if (r.day[i] > day) { continue; }
          x = X(c.px[i]); y = Y(c.py[i]);
          if (S[r.precision[i]] !== "point") { badges.push([c, i, x, y]); continue; }
          rad = r.rh[i] !== null ? r.rh[i] : UNKNOWN_R;
          if (x < -rad || x > W + rad || y < -rad || y > H + rad) { continue; }
          kind = S[r.kind[i]]; qual = S[r.qual[i]];
          if (kind === "planned") { circle(P.planned, r.rh[i] !== null ? r.rh[i] : 6); }
          else if (r.r[i] === null) { circle(P.unknown, UNKNOWN_R); }
          else {
            if (r.rh[i] > r.r[i] + 0.5) { circle(qual === "vague" ? P.haloVague : P.halo, r.rh[i]); }
            circle(qual === "vague" ? P.coreVague : P.core, r.r[i]);
          }
          if (symbols && SYMBOL_KINDS.indexOf(kind) >= 0) { marks.push([kind, x, y]); }
          drawn.reports++;
        }
        P.halo.flush(); P.haloVague.flush(); P.planned.flush();
        coreList.forEach(function (v) { var path = v[0].add(); path.moveTo(v[1] + v[3], v[2]); path.arc(v[1], v[2], v[3], 0, 2 * Math.PI); });
        P.core.flush(); P.coreVague.flush(); P.unknown.flush();
        ctx.globalAlpha = 1;
        marks.forEach(function (m) { paintSymbol(ctx, m[0], m[1], m[2], c.color); drawn.symbols++; });
      });
      ctx.setLineDash([]);
      this._badges = drawBadges(ctx, badges, W, H);
      drawn.reports += this._badges.length;
      drawn.dense = dense;
      st.drawn = drawn;
      if (!st.firstDrawnAt) { st.firstDrawnAt = now(); }
    },
    /* The report (or all reports at one place and day) or leg under a container point, or null. */
    hit: function (pt) {
      var st = this._st, t = this._transform(), best = null, bestD = Infinity;
      (this._badges || []).forEach(function (b) {
        if (pt.x >= b.x0 && pt.x <= b.x1 && pt.y >= b.y0 && pt.y <= b.y1) { best = { caravan: b.c, i: b.i }; bestD = -1; }
      });
      st.caravans.forEach(function (c) {
        if (!c.visible || bestD < 0) { return; }
        var r = c.reports, S = c.str;
        for (var i = 0; i < r.lat.length; i++) {
          if (r.day[i] > st.day || S[r.precision[i]] !== "point") { continue; }
          var dx = c.px[i] * t.k - t.dx - pt.x, dy = c.py[i] * t.k - t.dy - pt.y, d = Math.sqrt(dx * dx + dy * dy);
          var reach = Math.max(r.rh[i] !== null ? r.rh[i] : UNKNOWN_R, 8);
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
      openPopupFor(this._st, h);
    },
    _hover: function (e) {
      var self = this;
      if (this._hoverPending) { return; }
      this._hoverPending = true;
      L.Util.requestAnimFrame(function () {
        self._hoverPending = false;
        if (!self._map) { return; }
        self._map.getContainer().style.cursor = self.hit(e.containerPoint) ? "pointer" : "";
      });
    }
  });

  function openPopupFor(st, h) {
    var c = h.caravan, content, latlng;
    if (h.seg !== undefined) {
      var s = c.segments;
      content = segmentPopup(c, h.seg);
      latlng = L.latLng((s.lat1[h.seg] + s.lat2[h.seg]) / 2, (s.lon1[h.seg] + s.lon2[h.seg]) / 2);
    } else {
      var r = c.reports, i = h.i, list = [];
      for (var k = 0; k < r.lat.length; k++) {  /* every report of this caravan at this place and date */
        if (r.lat[k] === r.lat[i] && r.lon[k] === r.lon[i] && r.date[k] === r.date[i] && r.day[k] <= st.day) {
          list.push(report(c, k));
        }
      }
      content = reportsPopup(list);
      latlng = L.latLng(r.lat[i], r.lon[i]);
    }
    L.popup({ maxWidth: 300, autoPanPadding: [10, 10] }).setLatLng(latlng).setContent(content).openOn(st.map);
  }

  function distToSegment(p, x1, y1, x2, y2) {
    var dx = x2 - x1, dy = y2 - y1, len2 = dx * dx + dy * dy;
    var u = len2 ? Math.max(0, Math.min(1, ((p.x - x1) * dx + (p.y - y1) * dy) / len2)) : 0;
    var ex = x1 + u * dx - p.x, ey = y1 + u * dy - p.y;
    return Math.sqrt(ex * ex + ey * ey);
  }

  /* A chevron at the middle of a leg pointing the way the group travelled (added to ``path``). */
  function chevron(path, x1, y1, x2, y2, w) {
    var dx = x2 - x1, dy = y2 - y1, len = Math.sqrt(dx * dx + dy * dy);
    if (len < 24) { return; }
    path = path.add();
    var ux = dx / len, uy = dy / len, s = Math.max(5, Math.min(9, w * 0.6 + 4));
    var mx = x1 + dx * 0.55, my = y1 + dy * 0.55;
    path.moveTo(mx - ux * s - uy * s, my - uy * s + ux * s);
    path.lineTo(mx, my);
    path.lineTo(mx - ux * s + uy * s, my - uy * s - ux * s);
  }

  /* Country- and region-level reports: a small labelled badge at the area's point, never a circle. */
  function drawBadges(ctx, badges, W, H) {
    var seen = {}, out = [];
    ctx.font = "italic 11px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
    badges.forEach(function (b) {
      var c = b[0], i = b[1], x = b[2], y = b[3], S = c.str;
      var key = Math.round(x) + "," + Math.round(y);
      if (seen[key]) { return; }
      seen[key] = true;
      var label = S[c.reports.place[i]];  /* the popup and the table say "country/region level" */
      if (label.length > 40) { label = label.slice(0, 39) + "\u2026"; }
      var w = ctx.measureText(label).width + 12, h = 17;
      var x0 = x - w / 2, y0 = y - h / 2;
      if (x0 > W || x0 + w < 0 || y0 > H || y0 + h < 0) { return; }
      ctx.globalAlpha = 0.9; ctx.fillStyle = "#fff"; ctx.fillRect(x0, y0, w, h);
      ctx.globalAlpha = 1; ctx.setLineDash([3, 2]); ctx.lineWidth = 1.5; ctx.strokeStyle = c.color;
      ctx.strokeRect(x0, y0, w, h); ctx.setLineDash([]);
      ctx.fillStyle = "#222"; ctx.textBaseline = "middle"; ctx.fillText(label, x0 + 6, y);
      out.push({ c: c, i: i, x0: x0, y0: y0, x1: x0 + w, y1: y0 + h });
    });
    return out;
  }

  /* Add one caravan (drawn later by the shared FlowLayer). */
  function addCaravan(map, data) {
    var st = mapState(map);
    st.map = map;
    if (!st.t0) { st.t0 = now(); }
    var c = data, r = data.reports, s = data.segments, S = data.str, i, m = Math.max(s.lat.length - 1, 0);
    c.visible = true;
    /* Unpack the compact columns: legs from the stop path, absolute days, confidence 0-1. */
    s.lat1 = s.lat.slice(0, m); s.lon1 = s.lon.slice(0, m); s.lat2 = s.lat.slice(1); s.lon2 = s.lon.slice(1);
    function shift(a) { for (var k = 0; k < a.length; k++) { if (a[k] !== null) { a[k] += data.day0; } } }
    shift(r.day); shift(s.startDay); shift(s.endDay);
    for (i = 0; i < r.conf.length; i++) { r.conf[i] = r.conf[i] === null ? 0 : r.conf[i] / 100; }
    for (i = 0; i < s.lat1.length; i++) { st.bounds.extend([[s.lat1[i], s.lon1[i]], [s.lat2[i], s.lon2[i]]]); }
    for (i = 0; i < r.lat.length; i++) { if (S[r.precision[i]] === "point") { st.bounds.extend([r.lat[i], r.lon[i]]); } }
    st.caravans.push(c);
    return c;
  }

  /* Symbol markers (keyboard-focusable, titled) when the map has few events; else symbols stay on the canvas. */
  function buildMarkers(st) {
    var total = 0;
    st.caravans.forEach(function (c) {
      for (var i = 0; i < c.reports.lat.length; i++) {
        if (SYMBOL_KINDS.indexOf(c.str[c.reports.kind[i]]) >= 0) { total++; }
      }
    });
    if (total >= MARKER_LIMIT) { return; }
    st.caravans.forEach(function (c) {
      var r = c.reports, S = c.str;
      c.markers = [];
      for (var i = 0; i < r.lat.length; i++) {
        var kind = S[r.kind[i]];
        if (SYMBOL_KINDS.indexOf(kind) < 0 || S[r.precision[i]] !== "point") { continue; }
        var marker = L.marker([r.lat[i], r.lon[i]], {
          icon: symbolIcon(kind, c.color), keyboard: true, riseOnHover: true,
          title: (KIND_LABELS[kind] || kind) + ": " + S[r.place[i]] + ", " + S[r.date[i]]
        });
        marker.on("click", openPopupFor.bind(null, st, { caravan: c, i: i }));
        c.markers.push({ layer: marker, day: r.day[i] });
      }
    });
  }

  function legendControl(options) {
    return L.Control.extend({
      options: { position: "bottomright" },
      onAdd: function (map) {
        var box = el("details", "rm-legend leaflet-control");
        if (map.getSize().x >= 600) { box.open = true; }
        L.DomEvent.disableClickPropagation(box);
        L.DomEvent.disableScrollPropagation(box);
        box.appendChild(el("summary", "rm-legend-summary", "Legend"));
        box.appendChild(el("div", "rm-legend-title", "Reported group size"));
        var maxR = 0;
        options.sizeRefs.forEach(function (ref) { maxR = Math.max(maxR, ref.r); });
        var ns = "http://www.w3.org/2000/svg";
        var svg = document.createElementNS(ns, "svg");
        var pad = 8, h = 2 * maxR + pad + 2, w = 2 * maxR + 70;
        svg.setAttribute("width", w); svg.setAttribute("height", h);
        svg.setAttribute("role", "img");
        svg.setAttribute("aria-label", "circle sizes: " + options.sizeRefs.map(function (x) { return fmt(x.value); }).join(", ") + " people");
        options.sizeRefs.forEach(function (ref) {
          var top = h - 2 - 2 * ref.r;
          var c = document.createElementNS(ns, "circle");
          c.setAttribute("cx", maxR + 2); c.setAttribute("cy", h - 2 - ref.r); c.setAttribute("r", ref.r);
          c.setAttribute("fill", "none"); c.setAttribute("stroke", "#333");
          svg.appendChild(c);
          var tick = document.createElementNS(ns, "line");
          tick.setAttribute("x1", maxR + 2); tick.setAttribute("x2", 2 * maxR + 6);
          tick.setAttribute("y1", top); tick.setAttribute("y2", top); tick.setAttribute("stroke", "#999");
          svg.appendChild(tick);
          var t = document.createElementNS(ns, "text");
          t.setAttribute("x", 2 * maxR + 8); t.setAttribute("y", Math.max(top + 4, 10));
          t.setAttribute("font-size", "11");
          t.textContent = fmt(ref.value);
          svg.appendChild(t);
        });
        box.appendChild(svg);
        box.appendChild(el("div", "rm-legend-note", "Solid: lowest figure reported; halo: highest. Dotted: a vague word such as \u201cthousands\u201d. Hollow dashed: planned."));
        if (options.widthRefs.length) {
          box.appendChild(el("div", "rm-legend-title", "Route width: group size on that leg"));
          options.widthRefs.forEach(function (ref) {
            var rowEl = el("div", "rm-legend-row");
            var bar = el("span", "rm-legend-bar");
            bar.style.height = Math.max(1, ref.w) + "px";
            rowEl.appendChild(bar);
            rowEl.appendChild(el("span", null, fmt(ref.value)));
            box.appendChild(rowEl);
          });
        }
        var kinds = el("div", "rm-legend-kinds");
        SYMBOL_KINDS.forEach(function (kind) {
          var rowEl = el("div", "rm-legend-row");
          rowEl.appendChild(symbolSvg(kind, "#666"));
          rowEl.appendChild(el("span", null, KIND_LABELS[kind]));
          kinds.appendChild(rowEl);
        });
        var rows = [["rm-legend-dash", "approximate date or inferred leg"],
                    ["rm-legend-back", "after the group turned back"],
                    ["rm-legend-chevron", "direction of travel"],
                    ["rm-legend-badge", "country/region-level report"]];
        rows.forEach(function (x) {
          var rowEl = el("div", "rm-legend-row");
          var sample = el("span", x[0]);
          if (x[0] === "rm-legend-back") { sample.style.borderTopColor = options.backColor; }
          if (x[0] === "rm-legend-chevron") { sample.textContent = "\u203a"; }
          if (x[0] === "rm-legend-badge") { sample.textContent = "Area"; }
          rowEl.appendChild(sample);
          rowEl.appendChild(el("span", null, x[1]));
          kinds.appendChild(rowEl);
        });
        box.appendChild(kinds);
        return box;
      }
    });
  }

  function titleControl(options) {
    return L.Control.extend({
      options: { position: "topleft" },
      onAdd: function () {
        var box = el("div", "rm-title leaflet-control");
        if (options.title) { box.appendChild(el("h1", null, options.title)); }
        if (options.subtitle) { box.appendChild(el("p", null, options.subtitle)); }
        return box;
      }
    });
  }

  function creditsControl(options) {
    return L.Control.extend({
      options: { position: "bottomleft" },
      onAdd: function () {
        var box = el("div", "rm-credits leaflet-control");
        box.appendChild(el("span", null, options.credits));
        return box;
      }
    });
  }

  /* Report days, sorted and distinct, for the time slider. */
  function reportDays(st) {
    var days = {};
    st.caravans.forEach(function (c) {
      c.reports.day.forEach(function (d) { days[d] = true; });
      c.segments.endDay.forEach(function (d) { days[d] = true; });
    });
    return Object.keys(days).map(Number).sort(function (a, b) { return a - b; });
  }

  function setDay(map, day) {
    var st = mapState(map);
    st.day = day;
    if (st.flow) { st.flow.redraw(); }
    syncMarkers(st);
    if (st.slider) { st.slider.show(day); }
  }

  /* Time slider: an input type=range over whole days from the first to the last report, with play/pause. */
  function sliderControl(st, days) {
    var first = Math.floor(days[0]), last = Math.ceil(days[days.length - 1]);
    return L.Control.extend({
      options: { position: "bottomleft" },
      onAdd: function (map) {
        var box = el("div", "rm-slider leaflet-control");
        L.DomEvent.disableClickPropagation(box);
        L.DomEvent.disableScrollPropagation(box);
        var id = "rm-day-" + L.stamp(map);
        var label = el("label", "rm-slider-label", "Show up to");
        label.htmlFor = id;
        var input = el("input");
        input.type = "range"; input.id = id; input.min = String(first); input.max = String(last); input.step = "1";
        input.value = String(last);
        var readout = el("output", "rm-slider-date");
        readout.setAttribute("aria-live", "polite");
        readout.htmlFor = id;
        var button = el("button", "rm-slider-play", "\u25b6 Play");
        button.type = "button";
        button.setAttribute("aria-label", "Play the caravans day by day");
        var timer = null;
        function stop() { if (timer) { clearInterval(timer); timer = null; } button.textContent = "\u25b6 Play"; button.setAttribute("aria-label", "Play the caravans day by day"); }
        button.addEventListener("click", function () {
          if (timer) { stop(); return; }
          var d = Number(input.value) >= last ? first : Number(input.value);
          setDay(map, d);
          button.textContent = "\u275a\u275a Pause"; button.setAttribute("aria-label", "Pause");
          timer = setInterval(function () {
            d += 1;
            setDay(map, Math.min(d, last));
            if (d >= last) { stop(); }
          }, 400);
        });
        input.addEventListener("input", function () { stop(); setDay(map, Number(input.value)); });
        st.slider = {
          show: function (day) {
            input.value = String(Math.min(Math.max(day, first), last));
            readout.textContent = (day >= last ? "all reports to " : "") + dayText(Math.min(day, last));
          },
          stop: stop
        };
        var row = el("div", "rm-slider-row");
        row.appendChild(button); row.appendChild(input);
        box.appendChild(label); box.appendChild(readout); box.appendChild(row);
        st.slider.show(last);
        return box;
      }
    });
  }

  /* A chronological table of every report: the text alternative to the map (screen readers, print). */
  function tableControl(st) {
    return L.Control.extend({
      options: { position: "topright" },
      onAdd: function () {
        var box = el("details", "rm-table leaflet-control");
        L.DomEvent.disableClickPropagation(box);
        L.DomEvent.disableScrollPropagation(box);
        var n = 0;
        st.caravans.forEach(function (c) { n += c.reports.lat.length; });
        box.appendChild(el("summary", null, "Route table (" + fmt(n) + " reports)"));
        var panel = el("div", "rm-table-panel");
        box.appendChild(panel);
        var built = false;
        function build() {
          if (built) { return; }
          built = true;
          var rows = [];
          st.caravans.forEach(function (c) {
            for (var i = 0; i < c.reports.lat.length; i++) { rows.push([c, i]); }
          });
          rows.sort(function (a, b) { return a[0].reports.day[a[1]] - b[0].reports.day[b[1]]; });
          var table = el("table");
          table.appendChild(el("caption", null, "Every report, oldest first"));
          var thead = el("thead"), tr = el("tr");
          ["Date", "Caravan", "Place", "What", "Group size", "Source"].forEach(function (h) {
            var th = el("th", null, h); th.scope = "col"; tr.appendChild(th);
          });
          thead.appendChild(tr); table.appendChild(thead);
          var tbody = el("tbody");
          rows.forEach(function (ci) {
            var x = report(ci[0], ci[1]), row = el("tr");
            row.appendChild(el("td", null, x.date + (x.approx ? " (approx.)" : "")));
            row.appendChild(el("td", null, x.caravan));
            row.appendChild(el("td", null, x.place + (x.precision !== "point" ? " (" + x.precision + "-level)" : "")));
            row.appendChild(el("td", null, KIND_LABELS[x.kind] || x.kind));
            row.appendChild(el("td", null, countText(x)));
            var src = el("td"); src.appendChild(sourceNode(x)); row.appendChild(src);
            tbody.appendChild(row);
          });
          table.appendChild(tbody);
          panel.appendChild(table);
        }
        box.addEventListener("toggle", function () { if (box.open) { build(); } });
        global.addEventListener("beforeprint", function () { build(); box.open = true; });
        return box;
      }
    });
  }

  /* Controls, layer switcher, slider, table and view, once every caravan is added. */
  function finish(map, options) {
    var st = mapState(map);
    st.t = { finish: now() };
    st.options = options;
    st.caravans.forEach(function (c) { c.backColor = options.backColor || c.backColor; });
    buildMarkers(st);
    var overlays = {};
    st.caravans.forEach(function (c) {
      var label = el("span", "rm-layer-label");
      var swatch = el("span", "rm-swatch");
      swatch.style.background = c.color;
      label.appendChild(swatch);
      label.appendChild(document.createTextNode(c.name));
      c.toggle = new CaravanToggle(c, st);
      c.toggle.addTo(map);
      overlays[label.outerHTML] = c.toggle;  /* built from text nodes: escaped */
    });
    if (options.title || options.subtitle) { new (titleControl(options))().addTo(map); }
    new (tableControl(st))().addTo(map);
    L.control.layers(null, overlays, { collapsed: st.caravans.length > 6 || map.getSize().x < 600 }).addTo(map);
    new (legendControl(options))().addTo(map);
    if (options.credits) { new (creditsControl(options))().addTo(map); }
    var days = reportDays(st);
    if (days.length > 1) { new (sliderControl(st, days))().addTo(map); }
    if (st.bounds.isValid()) {  /* keep the routes clear of the legend and the slider */
      var wide = map.getSize().x >= 600;
      map.fitBounds(st.bounds, { paddingTopLeft: [30, wide ? 60 : 90], paddingBottomRight: [wide ? 250 : 30, wide ? 60 : 130], maxZoom: 11, animate: false });
    }
    if (options.gestureHandling && map.gestureHandling) { map.gestureHandling.enable(); }
    st.t.controls = now();
    st.flow = new FlowLayer(st);
    st.flow.addTo(map);
    syncMarkers(st);
  }

  /* Read-only counts of what is shown now (for tests and curious readers). */
  function visibleCounts(map) {
    var st = mapState(map), out = { reports: 0, segments: 0, caravans: 0, markers: 0 };
    st.caravans.forEach(function (c) {
      if (!c.visible) { return; }
      out.caravans++;
      c.reports.day.forEach(function (d) { if (d <= st.day) { out.reports++; } });
      c.segments.endDay.forEach(function (d) { if (d <= st.day) { out.segments++; } });
      (c.markers || []).forEach(function (m) { if (m.layer._map) { out.markers++; } });
    });
    out.areaBadges = st.flow && st.flow._badges ? st.flow._badges.length : 0;  /* country/region-level reports */
    return out;
  }

  /* The container point of report i of the caravan with this id (for tests). */
  function reportPoint(map, caravanId, i) {
    var st = mapState(map), found = null;
    st.caravans.forEach(function (c) {
      if (c.id === caravanId) { var p = map.latLngToContainerPoint([c.reports.lat[i], c.reports.lon[i]]); found = { x: p.x, y: p.y }; }
    });
    return found;
  }

  function firstMap() {
    var keys = Object.keys(state.maps);
    return keys.length ? state.maps[keys[0]].map : null;
  }

  global.routemapper = {
    addCaravan: addCaravan, finish: finish, state: state, safeUrl: safeUrl, setDay: setDay,
    visibleCounts: visibleCounts, reportPoint: reportPoint, firstMap: firstMap
  };
})(window);
