/* routemapper/countryspot.js: where in the view a country's name can be written when none of the
 * country's own spots (maps/outlines.py: the centres of its widest inscribed circles) is in view.
 *
 * Zoomed in on a stretch of road, the outlines show a border or a coast but no country name: a reader
 * cannot tell which side is which.  Given the country's outline in view pixels, this finds the point of
 * the view inside the country that lies furthest from the outline and from the view's edges: the name
 * is written there when it has the room (labels.js decides).
 *
 * Pure logic on view pixels: a ring is a flat array [x0, y0, x1, y1, ...] (closed or not); rings are
 * read even-odd, so holes and islands need no orientation.
 */
(function (global, factory) {
  "use strict";
  var rm = global.routemapper = global.routemapper || {};
  rm.countryspot = factory();
  if (typeof module === "object" && module.exports) { module.exports = rm.countryspot; }
})(typeof window !== "undefined" ? window : globalThis, function () {
  "use strict";

  /* The grid of candidate points laid over the view (columns x rows). */
  var COLS = 16, ROWS = 10;

  /* Squared distance from (px, py) to the segment (x1, y1)-(x2, y2). */
  function segmentDistance2(px, py, x1, y1, x2, y2) {
    var dx = x2 - x1, dy = y2 - y1, len2 = dx * dx + dy * dy, k = 0;
    if (len2 > 0) { k = Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / len2)); }
    var ex = x1 + k * dx - px, ey = y1 + k * dy - py;
    return ex * ex + ey * ey;
  }

  /* The edges of ``rings`` as flat quadruples [x1, y1, x2, y2, ...], each ring closed. */
  function edgesOf(rings) {
    var out = [];
    rings.forEach(function (ring) {
      var n = Math.floor(ring.length / 2);
      for (var i = 0; i < n; i++) {
        var j = (i + 1) % n;
        if (ring[2 * i] === ring[2 * j] && ring[2 * i + 1] === ring[2 * j + 1]) { continue; }
        out.push(ring[2 * i], ring[2 * i + 1], ring[2 * j], ring[2 * j + 1]);
      }
    });
    return out;
  }

  /* Where the horizontal line at ``y`` crosses ``edges``, sorted west to east. */
  function rowCrossings(edges, y) {
    var cross = [];
    for (var c = 0; c < edges.length; c += 4) {
      var ya = edges[c + 1], yb = edges[c + 3];
      if ((ya > y) !== (yb > y)) { cross.push(edges[c] + (y - ya) * (edges[c + 2] - edges[c]) / (yb - ya)); }
    }
    return cross.sort(function (a, b) { return a - b; });
  }

  /* Whether (px, py) is inside the rings (even-odd: the row's line crosses the outline an odd number of
     times east of it). */
  function inside(edges, px, py) {
    return rowCrossings(edges, py).filter(function (x) { return x > px; }).length % 2 === 1;
  }

  /* The points of the W x H view's grid inside the rings, each as {x, y, r} (r: its distance in pixels to
     the outline or the view's edge, whichever is nearer), widest first (the grid's order among equals):
     at most ``most`` of them (5 unless given).  ``cols``/``rows`` set the grid (16 x 10 unless given). */
  function roomySpots(rings, W, H, most, cols, rows) {
    most = most || 5; cols = cols || COLS; rows = rows || ROWS;
    if (!(W > 0 && H > 0)) { return []; }
    var all = edgesOf(rings), edges = [], near = [], found = [];
    for (var e = 0; e < all.length; e += 4) {
      var x1 = all[e], y1 = all[e + 1], x2 = all[e + 2], y2 = all[e + 3];
      /* a ray to the right from a point of the view meets only edges across its rows and not left of it */
      if (Math.max(y1, y2) < 0 || Math.min(y1, y2) > H || Math.max(x1, x2) < 0) { continue; }
      edges.push(x1, y1, x2, y2);
      if (Math.min(x1, x2) <= W) { near.push(x1, y1, x2, y2); }  /* only edges reaching into the view can be nearest */
    }
    for (var j = 0; j < rows; j++) {
      var y = (j + 0.5) * H / rows, cross = rowCrossings(edges, y);
      for (var i = 0, n = 0; i < cols; i++) {
        var x = (i + 0.5) * W / cols;
        while (n < cross.length && cross[n] <= x) { n++; }
        if ((cross.length - n) % 2 === 0) { continue; }  /* even-odd, as inside(): an even number east of it */
        var r = Math.min(x, W - x, y, H - y), floor = found.length < most ? 0 : found[found.length - 1].r;
        if (r <= floor) { continue; }  /* cannot beat the ones kept, even in open country */
        var r2 = r * r;
        for (var k = 0; k < near.length && r2 > floor * floor; k += 4) {
          r2 = Math.min(r2, segmentDistance2(x, y, near[k], near[k + 1], near[k + 2], near[k + 3]));
        }
        if (Math.sqrt(r2) <= floor) { continue; }
        found.push({ x: x, y: y, r: Math.sqrt(r2) });
        found.sort(function (a, b) { return b.r - a.r; });  /* stable: the grid's order among equals */
        if (found.length > most) { found.pop(); }
      }
    }
    return found;
  }

  /* The widest of :func:`roomySpots`, or null when no point of the grid is inside the rings. */
  function widestSpot(rings, W, H, cols, rows) {
    return roomySpots(rings, W, H, 1, cols, rows)[0] || null;
  }

  return { roomySpots: roomySpots, widestSpot: widestSpot, inside: function (rings, x, y) { return inside(edgesOf(rings), x, y); } };
});
