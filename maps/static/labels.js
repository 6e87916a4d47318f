/* routemapper/labels.js: names on the map, as text in the page (find-in-page, screen readers, translation).
 *
 * - Every stop (a place where a caravan's point-level reports fall) is named with its day or span of
 *   days: "Tapachula, 19–21 Oct".  Labels are placed greedily, most important first (each caravan's
 *   first and last stop, then border crossings, then the largest groups), next to the stop or joined to
 *   it by a short leader line (placement.js: never further than a bound scaled to the map, the line
 *   crossing no route, circle, name or other line); a stop with no such room at this zoom is left
 *   unnamed (zooming in names it).
 * - Country- and region-level reports are badges that say so ("somewhere in Guatemala, 15 Jan"),
 *   dashed in the caravan's colour: they do not read as the name of a country.  They come after the
 *   stops' names, on free ground if there is some near the area's point, else where they cover the
 *   least drawing; a country whose point is off the view but whose outline reaches into it has its
 *   badge in the widest room that outline leaves in the view.
 * - Country names sit on the offline outlines, under the tiles (the tiles carry their own names): at one of
 *   the country's spots in view, else, zoomed in where none is, in the widest room the outline leaves
 *   inside the view (countryspot.js), so a close view still says which side of a border is which.
 *
 * Labels and badges are buttons: Tab reaches the first, the arrow keys move between them (in the
 * order of the route), Enter opens the popup of the place's reports.
 */
