/* routemapper/symbols.js: the symbols of checkpoint, blocked, clash, crossing and turned back,
 * as SVG (DOM markers and the legend) and painted on the canvas (when there are many). */
(function (global, factory) {
  "use strict";
  var rm = global.routemapper = global.routemapper || {};
  if (typeof module === "object" && module.exports) { require("./format.js"); require("./decode.js"); require("./popups.js"); }
  rm.symbols = factory(rm, global);
  if (typeof module === "object" && module.exports) { module.exports = rm.symbols; }
})(typeof window !== "undefined" ? window : globalThis, function (rm, global) {
  "use strict";

  var F = rm.format;
  /* Symbols become DOM markers only when there are few; otherwise they are painted on the canvas. */
  var MARKER_LIMIT = 500;

  /* Each symbol as shapes in a 20 x 20 box: [tag, attributes], drawn in order (the SVG of the legend and the
     markers' pictures are both made from them). */
  function symbolShapes(kind, color) {
    var stroke = { stroke: "#222", "stroke-width": "1.5" };
    function stroked(attrs) { return Object.assign(attrs, stroke); }
    if (kind === "checkpoint") {
      return [["rect", stroked({ x: 3, y: 3, width: 14, height: 14, fill: "#fff" })], ["rect", { x: 7, y: 7, width: 6, height: 6, fill: color }]];
    }
    if (kind === "blocked") {
      return [["circle", stroked({ cx: 10, cy: 10, r: 8, fill: "#fff" })], ["rect", { x: 4.5, y: 8.5, width: 11, height: 3, fill: "#222" }]];
    }
    if (kind === "clash") {
      return [["path", stroked({ d: "M10 1 L19 18 L1 18 Z", fill: "#fff" })], ["path", { d: "M7 9 L13 15 M13 9 L7 15", stroke: "#222", "stroke-width": "2" }]];
    }
    if (kind === "crossing") {
      return [["path", stroked({ d: "M10 1 L19 10 L10 19 L1 10 Z", fill: "#fff" })], ["path", { d: "M10 5 L10 15", stroke: color, "stroke-width": "3" }]];
    }
    if (kind === "returned") {
      return [["circle", stroked({ cx: 10, cy: 10, r: 8, fill: "#fff" })],
              ["path", { d: "M14 13 A4.5 4.5 0 1 0 6 8 M6 4 L6 8 L10 8", fill: "none", stroke: "#222", "stroke-width": "1.8" }]];
    }
    return [];
  }

  /* Small inline SVG symbols for the kinds that mark an event on the road (the legend). */
  function symbolSvg(kind, color) {
    var ns = "http://www.w3.org/2000/svg";
    var svg = document.createElementNS(ns, "svg");
    svg.setAttribute("viewBox", "0 0 20 20");
    svg.setAttribute("width", "20"); svg.setAttribute("height", "20");
    svg.setAttribute("aria-hidden", "true");
    symbolShapes(kind, color).forEach(function (shape) {
      var s = document.createElementNS(ns, shape[0]), attrs = shape[1];
      for (var k in attrs) { if (Object.prototype.hasOwnProperty.call(attrs, k)) { s.setAttribute(k, attrs[k]); } }
      svg.appendChild(s);
    });
    return svg;
  }

  /* The shapes of a symbol drawn on a 2D context (20 x 20 units), as SVG paints them: fill (black unless
     said; "none": none), then stroke (none unless said). */
  function drawShapes(ctx, shapes) {
    shapes.forEach(function (shape) {
      var a = shape[1], path = new global.Path2D();
      if (shape[0] === "rect") { path.rect(a.x, a.y, a.width, a.height); }
      else if (shape[0] === "circle") { path.arc(a.cx, a.cy, a.r, 0, 2 * Math.PI); }
      else { path = new global.Path2D(a.d); }
      if (a.fill !== "none") { ctx.fillStyle = a.fill || "#000"; ctx.fill(path); }
      if (a.stroke) { ctx.lineWidth = Number(a["stroke-width"] || 1); ctx.strokeStyle = a.stroke; ctx.stroke(path); }
    });
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

  /* The symbol as a picture: its shapes drawn once per kind and colour on a canvas of the screen's pixels.
     A marker is an <img> of it (a PNG data: URL): a few hundred markers are a few hundred copies of one bitmap
     (an SVG picture is painted again for each copy, on the page's thread: tens of ms for a 1,000-report map's
     first frame); the first view paints the same bitmap where each marker will be (paintMarker). */
  var symbolCanvases = {}, symbolUrls = {};
  function symbolCanvas(kind, color) {
    var key = kind + "\u0000" + color;
    if (!symbolCanvases[key]) {
      var ratio = Math.max(1, Math.ceil(global.devicePixelRatio || 1)), canvas = document.createElement("canvas");
      canvas.width = canvas.height = 20 * ratio;
      var ctx = canvas.getContext("2d");
      ctx.scale(ratio, ratio);
      drawShapes(ctx, symbolShapes(kind, color));
      symbolCanvases[key] = canvas;
    }
    return symbolCanvases[key];
  }

  function symbolUrl(kind, color) {
    var key = kind + "\u0000" + color;
    if (!symbolUrls[key]) { symbolUrls[key] = symbolCanvas(kind, color).toDataURL("image/png"); }
    return symbolUrls[key];
  }

  /* A symbol painted as its DOM marker shows it: the marker's bitmap, 20 x 20, centred on the whole pixel
     nearest (x, y), as Leaflet places a marker (the first view paints the markers' symbols before they are made). */
  function paintMarker(ctx, kind, x, y, color) {
    ctx.globalAlpha = 1;
    ctx.drawImage(symbolCanvas(kind, color), Math.round(x) - 10, Math.round(y) - 10, 20, 20);
  }

  function symbolIcon(kind, color) {
    return L.icon({ iconUrl: symbolUrl(kind, color), className: "rm-symbol-icon rm-symbol rm-symbol-" + kind,
                    iconSize: [20, 20], iconAnchor: [10, 10] });
  }

  /* A symbol marker placed by its left and top, not by Leaflet's translate3d: Chromium makes an element with a
     3D transform a composited layer of its own (a 1,000-report map's 339 markers were 339 layers, each tiled,
     rasterised and managed in its first frame: tens of ms of paint, tile and raster work), and even a 2D
     translate gives each marker a transform node of its own, which every frame's layerization walks again
     (about 3 ms a frame with 339 markers, in every frame after the first view, changed or not).  The same bitmap
     at the same whole-pixel place (Leaflet rounds it); zoom animation and z-order as Leaflet's. */
  var FlatMarker = null;
  function flatMarker(latlng, options) {
    if (!FlatMarker) {
      FlatMarker = L.Marker.extend({
        _setPos: function (pos) {
          L.Marker.prototype._setPos.call(this, pos);
          if (this._icon) {
            var style = this._icon.style;
            style[L.DomUtil.TRANSFORM] = "";
            style.left = pos.x + "px"; style.top = pos.y + "px";
          }
        }
      });
    }
    return new FlatMarker(latlng, options);
  }

  /* How many reports of these caravans carry a symbol. */
  function symbolCount(caravans) {
    var total = 0;
    caravans.forEach(function (c) {
      for (var i = 0; i < c.reports.lat.length; i++) {
        if (F.SYMBOL_KINDS.indexOf(c.str[c.reports.kind[i]]) >= 0) { total++; }
      }
    });
    return total;
  }

  /* Where the DOM symbol markers shown now are, or will be once made ([lat, lon] each): the symbol reports of
     visible caravans that have markers, up to the chosen day (the names keep clear of them: labels.js). */
  function symbolPoints(st) {
    var out = [];
    st.caravans.forEach(function (c) {
      if (!c.markers || !c.visible) { return; }
      var r = c.reports, S = c.str;
      for (var i = 0; i < r.lat.length; i++) {
        if (r.day[i] <= st.day && F.SYMBOL_KINDS.indexOf(S[r.kind[i]]) >= 0 && S[r.precision[i]] === "point") { out.push([r.lat[i], r.lon[i]]); }
      }
    });
    return out;
  }

  /* Whether the map's symbols are DOM markers (few events) rather than painted on the canvas: if so, each
     caravan gets its list of markers, empty until makeMarkers fills it (the canvas paints no symbol for a
     caravan with a list: the first view leaves them to the markers, made after it: map.js). */
  function reserveMarkers(st) {
    if (symbolCount(st.caravans) >= MARKER_LIMIT) { return false; }
    st.caravans.forEach(function (c) { c.markers = []; });
    return true;
  }

  /* Symbol markers (keyboard-focusable, titled) when the map has few events (else symbols stay on the canvas):
     fill the reserved lists (not on the map yet: syncMarkers); given ``more``, stop once it says no after a
     marker was made and return false (call again to go on), else return true. */
  function makeMarkers(st, more) {
    var at = st.markersMade || (st.markersMade = { caravan: 0, report: 0 });
    for (; at.caravan < st.caravans.length; at.caravan++, at.report = 0) {
      var c = st.caravans[at.caravan], r = c.reports, S = c.str;
      if (!c.markers) { continue; }
      if (at.report === 0) { c.markers.length = 0; }
      while (at.report < r.lat.length) {
        var i = at.report++, kind = S[r.kind[i]];
        if (F.SYMBOL_KINDS.indexOf(kind) < 0 || S[r.precision[i]] !== "point") { continue; }
        var title = F.t("page.marker_title", { kind: F.kindLabel(kind), place: S[r.place[i]], date: rm.decode.dateText(c, i) });
        var marker = flatMarker([r.lat[i], r.lon[i]], {
          icon: symbolIcon(kind, c.color), keyboard: true, riseOnHover: true, title: title, alt: title
        });
        marker.on("click", rm.popups.openPopupFor.bind(null, st, { caravan: c, i: i }));
        c.markers.push({ layer: marker, day: r.day[i] });
        if (more && !more()) { return false; }
      }
    }
    return true;
  }

  /* Show the DOM symbol markers of visible caravans up to the chosen day; given ``more``, stop once it says
     no after a marker was added, and return whether every marker is as it should be. */
  function syncMarkers(st, more) {
    for (var a = 0; a < st.caravans.length; a++) {
      var c = st.caravans[a], list = c.markers || [];
      for (var b = 0; b < list.length; b++) {
        var m = list[b], show = c.visible && m.day <= st.day;
        if (show && !m.layer._map) {
          m.layer.addTo(st.map);
          if (more && !more()) { return false; }
        } else if (!show && m.layer._map) { m.layer.remove(); }
      }
    }
    return true;
  }

  return {
    MARKER_LIMIT: MARKER_LIMIT, symbolShapes: symbolShapes, symbolSvg: symbolSvg, symbolUrl: symbolUrl, paintSymbol: paintSymbol,
    paintMarker: paintMarker, symbolCount: symbolCount, symbolPoints: symbolPoints,
    reserveMarkers: reserveMarkers, makeMarkers: makeMarkers, syncMarkers: syncMarkers
  };
});
