/* routemapper: draws caravans from compact data arrays on a Leaflet map.
 *
 * Python (maps/render.py) serialises each caravan once as columnar arrays;
 * this file turns them into canvas-rendered layers.  Every text shown to a
 * reader is set with textContent or createTextNode, never as HTML, and only
 * http(s) links become clickable.
 */
(function (global) {
  "use strict";

  var KIND_LABELS = {
    gathering: "gathering", departure: "departure", sighting: "sighting", crossing: "border crossing",
    checkpoint: "checkpoint", blocked: "blocked", clash: "clash", returned: "turned back",
    arrival: "arrival", planned: "planned"
  };
  var SYMBOL_KINDS = ["checkpoint", "blocked", "clash", "crossing", "returned"];

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

  function fmt(n) {
    return Math.round(n).toLocaleString("en-US");
  }

  /* One popup: a definition list of the report's fields, built as DOM. */
  function reportPopup(r, i, caravanName) {
    var box = el("div", "rm-popup");
    box.appendChild(el("div", "rm-popup-title", r.place[i]));
    var dl = el("dl");
    function row(label, value) {
      if (value === undefined || value === null || value === "") { return; }
      dl.appendChild(el("dt", null, label));
      var dd = el("dd");
      if (value instanceof Node) { dd.appendChild(value); } else { dd.textContent = String(value); }
      dl.appendChild(dd);
    }
    row("Caravan", caravanName);
    row("Date", r.date[i] + (r.approx[i] ? " (approximate)" : ""));
    row("What", KIND_LABELS[r.kind[i]] || r.kind[i]);
    row("Group size", r.count[i] ? r.count[i] + (r.low[i] !== null ? " (" + (r.low[i] === r.high[i] ? fmt(r.low[i]) : fmt(r.low[i]) + "\u2013" + fmt(r.high[i])) + ")" : "") : "not reported");
    if (r.resolved[i] && r.resolved[i] !== r.place[i]) { row("Located at", r.resolved[i]); }
    if (r.precision[i] !== "point") { row("Precision", r.precision[i] + " level: not a point on the road"); }
    if (r.conf[i] < 0.75) { row("Geocoding", "uncertain (confidence " + r.conf[i].toFixed(2) + ")"); }
    var href = safeUrl(r.url[i]);
    if (href) {
      var a = el("a", null, r.source[i] || r.url[i]);
      a.href = href; a.target = "_blank"; a.rel = "noopener noreferrer nofollow";
      row("Source", a);
    } else {
      row("Source", r.source[i] || r.url[i]);
    }
    row("Note", r.note[i]);
    box.appendChild(dl);
    return box;
  }

  function segmentPopup(s, j, caravanName) {
    var box = el("div", "rm-popup");
    box.appendChild(el("div", "rm-popup-title", s.from[j] + " \u2192 " + s.to[j]));
    var dl = el("dl");
    function row(label, value) { dl.appendChild(el("dt", null, label)); dl.appendChild(el("dd", null, value)); }
    row("Caravan", caravanName);
    row("Dates", s.start[j] + " \u2192 " + s.end[j] + (s.approx[j] ? " (approximate)" : ""));
    row("Distance", fmt(s.km[j]) + " km in " + s.days[j] + " day(s)");
    row("Group size", s.size[j] !== null ? "about " + fmt(s.size[j]) + (s.carried[j] ? " (carried from an earlier report)" : "") : "not reported");
    box.appendChild(dl);
    return box;
  }

  /* Small inline SVG symbols for the kinds that mark an event on the road. */
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
      return s;
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

  function symbolIcon(kind, color) {
    var holder = el("div", "rm-symbol rm-symbol-" + kind);
    holder.appendChild(symbolSvg(kind, color));
    return L.divIcon({ html: holder, className: "rm-symbol-icon", iconSize: [20, 20], iconAnchor: [10, 10] });
  }

  var state = { maps: {} };

  function mapState(map) {
    var id = L.stamp(map);
    if (!state.maps[id]) {
      state.maps[id] = { caravans: [], renderer: L.canvas({ padding: 0.3 }), bounds: L.latLngBounds([]) };
    }
    return state.maps[id];
  }

  /* Add one caravan's layer; returns the L.LayerGroup. */
  function addCaravan(map, data) {
    var st = mapState(map);
    var group = L.layerGroup();
    var renderer = st.renderer;
    var s = data.segments, r = data.reports;
    var items = [];

    for (var j = 0; j < s.lat1.length; j++) {
      var line = L.polyline([[s.lat1[j], s.lon1[j]], [s.lat2[j], s.lon2[j]]], {
        renderer: renderer, color: s.back[j] ? data.backColor : data.color, weight: s.w[j], opacity: 0.75,
        lineCap: "butt", dashArray: s.approx[j] ? "8 6" : null
      });
      line.bindPopup(segmentPopup.bind(null, s, j, data.name));
      line.addTo(group);
      items.push({ layer: line, day: s.endDay[j] });
      st.bounds.extend([[s.lat1[j], s.lon1[j]], [s.lat2[j], s.lon2[j]]]);
    }

    for (var i = 0; i < r.lat.length; i++) {
      var latlng = [r.lat[i], r.lon[i]];
      var open = reportPopup.bind(null, r, i, data.name);
      var planned = r.kind[i] === "planned";
      if (r.precision[i] !== "point") {
        var area = L.circle(latlng, {
          renderer: renderer, radius: r.pm[i], color: data.color, weight: 1.5, dashArray: "2 6",
          fillColor: data.color, fillOpacity: 0.06
        });
        area.bindTooltip(r.place[i] + " (" + r.precision[i] + "-level report)", { permanent: false, direction: "center" });
        area.bindPopup(open);
        area.addTo(group);
        items.push({ layer: area, day: r.day[i] });
        continue;
      }
      if (r.rh[i] !== null && r.rh[i] > r.r[i] + 0.5) {
        var halo = L.circleMarker(latlng, {
          renderer: renderer, radius: r.rh[i], stroke: true, color: data.color, weight: 1, opacity: 0.6,
          dashArray: "3 3", fillColor: data.color, fillOpacity: 0.15, className: "rm-halo"
        });
        halo.bindPopup(open);
        halo.addTo(group);
        items.push({ layer: halo, day: r.day[i] });
      }
      var core = L.circleMarker(latlng, {
        renderer: renderer, radius: r.r[i] !== null ? r.r[i] : 4, color: planned ? data.color : "#222",
        weight: planned ? 2 : 1, dashArray: planned ? "3 3" : null, fillColor: data.color,
        fillOpacity: planned ? 0 : (r.r[i] !== null ? 0.7 : 0.25)
      });
      core.bindPopup(open);
      core.addTo(group);
      items.push({ layer: core, day: r.day[i] });
      st.bounds.extend(latlng);
      if (SYMBOL_KINDS.indexOf(r.kind[i]) >= 0) {
        var marker = L.marker(latlng, { icon: symbolIcon(r.kind[i], data.color), keyboard: true,
          title: (KIND_LABELS[r.kind[i]] || r.kind[i]) + ": " + r.place[i] + ", " + r.date[i], riseOnHover: true });
        marker.bindPopup(open);
        marker.addTo(group);
        items.push({ layer: marker, day: r.day[i] });
      }
    }
    group.addTo(map);
    st.caravans.push({ id: data.id, name: data.name, color: data.color, group: group, items: items });
    return group;
  }

  function legendControl(options) {
    return L.Control.extend({
      options: { position: "bottomright" },
      onAdd: function () {
        var box = el("div", "rm-legend leaflet-control");
        L.DomEvent.disableClickPropagation(box);
        box.appendChild(el("div", "rm-legend-title", "Reported group size"));
        var sizes = el("div", "rm-legend-sizes");
        var maxR = 0;
        options.sizeRefs.forEach(function (ref) { maxR = Math.max(maxR, ref.r); });
        var ns = "http://www.w3.org/2000/svg";
        var svg = document.createElementNS(ns, "svg");
        var h = 2 * maxR + 4, w = 2 * maxR + 70;
        svg.setAttribute("width", w); svg.setAttribute("height", h);
        svg.setAttribute("role", "img");
        svg.setAttribute("aria-label", "circle sizes: " + options.sizeRefs.map(function (x) { return fmt(x.value); }).join(", ") + " people");
        options.sizeRefs.forEach(function (ref) {
          var c = document.createElementNS(ns, "circle");
          c.setAttribute("cx", maxR + 2); c.setAttribute("cy", h - 2 - ref.r); c.setAttribute("r", ref.r);
          c.setAttribute("fill", "none"); c.setAttribute("stroke", "#333");
          svg.appendChild(c);
          var t = document.createElementNS(ns, "text");
          t.setAttribute("x", 2 * maxR + 8); t.setAttribute("y", h - 2 - 2 * ref.r + 4);
          t.setAttribute("font-size", "11");
          t.textContent = fmt(ref.value);
          svg.appendChild(t);
        });
        sizes.appendChild(svg);
        box.appendChild(sizes);
        box.appendChild(el("div", "rm-legend-note", "Solid: lowest figure reported; dashed halo: highest."));
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
        var dash = el("div", "rm-legend-row");
        dash.appendChild(el("span", "rm-legend-dash"));
        dash.appendChild(el("span", null, "approximate date"));
        kinds.appendChild(dash);
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

  /* Controls, layer switcher and view, once every caravan is added. */
  function finish(map, options) {
    var st = mapState(map);
    var overlays = {};
    st.caravans.forEach(function (c) {
      var label = el("span", "rm-layer-label");
      var swatch = el("span", "rm-swatch");
      swatch.style.background = c.color;
      label.appendChild(swatch);
      label.appendChild(document.createTextNode(c.name));
      overlays[label.outerHTML] = c.group;  /* built from text nodes: escaped */
    });
    L.control.layers(null, overlays, { collapsed: st.caravans.length > 6 }).addTo(map);
    if (options.title || options.subtitle) { new (titleControl(options))().addTo(map); }
    new (legendControl(options))().addTo(map);
    if (options.credits) { new (creditsControl(options))().addTo(map); }
    if (st.bounds.isValid()) { map.fitBounds(st.bounds, { padding: [30, 30], maxZoom: 11 }); }
  }

  global.routemapper = { addCaravan: addCaravan, finish: finish, state: state, safeUrl: safeUrl };
})(window);