(function (global, factory) {
  "use strict";
  var rm = global.routemapper = global.routemapper || {};
  if (typeof module === "object" && module.exports) { require("./format.js"); require("./decode.js"); require("./popups.js"); require("./placement.js"); require("./countryspot.js"); require("./symbols.js"); }
  rm.labels = factory(rm);
  if (typeof module === "object" && module.exports) { module.exports = rm.labels; }
})(typeof window !== "undefined" ? window : globalThis, function (rm) {
  "use strict";

  var F = rm.format, t = F.t, P = rm.placement;
  /* The label font: the same in CSS (.rm-label) and for measuring on the canvas. */
  var LABEL_FONT = "600 12px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
  var BADGE_FONT = "italic 11px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
  var COUNTRY_FONT = "500 11px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
  var LABEL_H = 16, BADGE_H = 18, COUNTRY_H = 14;
  /* At most this many names on the map at once, and this many stops tried per view (thinning at scale). */
  var MAX_LABELS = 150, MAX_TRIES = 600;
  /* Stops closer than this (pixels) share a label, at most this many to a label. */
  var MERGE_PX = 24, MAX_GROUP = 3;
  /* A view of more stops than this is crowded: its leader lines are looked for near the circles only. */
  var FEW_STOPS = 40;

  /* ---- stops: pure logic ---------------------------------------------------------------------- */

  /* The stops of these caravans: point-level reports grouped by position (across caravans: one label
     names a place once).  Each stop: {key, lat, lon, name (as Python names the point: the shortest name
     reported there, routes/names.py), members:
     [[caravan, report index]...], size (largest figure), endpoint (a caravan's first or last stop),
     crossing (a border crossing reported there), first (day), order}.  Sorted by importance: endpoints,
     then crossings, then the largest group, then most reports, then the earliest: a crowded view names
     them in that order and leaves the rest to a closer zoom. */
  function stops(caravans) {
    /* a stop is a point: the page's points as Python numbered them (decode.js keeps each report's ``pt``: one
       number per distinct position, at the precision of the page's coordinates), else, for caravans made in
       JavaScript, its coordinates as text.  What the order needs is kept in typed arrays, a slot a stop, and the
       stops' members in one list ordered by stop: at 100,000 reports, a key, an object and a list a report
       (and a sort of objects) were ~130 ms of the first view, now ~50 ms. */
    var byPoint = caravans.every(function (c) { return !!c.reports.pt; }), total = 0, top = 0;
    caravans.forEach(function (c) {
      var r = c.reports;
      total += r.lat.length;
      if (byPoint) { for (var i = 0; i < r.pt.length; i++) { if (r.pt[i] >= top) { top = r.pt[i] + 1; } } }
    });
    var ofPoint = byPoint ? new Int32Array(top).fill(-1) : null, ofText = byPoint ? null : new Map(), n = 0;
    var lat = new Float64Array(total), lon = new Float64Array(total), size = new Float64Array(total);
    var first = new Float64Array(total).fill(Infinity), count = new Int32Array(total);
    var endpoint = new Uint8Array(total), crossing = new Uint8Array(total), slots = [];
    function slotOf(r, i) {  /* the stop of report i, numbered as first met */
      var key = byPoint ? r.pt[i] : r.lat[i] + "," + r.lon[i], k = byPoint ? ofPoint[key] : ofText.get(key);
      if (k === undefined || k < 0) {
        k = n++;
        if (byPoint) { ofPoint[key] = k; } else { ofText.set(key, k); }
        lat[k] = r.lat[i]; lon[k] = r.lon[i];
      }
      return k;
    }
    caravans.forEach(function (c) {
      var r = c.reports, S = c.str, m = r.lat.length, slot = new Int32Array(m).fill(-1), i, k, d, early = null, late = null;
      var precision, isPoint = false, kind, isCrossing = false;  /* the last code's string, compared once a run */
      for (i = 0; i < m; i++) {
        if (r.precision[i] !== precision) { precision = r.precision[i]; isPoint = S[precision] === "point"; }
        if (!isPoint || !F.known(r.lat[i])) { continue; }
        k = slot[i] = slotOf(r, i);
        count[k]++;
        if (r.kind[i] !== kind) { kind = r.kind[i]; isCrossing = S[kind] === "crossing"; }
        if (isCrossing) { crossing[k] = 1; }
        if (F.known(r.high[i]) && r.high[i] > size[k]) { size[k] = r.high[i]; }
        d = r.day[i];
        if (F.known(d)) {
          if (d < first[k]) { first[k] = d; }
          if (early === null || d < r.day[early]) { early = i; }
          if (late === null || d >= r.day[late]) { late = i; }
        }
      }
      if (early !== null) { endpoint[slot[early]] = 1; }
      if (late !== null) { endpoint[slot[late]] = 1; }
      slots.push(slot);
    });
    /* each stop's members, in the order of the caravans and their reports */
    var start = new Int32Array(n + 1), k;
    for (k = 0; k < n; k++) { start[k + 1] = start[k] + count[k]; }
    var at = start.slice(0, n), who = new Int32Array(start[n]), which = new Int32Array(start[n]);
    slots.forEach(function (slot, ci) {
      for (var i = 0; i < slot.length; i++) {
        var s = slot[i];
        if (s >= 0) { who[at[s]] = ci; which[at[s]++] = i; }
      }
    });
    var list = { caravans: caravans, start: start, who: who, which: which };
    var order = new Array(n);
    for (k = 0; k < n; k++) { order[k] = k; }
    order.sort(function (a, b) {
      return (endpoint[b] - endpoint[a]) || (crossing[b] - crossing[a]) || (size[b] - size[a]) || (count[b] - count[a]) ||
        (first[a] - first[b]) || (a - b);
    });
    return order.map(function (k) { return new Stop(list, k, lat[k], lon[k], size[k], !!endpoint[k], !!crossing[k], first[k]); });
  }

  /* A stop (see stops()): ``order``, its place among the stops as first met.  Its ``members``, ``key`` (its
     position as text) and ``name`` are made when first read: a view tries a few hundred stops at most, of the
     tens of thousands a big map has. */
  function Stop(list, order, lat, lon, size, endpoint, crossing, first) {
    this.list = list; this.order = order; this.lat = lat; this.lon = lon; this.size = size; this.endpoint = endpoint;
    this.crossing = crossing; this.first = first; this._members = null; this._name = null;
  }
  Object.defineProperties(Stop.prototype, {
    /* [[caravan, report index]...] */
    members: { enumerable: true, get: function () {
      if (!this._members) {
        var L0 = this.list, out = [];
        for (var j = L0.start[this.order]; j < L0.start[this.order + 1]; j++) { out.push([L0.caravans[L0.who[j]], L0.which[j]]); }
        this._members = out;
      }
      return this._members;
    } },
    key: { enumerable: true, get: function () { return this.lat + "," + this.lon; } },
    /* the name of its first report whose point Python named (the shortest name reported there, routes/names.py),
       else that report's resolved place */
    name: { enumerable: true, get: function () {
      for (var k = 0; this._name === null && k < this.members.length; k++) {
        var c = this.members[k][0], i = this.members[k][1];
        this._name = rm.decode.placeName(c, i) || c.str[c.reports.resolved[i]];
      }
      return this._name;
    } }
  });

  /* What a stop's label says by day ``day``: its name and the span of days of each visible caravan's
     reports there, or null when none is shown yet.  ``withYear`` when the map spans several years.  An end
     of a span dated only to its month is written as Python words it (decode.dateLabel: "Oct 2018"), never
     as the 16th the timeline puts it on. */
  function stopText(stop, day, withYear) {
    var spans = [], byCaravan = new Map(), owners = [];
    /* span: [first day, last day, planned, first's label, last's label] */
    function widen(span, d, planned, label) {
      if (!span) { return [d, d, planned, label, label]; }
      if (d < span[0] || (d === span[0] && !label)) { span[0] = d; span[3] = label; }
      if (d > span[1] || (d === span[1] && !label)) { span[1] = d; span[4] = label; }
      return span;
    }
    stop.members.forEach(function (m) {
      var c = m[0], d = c.reports.day[m[1]], planned = c.str[c.reports.kind[m[1]]] === "planned";
      var label = rm.decode.dateLabel(c, m[1]);
      if (!c.visible || !F.known(d) || d > day) { return; }
      var own = byCaravan.get(c);
      if (!own) { own = { seen: null, plans: [] }; byCaravan.set(c, own); owners.push(own); }
      if (planned) { own.plans.push([d, label]); } else { own.seen = widen(own.seen, d, false, label); }
    });
    /* a caravan's planned days there apart from its reported ones: "30 Sep · 4 Oct (planned)", not "30 Sep – 4 Oct",
       a stay nobody reported (blind-s22/02's San Pedro Sula); a plan on a day it was reported there adds nothing */
    owners.forEach(function (own) {
      var seen = own.seen, plan = null;
      own.plans.forEach(function (p) {
        var d = Math.floor(p[0]);
        if (!seen || d < Math.floor(seen[0]) || d > Math.floor(seen[1])) { plan = widen(plan, p[0], true, p[1]); }
      });
      if (seen) { spans.push(seen); }
      if (plan) { spans.push(plan); }
    });
    if (!spans.length) { return null; }
    spans.sort(function (a, b) { return a[0] - b[0]; });
    /* a caravan's days there that are only plans say so: "Mapastepec, 23 Oct (planned)" is no place reached */
    var when = spans.map(function (s) {
      var first = Math.floor(s[0]), last = Math.floor(s[1]), days;
      if (!s[3] && !s[4]) { days = F.shortSpan(first, last, withYear); } else {
        var a = s[3] || F.shortDay(first, withYear), b = s[4] || F.shortDay(last, withYear);
        days = a === b ? a : t("page.span_short", { first: a, last: b });
      }
      return s[2] ? t("page.label_planned", { when: days }) : days;
    });
    /* two caravans there on the same days: the days once ("Tapachula, 30 Oct", not "30 Oct · 30 Oct") */
    when = when.filter(function (w, k) { return when.indexOf(w) === k; });
    return t("page.label", { place: labelName(stop.name), when: when.join(t("page.label_spans_separator")) });
  }

  /* A name written with its state or country keeps it in brackets, as the summary's lists do (maps/i18n.py
     ``_bracketed``): "Tecun Uman (Guatemala), 17 Jan", not "Tecun Uman, Guatemala, 17 Jan" (three places?). */
  function labelName(name) {
    var k = name.indexOf(", "), rest = k > 0 ? name.slice(k + 2) : "";
    if (k <= 0 || name.indexOf("(") >= 0 || !name.slice(0, k).trim() || !rest.trim()) { return name; }
    return name.slice(0, k) + " (" + rest + ")";
  }

  /* Whether a stop's label says anything by day ``day`` (stopText is not null): a visible caravan reported there by then. */
  function shownBy(stop, day) {
    return stop.members.some(function (m) { var d = m[0].reports.day[m[1]]; return m[0].visible && F.known(d) && d <= day; });
  }

  /* A stop to name (placement.js): ``item`` with its ``text`` (stopText) and ``wraps`` worked out when first read:
     in a crowded view most stops have no room for any name (placement's ``hopeless``), and theirs are never made. */
  function stopItem(stop, day, withYear, sep, item) {
    var text, lines;
    /* the start of its text, when the catalogue's label starts with the place (placement.js sameDays) */
    Object.defineProperty(item, "place", { enumerable: true, get: function () { return labelName(stop.name); } });
    Object.defineProperty(item, "text", { enumerable: true, get: function () {
      if (text === undefined) { text = stopText(stop, day, withYear); }
      return text;
    } });
    Object.defineProperty(item, "wraps", { enumerable: true, get: function () {
      if (lines === undefined) { lines = wraps(item.text, labelName(stop.name), sep); }
      return lines;
    } });
    return item;
  }

  /* A label's text on more lines, for a narrow map: the place over its days ("Pijijiapan," / "13 Jun ·
     18 Sep"), then also the days split in two at the separator nearest their middle.  Each way is a list
     of lines that, joined by spaces, give the text back (find-in-page and screen readers read one
     phrase).  None when the catalogue's label does not start with the place. */
  function wraps(text, place, sep) {
    var cut = text.indexOf(place) === 0 ? text.indexOf(" ", place.length) : -1;
    if (cut < 0) { return []; }
    var head = text.slice(0, cut), when = text.slice(cut + 1), out = [[head, when]];
    var best = -1, k = when.indexOf(sep);
    while (k >= 0) {
      if (best < 0 || Math.abs(k - when.length / 2) < Math.abs(best - when.length / 2)) { best = k; }
      k = when.indexOf(sep, k + 1);
    }
    var gap = sep.replace(/\s+$/, "");  /* the separator ends the first line: " ·" */
    if (best > 0 && sep.slice(gap.length) === " ") {
      out.push([head, when.slice(0, best) + gap, when.slice(best + sep.length)]);
    }
    return out;
  }

  /* Do the reports of these caravans fall in more than one calendar year? */
  function spansYears(caravans) {
    var lo = Infinity, hi = -Infinity;  /* a year is later for a later day: the first and the last day say it */
    caravans.forEach(function (c) {
      var day = c.reports.day;
      for (var i = 0; i < day.length; i++) {
        if (F.known(day[i])) { if (day[i] < lo) { lo = day[i]; } if (day[i] > hi) { hi = day[i]; } }
      }
    });
    function year(d) { return new Date(d * F.DAY_MS).getUTCFullYear(); }
    return lo <= hi && year(lo) !== year(hi);
  }

  /* ---- the layer -------------------------------------------------------------------------------- */

  var measureCtx = null, measureFont = null, widths = new Map();
  /* The width of ``text`` in ``font`` (cached: a few hundred distinct texts at most per view). */
  function textWidth(text, font) {
    var key = font + "\u0000" + text, w = widths.get(key);
    if (w === undefined) {
      if (!measureCtx) { measureCtx = document.createElement("canvas").getContext("2d"); }
      if (measureFont !== font) { measureCtx.font = font; measureFont = font; }  /* setting a font parses it, each time */
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
    return this;
  };

  /* Place every name for the view just drawn (transform ``tr``, what was drawn marked in ``grid``, an
     Occupancy of the W x H view: see layers.js). */
  LabelLayer.prototype.update = function (grid, tr, W, H) {
    this.begin(grid, tr, W, H).step(function () { return true; });
  };

  /* update a few stops at a time: ``step(more)`` places stops while ``more()`` and returns true once every
     name is placed; the same names in the same places. */
  LabelLayer.prototype.begin = function (grid, tr, W, H) {
    var st = this.st, map = this.map, self = this, started = F.now(), spent = 0;
    if (!this.stops) {  /* the stops and whether their days span years: worked out for the first names */
      this.stops = stops(st.caravans);
      this.withYear = spansYears(st.caravans);
    }
    L.DomUtil.setPosition(this.box, tr.topLeft);
    if (this.countryBox) { L.DomUtil.setPosition(this.countryBox, tr.topLeft); }
    grid.finish();
    var blocked = panelRects(map);
    rm.symbols.symbolPoints(st).forEach(function (ll) {  /* the symbol markers at this day (made or to be made) */
      var p = map.latLngToContainerPoint(ll);
      blocked.push([p.x - 11, p.y - 11, p.x + 11, p.y + 11]);
    });
    var place = P.placer(W, H, blocked, grid);
    function X(x) { return x * tr.k - tr.dx; }
    function Y(y) { return y * tr.k - tr.dy; }

    /* 1. stops, most important first, until the view is full; stops a few pixels apart share one label */
    var tries = 0, items = [], sep = t("page.label_spans_separator");
    for (var k = 0; k < this.stops.length && tries < MAX_TRIES; k++) {
      var s = this.stops[k], m0 = s.members[0], c0 = m0[0];
      var x = X(c0.px[m0[1]]), y = Y(c0.py[m0[1]]);
      if (x < 0 || x > W || y < 0 || y > H) { continue; }
      if (!shownBy(s, st.day)) { continue; }
      tries++;
      var r = 4;
      s.members.forEach(function (m) {
        var rr = F.known(m[0].reports.rh[m[1]]) ? m[0].reports.rh[m[1]] : m[0].reports.r[m[1]];
        if (F.known(rr) && rr > r) { r = rr; }
      });
      items.push(stopItem(s, st.day, this.withYear, sep, { key: "stop:" + s.key, x: x, y: y, r: r, c: c0, i: m0[1], first: s.first }));
    }
    var job = P.stopPlacer(items, place, {
      width: function (text) { return textWidth(text, LABEL_FONT); }, height: LABEL_H, sep: sep,
      bound: P.leaderBound(W, H), mergePx: MERGE_PX, maxGroup: MAX_GROUP, maxNames: MAX_LABELS,
      narrow: 0.6 * W, crowded: items.length > FEW_STOPS
    });
    spent += F.now() - started;
    return {
      step: function (more) {
        var at = F.now(), done = job.step(more);
        if (done) { self._placed(job.shown, place, tr, W, H, tries); }
        spent += F.now() - at;
        if (done) { st.labelsDrawn.ms = spent; }
        return done;
      }
    };
  };

  /* The stops' names placed: then the area-level badges, the DOM, the country names. */
  LabelLayer.prototype._placed = function (labels, place, tr, W, H, tries) {
    var st = this.st, self = this, shown = [], named = 0;
    function X(x) { return x * tr.k - tr.dx; }
    function Y(y) { return y * tr.k - tr.dy; }
    labels.forEach(function (x) {
      named += x.members.length;
      shown.push({ key: x.members[0].key, kind: "stop", parts: x.members, text: x.text, texts: x.texts, box: x.box, first: x.members[0].first,
                   stacked: x.stacked, lines: x.lines, leader: x.leader });
    });
    /* 2. area-level reports: a badge at the area's point (or near it), over the least drawing if need be
       (after the stops' names: a name belongs next to its stop, an area's point is vague) */
    var seen = {};
    st.caravans.forEach(function (c) {
      if (!c.visible) { return; }
      var r = c.reports, S = c.str, members = {}, i;
      for (i = 0; i < r.lat.length; i++) {  /* each area's reports shown by the slider's day: one badge says them all */
        if (S[r.precision[i]] === "point" || r.day[i] > st.day || !F.known(r.lat[i])) { continue; }
        (members[S[r.place[i]]] = members[S[r.place[i]]] || []).push(i);
      }
      for (i = 0; i < r.lat.length; i++) {
        if (S[r.precision[i]] === "point" || r.day[i] > st.day || !F.known(r.lat[i])) { continue; }
        var x = X(c.px[i]), y = Y(c.py[i]), key = "area:" + c.id + ":" + S[r.place[i]];
        if (seen[key]) { continue; }
        var text = badgeText(c, members[S[r.place[i]]], self.withYear);
        var w = textWidth(text, BADGE_FONT) + 14, h = BADGE_H;
        if (x < 0 || x > W || y < 0 || y > H) {  /* the area's point is off the view: a country seen in part is named */
          var room = S[r.precision[i]] === "country" ? countryRoom(self.map, st, c, i, W, H, w, h) : null;
          if (!room && S[r.precision[i]] === "country") {  /* too little of it in view for its figure: the days only */
            text = badgeText(c, members[S[r.place[i]]], self.withYear, true);
            w = textWidth(text, BADGE_FONT) + 14;
            room = countryRoom(self.map, st, c, i, W, H, w, h);
          }
          if (!room) { continue; }
          x = room.x; y = room.y;
        }
        seen[key] = true;
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
                     title: t("page.area_title", { precision: rm.popups.precisionName(S[r.precision[i]]), place: rm.decode.placeName(c, i) }) });
      }
    });
    this.badgeCount = shown.length - labels.length;
    this._render(shown, W, H);

    /* 3. country names where there is room (they may lie under legs and circles, never under a name) */
    if (this.countryBox) { this._countries(place, W, H); }
    st.labelsDrawn = { stops: named, badges: this.badgeCount, tries: tries };
  };

  /* Put the placed names in the DOM, in the order of the route (reading order), reusing nodes: a badge
     is a button; a stop label is a line of buttons, one for each place it names.  Leader lines (SVG)
     join labels placed away from their circle. */
  LabelLayer.prototype._render = function (shown, W, H) {
    var nodes = this.nodes, box = this.box, active = document.activeElement, keep = new Set();
    var sep = t("page.label_spans_separator");
    shown.sort(function (a, b) { return (a.first - b.first) || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0); });
    shown.forEach(function (x) {
      var node = nodes.get(x.key), signature = x.kind + "\u0000" + x.text + (x.stacked ? "\u0000stacked" : "") + (x.lines ? "\u0000" + x.lines.map(function (l) { return l.join("\n"); }).join("\u0000") : "");
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
          node = F.el("span", "rm-name" + (x.stacked ? " rm-name-stacked" : "") + (x.lines ? " rm-name-wrapped" : ""));
          x.parts.forEach(function (part, k) {
            if (k && !x.stacked) {
              var gap = F.el("span", "rm-sep", sep);
              gap.setAttribute("aria-hidden", "true");
              node.appendChild(gap);
            }
            var shown = x.lines ? null : x.texts ? x.texts[k] : part.text;
            var button = F.el("button", "rm-label", shown);
            /* a name whose days the label says once, after the last name, is read with them ("Calipan, 14 May") */
            if (shown !== null && shown !== part.text) { button.setAttribute("aria-label", part.text); }
            (x.lines ? x.lines[k] : []).forEach(function (line, n) {  /* the text (find-in-page, a screen reader) stays one phrase */
              if (n) { button.appendChild(document.createTextNode(" ")); }
              button.appendChild(F.el("span", "rm-line", line));
            });
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
      var ends = x.leader ? P.leaderLine(x.leader[0], x.leader[1], x.leader[2], x.box) : null;
      if (!ends) { return; }
      var line = document.createElementNS(NS, "line");
      line.setAttribute("x1", ends[0]); line.setAttribute("y1", ends[1]);
      line.setAttribute("x2", ends[2]); line.setAttribute("y2", ends[3]);
      svg.appendChild(line);
    });
  };

  /* Country names: at the first of the country's spots (see maps/outlines.py) that is in view, wide enough
     for the name at this zoom (the name may run a little past the circle) and free of other names; failing
     that, in the widest room its outline leaves in the view (a view that sees a part of a country, as the
     region around a one-town map by a border does, names both sides). */
  LabelLayer.prototype._countries = function (place, W, H) {
    var map = this.map, nodes = this.countryNodes, keep = new Set(), box = this.countryBox, st = this.st;
    var perDegree = 256 * Math.pow(2, map.getZoom()) / 360, view = null;
    st.countries.forEach(function (c) {
      /* a name is measured once a spot of it is in view or its box reaches into the view, and the outline is read
         only for a box that leaves room for the name: in a view of a few countries most others are out of it */
      var w = null, h = COUNTRY_H, spot = null;
      function width() { if (w === null) { w = textWidth(c.name.toUpperCase(), COUNTRY_FONT) * 1.12 + 4; } return w; }
      for (var k = 0; k < c.spots.length && !spot; k++) {
        var s = c.spots[k], p = map.latLngToContainerPoint([s[0], s[1]]);
        if (p.x < 0 || p.x > W || p.y < 0 || p.y > H || 2 * s[2] * perDegree < width() * 0.8) { continue; }
        spot = takeName(place, p.x, p.y, width(), h);
      }
      if (!spot && c.spots.length) {  /* none of its spots in view: the part of it the view sees, if there is room */
        view = view || map.getBounds();
        /* its box (every part of its outline) shows too little of it in view, or none: so does every part */
        if (c.box && !boxInView(map, c.box, view, W, H, width(), h)) { return; }
        var rooms = roomInView(map, st, c, view, W, H, width(), h);
        for (var m = 0; m < rooms.length && !spot; m++) { spot = takeName(place, rooms[m].x, rooms[m].y, w, h); }
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

  /* For a country-level report whose country's point is off the view: the centre of the widest room the
     country's outline (matched by name: the report's resolved name or the name shown) leaves inside the view
     for a badge w x h, or null (no outline, or too little of the country in view). */
  function countryRoom(map, st, c, i, W, H, w, h) {
    var S = c.str, names = [S[c.reports.resolved[i]], rm.decode.placeName(c, i)];
    var country = (st.countries || []).find(function (k) { return names.indexOf(k.outline) >= 0 || names.indexOf(k.name) >= 0; });
    if (!country) { return null; }
    return roomInView(map, st, country, map.getBounds(), W, H, w, h)[0] || null;  /* the widest */
  }

  /* A free box for a country name w x h centred on (x, y), or just above or below it; else the centred one
     over the drawing (never over another name); null when none is free. */
  function takeName(place, x, y, w, h) {
    var boxes = [[x - w / 2, y - h / 2], [x - w / 2, y - h / 2 - 16], [x - w / 2, y - h / 2 + 16]]
      .map(function (q) { return [q[0], q[1], q[0] + w, q[1] + h]; });
    return place.take(boxes) || place.take(boxes.slice(0, 1), { overDrawing: true });
  }

  /* The outlines' shapes of one country (``key``: "iso2\u0000outline name"), worked out the first time a name needs
     them and kept (``st.outlineShapes``): a shape a GeoJSON feature (as the outline layer has a layer a feature),
     its box in degrees and its rings as [lat, lng] pairs, the closing point dropped (as Leaflet does).  Read from
     the features the page carries (map.js ``st.outlineFeatures``), so naming a country does not make the outline
     layer, which goes on the map after the first view; from the layer's shapes when the page handed over a made
     layer.  Only that country's coordinates are read, its box first: its rings are made (``shapeRings``) only
     for a shape whose box reaches into the view (a view of Central America read every point of the United
     States, and of every other country, to find that none of it was in view: 4-30 ms of its first view). */
  function outlineShapes(st, key) {
    var all = st.outlineShapes = st.outlineShapes || {};
    if (all[key]) { return all[key]; }
    var out = all[key] = [];
    var keyOf = function (props) { return props ? props.iso2 + "\u0000" + props.name : null; };
    if (st.outlineFeatures) {
      st.outlineFeatures.forEach(function (f) {
        if (keyOf(f.properties) !== key) { return; }
        var g = f.geometry, box = { s: Infinity, w: Infinity, n: -Infinity, e: -Infinity }, any = false;
        var polygons = !g ? [] : g.type === "Polygon" ? [g.coordinates] : g.type === "MultiPolygon" ? g.coordinates : [];
        polygons.forEach(function (polygon) {
          polygon.forEach(function (coords) {
            for (var i = 0; i < coords.length; i++) {
              var c = coords[i];
              box.s = Math.min(box.s, c[1]); box.n = Math.max(box.n, c[1]); box.w = Math.min(box.w, c[0]); box.e = Math.max(box.e, c[0]);
            }
            if (coords.length) { any = true; }
          });
        });
        if (any) { out.push({ box: box, polygons: polygons, rings: null }); }
      });
    } else if (st.outlines) {
      st.outlines.eachLayer(function (layer) {
        if (!layer.feature || !layer.getLatLngs || keyOf(layer.feature.properties) !== key) { return; }
        var rings = [], box = { s: Infinity, w: Infinity, n: -Infinity, e: -Infinity };
        (function walk(a) {
          if (!a.length) { return; }
          if (Array.isArray(a[0])) { a.forEach(walk); return; }
          rings.push(a.map(function (q) { return [q.lat, q.lng]; }));
        })(layer.getLatLngs());
        rings.forEach(function (ring) {
          ring.forEach(function (q) {
            box.s = Math.min(box.s, q[0]); box.n = Math.max(box.n, q[0]); box.w = Math.min(box.w, q[1]); box.e = Math.max(box.e, q[1]);
          });
        });
        if (rings.length) { out.push({ box: box, rings: rings }); }
      });
    }
    return out;
  }

  /* A shape's rings as [lat, lng] pairs, the closing point dropped (as Leaflet does); made from its GeoJSON
     polygons the first time they are needed. */
  function shapeRings(shape) {
    if (!shape.rings) {
      var rings = shape.rings = [];
      shape.polygons.forEach(function (polygon) {
        polygon.forEach(function (coords) {
          var ring = coords.map(function (c) { return [c[1], c[0]]; }), last = ring.length - 1;
          if (last > 0 && Math.abs(ring[0][0] - ring[last][0]) <= 1e-9 && Math.abs(ring[0][1] - ring[last][1]) <= 1e-9) { ring.pop(); }
          if (ring.length) { rings.push(ring); }
        });
      });
    }
    return shape.rings;
  }

  /* A shape's rings in Web Mercator units of the world's width (u east, v south, 0..1) with their boxes in
     degrees: worked out the first time a name needs them. */
  function mercatorRings(shape) {
    if (shape.mercator) { return shape.mercator; }
    shape.mercator = shapeRings(shape).map(function (a) {
      var ring = { u: new Float64Array(a.length), v: new Float64Array(a.length), s: Infinity, w: Infinity, n: -Infinity, e: -Infinity };
      a.forEach(function (q, i) {
        var lat = Math.max(-85.05, Math.min(85.05, q[0]));
        ring.u[i] = (q[1] + 180) / 360;
        ring.v[i] = 0.5 - Math.log(Math.tan(Math.PI / 4 + lat * Math.PI / 360)) / (2 * Math.PI);
        ring.s = Math.min(ring.s, q[0]); ring.n = Math.max(ring.n, q[0]); ring.w = Math.min(ring.w, q[1]); ring.e = Math.max(ring.e, q[1]);
      });
      return ring;
    });
    return shape.mercator;
  }

  /* Whether the part of box ``r`` ({s, w, n, e}, degrees) inside ``view`` is at least w * 0.8 x h pixels. */
  function boxInView(map, r, view, W, H, w, h) {
    if (!(r.n >= view.getSouth() && r.s <= view.getNorth() && r.e >= view.getWest() && r.w <= view.getEast())) { return false; }
    var a = map.latLngToContainerPoint([r.n, r.w]), b = map.latLngToContainerPoint([r.s, r.e]);
    return Math.min(b.x, W) - Math.max(a.x, 0) >= w * 0.8 && Math.min(b.y, H) - Math.max(a.y, 0) >= h;
  }

  /* countryspot.roomySpots of ``country``'s rings (an entry of st.countries) reaching into ``view`` (a
     LatLngBounds), in view pixels, widest first, those wide enough for a name ``w`` x ``h`` only (the name
     may run a little past the circle); none when the part of their boxes inside the view is too small for
     it (an island far off). */
  function roomInView(map, st, country, view, W, H, w, h) {
    var rings = [], shapes = outlineShapes(st, country.iso2 + "\u0000" + country.outline);
    (shapes || []).forEach(function (shape) {
      if (!boxInView(map, shape.box, view, W, H, w, h)) { return; }
      mercatorRings(shape).forEach(function (r) { if (boxInView(map, r, view, W, H, w, h)) { rings.push(r); } });
    });
    if (!rings.length) { return []; }
    var scale = 256 * Math.pow(2, map.getZoom()), origin = map.latLngToContainerPoint([0, 0]);
    var dx = origin.x - scale / 2, dy = origin.y - scale / 2;  /* (0, 0) is at u = v = 1/2 */
    return rm.countryspot.roomySpots(rings.map(function (r) {
      var flat = new Float64Array(2 * r.u.length);
      for (var i = 0; i < r.u.length; i++) { flat[2 * i] = r.u[i] * scale + dx; flat[2 * i + 1] = r.v[i] * scale + dy; }
      return flat;
    }), W, H).filter(function (room) { return 2 * room.r >= w * 0.8 && room.r >= h / 2; });
  }

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

  /* An area's badge: "somewhere in Guatemala, 15–17 Jan · about 8,000 people": every day its reports ``idx``
     (one caravan's, of one area) were reported on, and the largest merged figure among them, in words as the
     caption says it (format.placeDayPeople: a hedge or a vague word, not the spread our rules read into it;
     two sources that disagree one by one; a figure
     reported only for a country is otherwise on no symbol of the map); ``noFigure``: the
     days only, for a country too little of which is in view for the longer badge. */
  function badgeText(c, idx, withYear, noFigure) {
    var r = c.reports, S = c.str, first = Infinity, last = -Infinity, best = null;
    idx.forEach(function (k) {
      first = Math.min(first, Math.floor(r.day[k])); last = Math.max(last, Math.floor(r.day[k]));
      var merged = rm.decode.placeDay(c, k);
      if (F.known(merged.low) && (!best || merged.high > best.high)) { best = merged; }
    });
    var i = idx[0];
    var text = t(S[r.precision[i]] === "region" ? "page.area_label_region" : "page.area_label",
                 { place: rm.decode.placeName(c, i), when: F.shortSpan(first, last, withYear) });
    /* as the caption says it: one figure ("about 6,500 people"), two sources that disagree one by one ("about
       4,000 people and about 9,000 people"); several reports added up, as the popup does */
    var people = !best || noFigure ? "" : best.joined ? rm.popups.togetherText(best) : F.placeDayPeople(best);
    return people ? t("page.area_label_people", { label: text, people: people }) : text;
  }

  return {
    badgeText: badgeText,
    LABEL_FONT: LABEL_FONT, MAX_LABELS: MAX_LABELS, FEW_STOPS: FEW_STOPS, stops: stops, stopText: stopText, wraps: wraps, spansYears: spansYears,
    shownBy: shownBy, stopItem: stopItem,
    LabelLayer: LabelLayer
  };
});
