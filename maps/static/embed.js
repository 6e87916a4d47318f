/* routemapper/embed.js: inside an article's iframe, tell the article how tall the map wants to be.
 *
 * ``routemapper embed`` writes an iframe and a few lines that listen for this
 * page's message and set the iframe's height (keeping its fixed height when no
 * message comes).  The message is ``{routemapper: {height: N}}``, posted to the
 * parent window only when the page is framed, after the map is drawn and again
 * when the frame's width changes.  It carries nothing but a number, so any
 * origin may read it (a sandboxed frame has no origin of its own to name).
 */
(function (global, factory) {
  "use strict";
  var rm = global.routemapper = global.routemapper || {};
  rm.embed = factory(rm, global);
  if (typeof module === "object" && module.exports) { module.exports = rm.embed; }
})(typeof window !== "undefined" ? window : globalThis, function (rm, global) {
  "use strict";

  /* Heights the page asks for, in CSS pixels: enough for the controls, never a wall of map. */
  var MIN_HEIGHT = 320, MAX_HEIGHT = 760;
  /* Room kept around the routes (circles, names) at a wide and a narrow width, and beside the panels. */
  var MARGIN = { wide: { x: 120, y: 120 }, narrow: { x: 60, y: 120 } };
  var ROOM = 140;
  var MAX_ZOOM = 11;

  /* The page height at which routes spanning ``spanX`` x ``spanY`` pixels at zoom 0 fill a frame ``width``
     wide: the map area they need (and at least ``panels``, the taller column of controls inside the map,
     plus some room), plus ``outside``, the page's height outside the map (a header or footer). */
  function preferredHeight(width, spanX, spanY, outside, panels) {
    var m = width >= 600 ? MARGIN.wide : MARGIN.narrow, area = MIN_HEIGHT;
    if (spanX > 0 || spanY > 0) {
      area = spanY * Math.min(Math.pow(2, MAX_ZOOM), (width - m.x) / Math.max(spanX, 1e-9)) + m.y;
    }
    area = Math.max(area, (panels || 0) + ROOM);
    return Math.round(Math.max(MIN_HEIGHT, Math.min(MAX_HEIGHT, (outside || 0) + area)));
  }

  /* The message for a height (what the snippet's listener accepts). */
  function message(height) { return { routemapper: { height: height } }; }

  /* Pixels of the page outside the map, and the taller column of controls inside it. */
  function measure(map) {
    var box = map.getContainer(), doc = global.document.documentElement;
    function height(css) {  /* the controls float in their corner: measure them, not the corner */
      var n = box.querySelector(css), top = Infinity, bottom = -Infinity;
      var controls = n ? n.querySelectorAll(".leaflet-control") : [];
      for (var k = 0; k < controls.length; k++) {
        var r = controls[k].getBoundingClientRect();
        if (r.height) { top = Math.min(top, r.top); bottom = Math.max(bottom, r.bottom + 10); }
      }
      return bottom > top ? bottom - top : 0;
    }
    var left = height(".leaflet-top.leaflet-left") + height(".leaflet-bottom.leaflet-left");
    var right = height(".leaflet-top.leaflet-right") + height(".leaflet-bottom.leaflet-right");
    return { outside: Math.max(0, doc.scrollHeight - box.getBoundingClientRect().height), panels: Math.max(left, right) };
  }

  /* Post the page's preferred height to the parent window now, and whenever the width changes; when the
     frame then takes that height, fit the routes again (``st.refit``, if the page has one) unless the
     reader has moved the map. */
  function start(map, st) {
    if (!global.parent || global.parent === global || !st.bounds.isValid()) { return; }
    var nw = map.project(st.bounds.getNorthWest(), 0), se = map.project(st.bounds.getSouthEast(), 0);
    var spanX = Math.abs(se.x - nw.x), spanY = Math.abs(se.y - nw.y), lastWidth = -1, moved = false;
    map.on("dragstart zoomstart", function (e) { if (e.hard === undefined && !st.fitting) { moved = true; } });
    function post() {
      var width = global.innerWidth || map.getSize().x;
      if (width !== lastWidth) {
        lastWidth = width;
        var m = st.embedMeasure = measure(map);
        st.embedHeight = preferredHeight(width, spanX, spanY, m.outside, m.panels);
        global.parent.postMessage(message(st.embedHeight), "*");
      } else if (!moved && typeof st.refit === "function") {
        st.fitting = true;
        st.refit();
        st.fitting = false;
      }
    }
    post();
    global.addEventListener("resize", post);
  }

  return { preferredHeight: preferredHeight, message: message, measure: measure, start: start, MIN_HEIGHT: MIN_HEIGHT, MAX_HEIGHT: MAX_HEIGHT };
});
