/* routemapper/density.js: views with too many shapes to draw one by one, painted as pixels.
 *
 * When tens of thousands of circles and legs are in view they cannot be told apart, and
 * rasterising them as paths costs seconds.  Here each leg adds its weight to the pixels it
 * crosses (a Bresenham line, clipped to the view) and each report to a small square of
 * pixels; the counts become colours in one pass (the caravan's colour where one caravan
 * owns the pixel, dark grey where several meet; more weight, more opaque) and reach the
 * canvas with one putImageData.  The cost grows with the pixels touched, not with paths,
 * and every shape in view is counted: nothing is sampled away.
 *
 * The same painter draws the overview Python computed for the first view of a big map
 * (cells and flows between cells, maps/overview.py): there a cell's weight is its number
 * of reports and a flow's its number of legs.
 */
(function (global, factory) {
  "use strict";
  var rm = global.routemapper = global.routemapper || {};
  rm.density = factory(rm, global);
  if (typeof module === "object" && module.exports) { module.exports = rm.density; }
})(typeof window !== "undefined" ? window : globalThis, function (rm, global) {
  "use strict";

  /* Mixed pixels (several caravans) are painted in this colour. */
  var MIXED = [68, 68, 68];

  /* A grid of device pixels that counts the weight of legs and reports over each pixel and who drew it. */
  function Grid(width, height) {
    this.w = Math.max(1, width | 0);
    this.h = Math.max(1, height | 0);
    var n = this.w * this.h;
    this.legs = new Float32Array(n);
    this.dots = new Float32Array(n);
    this.who = new Int32Array(n);  /* 0: nobody, k > 0: caravan k - 1 only, -1: several */
    this.nLegs = 0;
    this.nDots = 0;
  }

  /* Add a line from (x1, y1) to (x2, y2) (device pixels) with ``weight``, drawn by caravan ``id`` (>= 1).
     Returns true when some of it lies in the grid. */
  Grid.prototype.line = function (x1, y1, x2, y2, weight, id) {
    /* Liang-Barsky clipping to [0, w - 1] x [0, h - 1] */
    var xmax = this.w - 1, ymax = this.h - 1, dx = x2 - x1, dy = y2 - y1, t0 = 0, t1 = 1;
    var p = [-dx, dx, -dy, dy], q = [x1, xmax - x1, y1, ymax - y1];
    for (var k = 0; k < 4; k++) {
      if (p[k] === 0) { if (q[k] < 0) { return false; } continue; }
      var r = q[k] / p[k];
      if (p[k] < 0) { if (r > t1) { return false; } if (r > t0) { t0 = r; } }
      else { if (r < t0) { return false; } if (r < t1) { t1 = r; } }
    }
    var ax = Math.round(x1 + t0 * dx), ay = Math.round(y1 + t0 * dy);
    var bx = Math.round(x1 + t1 * dx), by = Math.round(y1 + t1 * dy);
    var sx = ax < bx ? 1 : -1, sy = ay < by ? 1 : -1, ex = Math.abs(bx - ax), ey = -Math.abs(by - ay);
    var err = ex + ey, w = this.w, legs = this.legs, who = this.who, at, e2;
    for (;;) {
      at = ay * w + ax;
      legs[at] += weight;
      if (who[at] === 0) { who[at] = id; } else if (who[at] !== id) { who[at] = -1; }
      if (ax === bx && ay === by) { break; }
      e2 = 2 * err;
      if (e2 >= ey) { err += ey; ax += sx; }
      if (e2 <= ex) { err += ex; ay += sy; }
    }
    this.nLegs++;
    return true;
  };

  /* Add a report at (x, y) (device pixels): a square ``size`` pixels wide with ``weight``, drawn by ``id``.
     Returns true when it lies in the grid. */
  Grid.prototype.dot = function (x, y, size, weight, id) {
    var half = size / 2, x0 = Math.max(0, Math.round(x - half)), y0 = Math.max(0, Math.round(y - half));
    var x1 = Math.min(this.w, Math.round(x + half)), y1 = Math.min(this.h, Math.round(y + half));
    if (x1 <= x0) { x1 = x0 + 1; }
    if (y1 <= y0) { y1 = y0 + 1; }
    if (x0 >= this.w || y0 >= this.h || x1 <= 0 || y1 <= 0 || x1 > this.w || y1 > this.h) {
      if (x < 0 || y < 0 || x >= this.w || y >= this.h) { return false; }
    }
    var w = this.w, dots = this.dots, who = this.who, at;
    for (var yy = y0; yy < Math.min(y1, this.h); yy++) {
      for (var xx = x0; xx < Math.min(x1, this.w); xx++) {
        at = yy * w + xx;
        dots[at] += weight;
        if (who[at] === 0) { who[at] = id; } else if (who[at] !== id) { who[at] = -1; }
      }
    }
    this.nDots++;
    return true;
  };

  /* "#rrggbb" -> [r, g, b] */
  function rgb(hex) {
    var v = parseInt(String(hex).replace("#", ""), 16);
    return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
  }

  /* The opacity (0-255) of a pixel with this much weight: legs faint alone and strong where many run,
     reports always clearly seen. */
  function legAlpha(weight) { return Math.min(230, 60 + 45 * Math.log2(1 + weight)); }
  function dotAlpha(weight) { return Math.min(255, 170 + 40 * Math.log2(weight)); }

  /* Paint the grid on ``ctx`` at device pixel (0, 0): ``colors[k]`` is caravan k's colour. */
  Grid.prototype.paint = function (ctx, colors) {
    var n = this.w * this.h, image = ctx.createImageData(this.w, this.h), px = image.data;
    var palette = colors.map(rgb), legs = this.legs, dots = this.dots, who = this.who, c, a, at, o;
    for (at = 0; at < n; at++) {
      if (who[at] === 0) { continue; }
      c = who[at] > 0 ? palette[who[at] - 1] : MIXED;
      if (dots[at] > 0) {
        a = dotAlpha(dots[at]);
        o = at * 4; px[o] = c[0] * 0.8; px[o + 1] = c[1] * 0.8; px[o + 2] = c[2] * 0.8; px[o + 3] = a;
      } else {
        a = legAlpha(legs[at]);
        o = at * 4; px[o] = c[0]; px[o + 1] = c[1]; px[o + 2] = c[2]; px[o + 3] = a;
      }
    }
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.putImageData(image, 0, 0);
    ctx.restore();
  };

  /* Mark on a placement.Occupancy (cells of ``cell`` CSS pixels) every cell where this grid painted, so names
     are placed beside what is drawn; ``ratio`` device pixels make one CSS pixel. */
  Grid.prototype.occupy = function (occ, ratio) {
    if (!occ || !occ.grid) { return; }
    var cell = rm.placement.CELL, w = this.w, who = this.who, gw = occ.gw, gh = occ.gh;
    for (var y = 0; y < this.h; y++) {
      var gy = Math.floor(y / ratio / cell);
      if (gy >= gh) { break; }
      for (var x = 0; x < w; x++) {
        if (who[y * w + x] !== 0) {
          var gx = Math.floor(x / ratio / cell);
          if (gx < gw) { occ.grid[gy * gw + gx] = 1; }
        }
      }
    }
  };

  return { Grid: Grid, rgb: rgb, legAlpha: legAlpha, dotAlpha: dotAlpha, MIXED: MIXED };
});
