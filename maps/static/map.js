/* routemapper/map.js: per-map state and the page's entry points, loaded last.
 *
 * The page calls ``routemapper.addCaravan(map, data)`` once per caravan, then
 * ``routemapper.finish(map, options)``, which adds the controls, fits the view
 * and draws.  ``visibleCounts``, ``reportPoint`` and ``firstMap`` are read-only
 * helpers for tests and benchmarks.
 */
(function (global, factory) {
  "use strict";
  var rm = global.routemapper = global.routemapper || {};
  rm.map = factory(rm);
  ["addCaravan", "finish", "state", "setDay", "visibleCounts", "reportPoint", "firstMap"].forEach(function (name) {
    rm[name] = rm.map[name];
  });
  rm.safeUrl = rm.format.safeUrl;
})(typeof window !== "undefined" ? window : globalThis, function (rm) {
  "use strict";

  var F = rm.format;
  var state = { maps: {} };

  function mapState(map) {
    var id = L.stamp(map);
    if (!state.maps[id]) {
      state.maps[id] = { caravans: [], bounds: L.latLngBounds([]), day: Infinity, flow: null, options: {} };
    }
    return state.maps[id];
  }

  /* Add one caravan (drawn later by the shared canvas layer). */
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

  /* Controls, layer switcher, slider, table and view, once every caravan is added. */
  function finish(map, options) {
    var st = mapState(map), C = rm.controls;
    st.t = { finish: F.now() };
    st.options = options;
    st.caravans.forEach(function (c) { c.backColor = options.backColor || c.backColor; });
    rm.symbols.buildMarkers(st);
    var layers = C.layerControl(st, map);
    if (options.title || options.subtitle) { new (C.titleControl(options))().addTo(map); }
    new (rm.table.tableControl(st))().addTo(map);
    layers.addTo(map);
    new (C.legendControl(options))().addTo(map);
    if (options.credits) { new (C.creditsControl(options))().addTo(map); }
    var days = rm.decode.reportDays(st.caravans);
    if (days.length > 1) { new (C.sliderControl(st, days))().addTo(map); }
    if (st.bounds.isValid()) {  /* keep the routes clear of the legend and the slider */
      var wide = map.getSize().x >= 600;
      map.fitBounds(st.bounds, { paddingTopLeft: [30, wide ? 60 : 90], paddingBottomRight: [wide ? 250 : 30, wide ? 60 : 130], maxZoom: 11, animate: false });
    }
    if (options.gestureHandling && map.gestureHandling) { map.gestureHandling.enable(); }
    st.t.controls = F.now();
    st.flow = rm.layers.flowLayer(st);
    st.flow.addTo(map);
    rm.symbols.syncMarkers(st);
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

  return {
    state: state, mapState: mapState, addCaravan: addCaravan, setDay: setDay, finish: finish,
    visibleCounts: visibleCounts, reportPoint: reportPoint, firstMap: firstMap
  };
});
