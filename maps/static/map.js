/* routemapper/map.js: per-map state and the page's entry points, loaded last.
 *
 * A page written by maps/render.py calls ``routemapper.load(map, metaId)``: the meta block
 * (JSON) names the binary blocks, which are decoded (decode.js) into caravans and their
 * string table; then ``routemapper.finish(map, options)`` lays the page out (header, map,
 * footer), adds the controls and the names, fits the view into the space the panels leave
 * free and draws.  ``addCaravan(map, caravan)`` once per caravan, then ``finish``, does the
 * same for caravans made in JavaScript.  ``visibleCounts``, ``reportPoint`` and ``firstMap``
 * are read-only helpers for tests and benchmarks.
 */
(function (global, factory) {
  "use strict";
  var rm = global.routemapper = global.routemapper || {};
  rm.map = factory(rm, global);
  ["load", "addCaravan", "countryNames", "outlines", "tiles", "finish", "state", "setDay", "visibleCounts", "reportPoint", "firstMap"].forEach(function (name) {
    rm[name] = rm.map[name];
  });
  rm.safeUrl = rm.format.safeUrl;
})(typeof window !== "undefined" ? window : globalThis, function (rm, global) {
  "use strict";

  var F = rm.format, t = F.t;
  var state = { maps: {} };

  function mapState(map) {
    var id = L.stamp(map);
    if (!state.maps[id]) {
      state.maps[id] = { caravans: [], bounds: L.latLngBounds([]), day: Infinity, flow: null, options: {}, t: {} };
    }
    return state.maps[id];
  }

  /* Read the map's data from the page (meta block ``metaId``), then draw it; returns a promise.  The
     columns and the string table are inflated side by side; the view is fitted to the bounds Python
     worked out (both ends of every leg, every point-level report). */
  function load(map, metaId) {
    var st = mapState(map);
    st.map = map;
    st.t0 = F.now();
    var meta = JSON.parse(global.document.getElementById(metaId).textContent);
    st.meta = meta;
    st.days = meta.days;
    var str = meta.layout.head.slice();
    if (meta.bounds) { st.bounds = L.latLngBounds(meta.bounds); }
    /* A big map's overview goes on screen before the detail's blocks are read: turning their base64 into
       bytes holds the page's thread for a while (a second or more at 1,000,000 reports). */
    var first = meta.overview ? overview(map, st, meta) : Promise.resolve();
    return first.then(function () {
      return rm.decode.readCaravans(meta, str);
    }).then(function (caravans) {
      st.t.decoded = F.now();
      caravans.forEach(function (c) { st.caravans.push(c); });
      return setUp(map, meta.options);
    }).then(function (markers) {
      /* drawn in the next microtask, still in this task: the fitted view's tiles are asked for in between (an
         image is loaded from a microtask of its own), so their answers come while the view is drawn and named,
         not after it (the load event waits for them) */
      draw(map, markers);
      return st;
    }).catch(function (err) {
      showGround(map, st);  /* the map's data failed: its ground is still worth showing */
      st.error = String(err && err.message || err);
      if (global.console) { global.console.error("routemapper: " + st.error); }
      throw err;
    });
  }

  /* A big map paints Python's overview (maps/overview.py) as soon as that small block is inflated, fitted to
     the routes' bounds; the promise resolves once that paint has reached the screen (two animation frames,
     or 300 ms), and only then are the reports decoded; finish() draws them in its place.  A failed overview
     is said in the console and the reports come all the same. */
  function overview(map, st, meta) {
    return rm.decode.readBlock(meta.blocks.overview).then(function (buffer) {
      var tables = rm.decode.unpack(meta.overview.layout, buffer);
      st.overview = { tables: tables, grid: meta.overview.grid,
                      colors: Array.from(tables.caravans.color, function (k) { return meta.palette[k]; }) };
      if (st.bounds.isValid()) { map.fitBounds(st.bounds, { maxZoom: 11, animate: false }); }
      showGround(map, st);
      st.flow = rm.layers.flowLayer(st);
      st.flow.addTo(map);
      return new Promise(function (shown) {  /* a hidden tab has no frames: go on after a moment all the same */
        global.requestAnimationFrame(function () { global.requestAnimationFrame(shown); });
        global.setTimeout(shown, 300);
      });
    }).catch(function (err) { if (global.console) { global.console.error("routemapper: " + err); } });
  }

  /* Add one caravan made in JavaScript (decode.js describes its columns; drawn later by the shared canvas). */
  function addCaravan(map, data) {
    var st = mapState(map);
    st.map = map;
    if (!st.t0) { st.t0 = F.now(); }
    var c = rm.decode.decodeCaravan(data);
    rm.decode.fitPoints(c).forEach(function (p) { st.bounds.extend(p); });
    st.caravans.push(c);
    return c;
  }

  function setDay(map, day) {
    var st = mapState(map);
    st.day = day;
    if (st.flow) { st.flow.redraw(); }
    rm.symbols.syncMarkers(st);
    if (st.slider) { st.slider.show(day); }
  }

  /* Country names and where they may be written, for the outlines in pane ``pane`` (called by the outline layer). */
  function countryNames(map, list, pane) {
    var st = mapState(map);
    st.countries = list || [];
    st.countryPane = pane;
  }

  /* The country outlines (maps/outlines.py: a function that makes their Leaflet layer, in pane ``pane``, of
     every country or of the GeoJSON given) and their names: the layer (``st.outlines``, whole when read) is
     put on the map once the view is fitted (showOutlines: in idle time after the first view), so it is
     projected for that view only.  Given the countries (``features``), it goes on a country at a time: the
     largest holds half the points, and projecting all of them at once was one 15-20 ms task after the first
     view, which a click or the next frame waited for.  (A layer itself is taken as well.)  ``features`` may be
     a function that gives them (maps/outlines.py: the page's data block, parsed the first time it is read). */
  function outlines(map, layer, list, pane, features) {
    var st = mapState(map), made = null, at = 0, given, parts = [];
    function shapes() {
      if (given === undefined) { given = (typeof features === "function" ? features() : features) || null; parts = given || []; }
      return given;
    }
    /* the countries' shapes, for their names (labels.js), without the layer */
    Object.defineProperty(st, "outlineFeatures", { configurable: true, enumerable: true, get: shapes });
    if (typeof layer === "function") {
      var start = function () { if (!made) { made = shapes() ? layer(null) : layer(); } return made; };
      /* the countries not on it yet (all of them without ``more``): on the map when the layer is */
      var add = function (more) {
        start();
        shapes();
        while (at < parts.length) {
          made.addData(parts[at++]);
          if (more && !more()) { break; }
        }
        return at >= parts.length;
      };
      Object.defineProperty(st, "outlines", {
        configurable: true, enumerable: true, get: function () { add(); return made; }
      });
      st.addOutlines = function (more) {
        if (!start()._map) { made.addTo(map); }
        return add(more);
      };
    } else {
      st.outlines = layer;
    }
    countryNames(map, list, pane);
  }

  /* The base tiles (maps/render.py: TileHandover), not on the map yet: put on it with the outlines once the view
     is fitted, so the only tiles asked for are the fitted view's (at the starting view a 1280 x 800 map asked for
     about 20 tiles no reader saw, and the page's load waited for them). */
  function tiles(map, layer) {
    var st = mapState(map), credit = layer.getAttribution && layer.getAttribution();
    st.tiles = layer;
    /* their credit is in the corner from the start, as when they were on the map: the controls' sizes decide
       where the routes are fitted */
    if (credit && map.attributionControl) { map.attributionControl.addAttribution(credit); st.tilesCredit = credit; }
  }

  /* The ground under the routes: outlines and tiles, once the view is fitted (or the data failed). */
  function showGround(map, st) {
    showOutlines(map, st);
    showTiles(map, st);
  }

  /* The outlines on the map (given ``more``: the next countries while it says so; true once all are on). */
  function showOutlines(map, st, more) {
    if (st.addOutlines) { return st.addOutlines(more); }
    if (st.outlines && !st.outlines._map) { st.outlines.addTo(map); }
    return true;
  }

  function showTiles(map, st) {
    if (st.tiles && !st.tiles._map) {
      st.tiles.addTo(map);  /* credits its tiles itself from now on */
      if (st.tilesCredit) { map.attributionControl.removeAttribution(st.tilesCredit); st.tilesCredit = null; }
    }
  }

  /* Header, map and footer as the page's landmarks: <header> title, <main> the map, <footer> slider and sources. */
  function pageLayout(map, st, options, days) {
    var container = map.getContainer(), body = container.parentNode, C = rm.controls;
    var main = F.el("main", "rm-main");
    body.insertBefore(main, container);
    main.appendChild(container);
    st.aboutId = "rm-about-" + L.stamp(map);
    var head = C.header(options, st), foot = C.footer(st, map, options, days);
    if (head) { body.insertBefore(head, main); }
    if (foot) { body.insertBefore(foot, main.nextSibling); }
    var print = F.el("section", "rm-print");
    body.insertBefore(print, foot ? foot.nextSibling : main.nextSibling);
    st.printBox = print;
    body.classList.add("rm-page");
    if (st.compact) { body.classList.add("rm-compact"); }
    container.setAttribute("role", "region");
    container.setAttribute("aria-roledescription", t("page.map_roledescription"));
    container.setAttribute("aria-label", options.title ? t("page.map_label", { title: options.title }) : t("page.map_label_untitled"));
    if (document.getElementById(st.aboutId)) { container.setAttribute("aria-describedby", st.aboutId); }
    map.invalidateSize({ animate: false, pan: false });
    if (global.ResizeObserver) {  /* the header's "About this map" opened, a frame resized: the map follows */
      new global.ResizeObserver(function () { map.invalidateSize({ pan: false }); }).observe(container);
    }
  }

  /* The rectangles (container pixels) of the controls inside the map. */
  function panelRects(map) {
    var box = map.getContainer().getBoundingClientRect(), out = [];
    var nodes = map.getContainer().querySelectorAll(".leaflet-control");
    for (var k = 0; k < nodes.length; k++) {
      var r = nodes[k].getBoundingClientRect();
      if (r.width && r.height) { out.push([r.left - box.left, r.top - box.top, r.right - box.left, r.bottom - box.top]); }
    }
    return out;
  }

  /* Fit the routes into the largest-zoom rectangle the panels leave free, measured from their actual sizes,
     with a margin of the largest circle's radius around the stops. */
  function fitToFreeSpace(map, st) {
    if (!st.bounds.isValid()) { return; }
    var size = map.getSize(), maxR = 0;
    st.caravans.forEach(function (c) {
      c.reports.rh.forEach(function (v) { if (F.known(v) && v > maxR) { maxR = v; } });
    });
    var margin = Math.min(40, Math.max(8, maxR)) + 6;
    var rects = rm.layout.freeRects(size.x, size.y, panelRects(map));
    var best = rm.layout.bestRect(rects, function (w, h) {
      return map.getBoundsZoom(st.bounds, false, L.point(size.x - w + 2 * margin, size.y - h + 2 * margin));
    }, 2 * margin + 40) || [0, 0, size.x, size.y];
    st.fitRect = best;
    st.fitMargin = margin;
    map.fitBounds(st.bounds, {
      paddingTopLeft: [best[0] + margin, best[1] + margin],
      paddingBottomRight: [size.x - best[2] + margin, size.y - best[3] + margin],
      maxZoom: 11, animate: false
    });
  }

  /* On a small screen, a page's own map (an embed asks its article for a height instead: embed.js) taller
     than its routes need (a route wider than the screen is tall, drawn as a band across the map): the
     height it does not need goes to the words about the map ("About this map" opens above it, scrolling
     when they are longer than that room; when they are shorter, the map keeps the rest of the screen: a
     blank strip under the page would show the reader nothing), and the routes are fitted again. */
  var MIN_WORDS = 72;  /* pixels: four lines of the words about the map, or they stay folded */
  function container(map) { var r = map.getContainer().getBoundingClientRect(); return { x: r.width, y: r.height }; }
  function fitHeight(map, st) {
    var about = global.document.querySelector(".rm-header details.rm-about");
    if (!st.compact || global.parent !== global || !st.bounds.isValid() || !about || about.open) { return; }
    var zoom = map.getZoom(), nw = map.project(st.bounds.getNorthWest(), zoom), se = map.project(st.bounds.getSouthEast(), zoom);
    var need = rm.layout.neededHeight(map.getSize().y, Math.abs(se.y - nw.y), st.fitMargin || 0, rm.embed.measure(map).panels);
    if (need === null) { return; }
    about.open = true;
    /* short: what the map lacks of the height it needs, plus how far the page now runs past the screen (many
       caravans' words can push the map below it: then the map has little or no height left to lack) */
    var root = global.document.documentElement, past = Math.max(0, root.scrollHeight - root.clientHeight);
    var text = about.querySelector(".rm-about-text"), short = need - container(map).y + past;
    if (short > 0 && text && text.offsetHeight - short >= MIN_WORDS) {  /* many words: they scroll in what is left */
      text.style.maxHeight = (text.offsetHeight - short) + "px";
      text.classList.add("rm-scroll");
      text.tabIndex = 0;  /* a scrolling box is reached from the keyboard */
    } else if (short > 0) {  /* no room for a few lines: the map keeps its height, the words their fold */
      about.open = false;
    }
    map.invalidateSize({ animate: false, pan: false });
    fitToFreeSpace(map, st);
    st.fitHeight = about.open ? map.getSize().y : null;
  }

  /* Printing: the route table leaves the map (whose box would clip it) for the page, then comes back. */
  function printing(map, st) {
    var media = global.matchMedia ? global.matchMedia("print") : null, printed = false;
    function before() {
      if (st.later) { st.later.flush(); }  /* names, markers, outlines: all on paper */
      if (printed || !st.table) { return; }
      printed = true;
      st.table.build();
      st.printBox.appendChild(st.table.panel);
      map.invalidateSize({ animate: false, pan: false });
      fitToFreeSpace(map, st);
    }
    function after() {
      if (!printed) { return; }
      printed = false;
      st.table.restore();
      map.invalidateSize({ animate: false, pan: false });
      fitToFreeSpace(map, st);
    }
    global.addEventListener("beforeprint", before);
    global.addEventListener("afterprint", after);
    if (media && media.addEventListener) { media.addEventListener("change", function (e) { if (e.matches) { before(); } else { after(); } }); }
  }

  /* Controls, layer switcher, slider, table, names and view, once every caravan is added.  The first view
     (header, footer, controls, legend, tiles, the routes, circles and symbols drawn, the names of stops and
     countries) is made here, in one task; the country outlines and the symbol markers (focusable, titled: they
     cover the symbols the canvas painted) come after it, in idle time (later.js: ``st.later``); ``drawn`` is
     set once they are on the map too. */
  function finish(map, options) {
    draw(map, setUp(map, options));
  }

  /* finish() up to the view: the page laid out, the controls and panels added, the view fitted and its tiles asked
     for; returns the symbol markers reserved (for draw()). */
  function setUp(map, options) {
    var st = mapState(map), C = rm.controls;
    st.t = Object.assign(st.t || {}, { finish: F.now() });
    st.building = true;  /* the symbols go on the map once, after the view is fitted */
    st.options = options;
    F.setStrings(options.strings);
    /* the window's size, not the root's: reading the root's made the browser lay out the page once more, before
       the header and footer went in (which lay it out again) */
    var root = document.documentElement;
    st.compact = rm.layout.isCompact(global.innerWidth || root.clientWidth || map.getSize().x,
                                     global.innerHeight || root.clientHeight || map.getSize().y);
    st.caravans.forEach(function (c) { c.backColor = options.backColor || c.backColor; });
    var days = st.days || rm.decode.reportDays(st.caravans);
    pageLayout(map, st, options, days);
    var markers = rm.symbols.reserveMarkers(st);
    var layers = C.layerControl(st, map);
    new (rm.table.tableControl(st))().addTo(map);
    if (layers) { layers.addTo(map); }
    new (C.legendControl(options, st))().addTo(map);
    L.control.scale({ imperial: !!options.imperial, position: "bottomleft" }).addTo(map);
    C.translateLeaflet(map, layers);
    C.fitPanels(map);
    map.on("resize", function () { C.fitPanels(map); });
    st.labels = new rm.labels.LabelLayer(st).addTo(map);
    fitToFreeSpace(map, st);
    fitHeight(map, st);
    showTiles(map, st);  /* tiles asked for once, outlines projected once (below): for the view fitted */
    if (options.gestureHandling && map.gestureHandling) {
      map.options.gestureHandlingOptions.text = {
        touch: t("page.gesture.touch"), scroll: t("page.gesture.scroll"), scrollMac: t("page.gesture.scroll_mac")
      };
      map.gestureHandling.enable();
    }
    printing(map, st);
    st.t.controls = F.now();
    st.building = false;
    return markers;
  }

  /* finish() from the view on: the routes drawn and named (the first view), then the later work started. */
  function draw(map, markers) {
    var st = mapState(map);
    st.later = rm.later.queue(laterSteps(map, st, markers), function () { st.drawn = st.viewDrawn; });
    st.overview = null;  /* the reports are here: the overview has done its job */
    if (st.flow) { st.flow.redraw(); } else { st.flow = rm.layers.flowLayer(st); st.flow.addTo(map); }
    st.later.start();
    st.refit = function () { map.invalidateSize({ animate: false, pan: false }); fitToFreeSpace(map, st); };
    rm.embed.start(map, st);  /* in an article's iframe: ask for the height the routes need */
  }

  /* What the first view leaves for later, in this order: the outlines (a country at a time), the symbol
     markers (made, then put on the map, a few at a time).  The outlines' drawing and the markers stay hidden in
     their panes while the slices add them (``rm-filling``: the country names in the outlines' pane stay shown,
     and the canvas paints the symbols until their markers are there), and are shown once whole: the page is
     drawn again once for the outlines and once for the markers, not after every slice (each of those frames
     was main-thread commit, paint and layerization, compositor and display work: about 8 frames after the first
     view of a 1,000-report map, while the reader had nothing new to see in most of them). */
  function laterSteps(map, st, markers) {
    var outlinePane = st.countryPane ? map.getPane(st.countryPane) : null, markerPane = markers ? map.getPane("markerPane") : null;
    function filling(pane, on) { if (pane) { pane.classList.toggle("rm-filling", on); } return true; }
    filling(outlinePane, true);
    filling(markerPane, true);
    var steps = [function (more) { return showOutlines(map, st, more) && filling(outlinePane, false); }];
    if (markers) {
      steps.push(function (more) { return rm.symbols.makeMarkers(st, more); });
      steps.push(function (more) { return rm.symbols.syncMarkers(st, more) && filling(markerPane, false); });
    }
    return steps;
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
    out.areaBadges = st.labels ? st.labels.badgeCount : 0;  /* country/region-level reports */
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

  return {
    state: state, mapState: mapState, load: load, addCaravan: addCaravan, countryNames: countryNames, outlines: outlines, tiles: tiles,
    setDay: setDay, finish: finish,
    panelRects: panelRects, fitToFreeSpace: fitToFreeSpace,
    visibleCounts: visibleCounts, reportPoint: reportPoint, firstMap: firstMap
  };
});
