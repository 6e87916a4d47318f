/* routemapper/layout.js: where the routes go on first view: inside the space the panels leave free.
 *
 * The panels' actual rectangles are measured in the page; this module (pure logic) finds the free
 * rectangles between them and picks the one where the routes fit at the largest zoom; on a small
 * screen, it says how tall the map needs to be for its routes (map.js gives the rest to the words
 * about the map).
 */
(function (global, factory) {
  "use strict";
  var rm = global.routemapper = global.routemapper || {};
  rm.layout = factory();
  if (typeof module === "object" && module.exports) { module.exports = rm.layout; }
})(typeof window !== "undefined" ? window : globalThis, function () {
  "use strict";

  /* Below these sizes (CSS pixels) a map is small (an embed, a phone): panels fold into buttons. */
  var COMPACT_WIDTH = 720, COMPACT_HEIGHT = 560;

  function isCompact(width, height) { return width < COMPACT_WIDTH || height < COMPACT_HEIGHT; }

  /* The maximal rectangles of a W x H view that overlap none of ``rects`` ([x0, y0, x1, y1]), largest
     first.  Candidate edges are the view's and the rectangles' edges (a handful of panels: brute force). */
  function freeRects(W, H, rects) {
    var clipped = rects.map(function (r) {
      return [Math.max(0, r[0]), Math.max(0, r[1]), Math.min(W, r[2]), Math.min(H, r[3])];
    }).filter(function (r) { return r[2] > r[0] && r[3] > r[1]; });
    var xs = [0, W], ys = [0, H];
    clipped.forEach(function (r) { xs.push(r[0], r[2]); ys.push(r[1], r[3]); });
    xs = uniqueSorted(xs); ys = uniqueSorted(ys);
    var found = [];
    for (var a = 0; a < xs.length; a++) {
      for (var b = a + 1; b < xs.length; b++) {
        for (var c = 0; c < ys.length; c++) {
          for (var d = c + 1; d < ys.length; d++) {
            var box = [xs[a], ys[c], xs[b], ys[d]];
            if (clipped.some(function (r) { return overlaps(box, r); })) { break; }  /* taller ones overlap too */
            found.push(box);
          }
        }
      }
    }
    var maximal = found.filter(function (box) {
      return !found.some(function (o) { return o !== box && contains(o, box) && area(o) > area(box); });
    });
    return maximal.sort(function (p, q) { return area(q) - area(p); });
  }

  /* Of the free rectangles, the one where content scoring ``zoomFor(width, height)`` fits best (the
     largest zoom; the larger rectangle on a tie); null when none is at least ``min`` wide and high. */
  function bestRect(rects, zoomFor, min) {
    var best = null, bestZoom = -Infinity;
    rects.forEach(function (r) {
      var w = r[2] - r[0], h = r[3] - r[1];
      if (w < min || h < min) { return; }
      var z = zoomFor(w, h);
      if (z > bestZoom + 1e-9 || (Math.abs(z - bestZoom) <= 1e-9 && area(r) > area(best))) { best = r; bestZoom = z; }
    });
    return best;
  }

  /* The height a map on a small screen needs for routes ``routeHeight`` pixels tall at the fitted zoom:
     the routes, with a margin and a name's room above and below them, at least the taller column of
     panels plus some room, and never under MIN_MAP.  Null when the map is at most SLACK pixels taller
     than that (nothing worth giving to anything else). */
  var NAME_ROOM = 100, PANEL_ROOM = 140, MIN_MAP = 320, SLACK = 60;
  function neededHeight(mapHeight, routeHeight, margin, panels) {
    var need = Math.ceil(Math.max(routeHeight + 2 * (margin + NAME_ROOM), (panels || 0) + PANEL_ROOM, MIN_MAP));
    return mapHeight - need > SLACK ? need : null;
  }

  function uniqueSorted(values) {
    return values.sort(function (p, q) { return p - q; }).filter(function (v, k, all) { return k === 0 || v !== all[k - 1]; });
  }
  function overlaps(p, q) { return p[0] < q[2] && p[2] > q[0] && p[1] < q[3] && p[3] > q[1]; }
  function contains(o, i) { return o[0] <= i[0] && o[1] <= i[1] && o[2] >= i[2] && o[3] >= i[3]; }
  function area(r) { return r ? (r[2] - r[0]) * (r[3] - r[1]) : -1; }

  return { COMPACT_WIDTH: COMPACT_WIDTH, COMPACT_HEIGHT: COMPACT_HEIGHT, isCompact: isCompact, freeRects: freeRects, bestRect: bestRect,
           neededHeight: neededHeight };
});
