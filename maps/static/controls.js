/* routemapper/controls.js: the map's furniture: legend, title, credits, time slider and layer switcher. */
(function (global, factory) {
  "use strict";
  var rm = global.routemapper = global.routemapper || {};
  if (typeof module === "object" && module.exports) { require("./format.js"); require("./symbols.js"); }
  rm.controls = factory(rm);
  if (typeof module === "object" && module.exports) { module.exports = rm.controls; }
})(typeof window !== "undefined" ? window : globalThis, function (rm) {
  "use strict";

  var F = rm.format;

  function legendControl(options) {
    return L.Control.extend({
      options: { position: "bottomright" },
      onAdd: function (map) {
        var box = F.el("details", "rm-legend leaflet-control");
        if (map.getSize().x >= 600) { box.open = true; }
        L.DomEvent.disableClickPropagation(box);
        L.DomEvent.disableScrollPropagation(box);
        box.appendChild(F.el("summary", "rm-legend-summary", "Legend"));
        box.appendChild(F.el("div", "rm-legend-title", "Reported group size"));
        var maxR = 0;
        options.sizeRefs.forEach(function (ref) { maxR = Math.max(maxR, ref.r); });
        var ns = "http://www.w3.org/2000/svg";
        var svg = document.createElementNS(ns, "svg");
        var pad = 8, h = 2 * maxR + pad + 2, w = 2 * maxR + 70;
        svg.setAttribute("width", w); svg.setAttribute("height", h);
        svg.setAttribute("role", "img");
        svg.setAttribute("aria-label", "circle sizes: " + options.sizeRefs.map(function (x) { return F.fmt(x.value); }).join(", ") + " people");
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
          t.textContent = F.fmt(ref.value);
          svg.appendChild(t);
        });
        box.appendChild(svg);
        box.appendChild(F.el("div", "rm-legend-note", "Solid: lowest figure reported; halo: highest. Dotted: a vague word such as \u201cthousands\u201d. Hollow dashed: planned."));
        if (options.widthRefs.length) {
          box.appendChild(F.el("div", "rm-legend-title", "Route width: group size on that leg"));
          options.widthRefs.forEach(function (ref) {
            var rowEl = F.el("div", "rm-legend-row");
            var bar = F.el("span", "rm-legend-bar");
            bar.style.height = Math.max(1, ref.w) + "px";
            rowEl.appendChild(bar);
            rowEl.appendChild(F.el("span", null, F.fmt(ref.value)));
            box.appendChild(rowEl);
          });
        }
        var kinds = F.el("div", "rm-legend-kinds");
        F.SYMBOL_KINDS.forEach(function (kind) {
          var rowEl = F.el("div", "rm-legend-row");
          rowEl.appendChild(rm.symbols.symbolSvg(kind, "#666"));
          rowEl.appendChild(F.el("span", null, F.KIND_LABELS[kind]));
          kinds.appendChild(rowEl);
        });
        var rows = [["rm-legend-dash", "approximate date or inferred leg"],
                    ["rm-legend-back", "after the group turned back"],
                    ["rm-legend-chevron", "direction of travel"],
                    ["rm-legend-badge", "country/region-level report"]];
        rows.forEach(function (x) {
          var rowEl = F.el("div", "rm-legend-row");
          var sample = F.el("span", x[0]);
          if (x[0] === "rm-legend-back") { sample.style.borderTopColor = options.backColor; }
          if (x[0] === "rm-legend-chevron") { sample.textContent = "\u203a"; }
          if (x[0] === "rm-legend-badge") { sample.textContent = "Area"; }
          rowEl.appendChild(sample);
          rowEl.appendChild(F.el("span", null, x[1]));
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
        var box = F.el("div", "rm-title leaflet-control");
        if (options.title) { box.appendChild(F.el("h1", null, options.title)); }
        if (options.subtitle) { box.appendChild(F.el("p", null, options.subtitle)); }
        return box;
      }
    });
  }

  function creditsControl(options) {
    return L.Control.extend({
      options: { position: "bottomleft" },
      onAdd: function () {
        var box = F.el("div", "rm-credits leaflet-control");
        box.appendChild(F.el("span", null, options.credits));
        return box;
      }
    });
  }

  /* Time slider: an input type=range over whole days from the first to the last report, with play/pause. */
  function sliderControl(st, days) {
    var first = Math.floor(days[0]), last = Math.ceil(days[days.length - 1]);
    return L.Control.extend({
      options: { position: "bottomleft" },
      onAdd: function (map) {
        var box = F.el("div", "rm-slider leaflet-control");
        L.DomEvent.disableClickPropagation(box);
        L.DomEvent.disableScrollPropagation(box);
        var id = "rm-day-" + L.stamp(map);
        var label = F.el("label", "rm-slider-label", "Show up to");
        label.htmlFor = id;
        var input = F.el("input");
        input.type = "range"; input.id = id; input.min = String(first); input.max = String(last); input.step = "1";
        input.value = String(last);
        var readout = F.el("output", "rm-slider-date");
        readout.setAttribute("aria-live", "polite");
        readout.htmlFor = id;
        var button = F.el("button", "rm-slider-play", "\u25b6 Play");
        button.type = "button";
        button.setAttribute("aria-label", "Play the caravans day by day");
        var timer = null;
        function stop() { if (timer) { clearInterval(timer); timer = null; } button.textContent = "\u25b6 Play"; button.setAttribute("aria-label", "Play the caravans day by day"); }
        button.addEventListener("click", function () {
          if (timer) { stop(); return; }
          var d = Number(input.value) >= last ? first : Number(input.value);
          rm.map.setDay(map, d);
          button.textContent = "\u275a\u275a Pause"; button.setAttribute("aria-label", "Pause");
          timer = setInterval(function () {
            d += 1;
            rm.map.setDay(map, Math.min(d, last));
            if (d >= last) { stop(); }
          }, 400);
        });
        input.addEventListener("input", function () { stop(); rm.map.setDay(map, Number(input.value)); });
        st.slider = {
          show: function (day) {
            input.value = String(Math.min(Math.max(day, first), last));
            readout.textContent = (day >= last ? "all reports to " : "") + F.dayText(Math.min(day, last));
          },
          stop: stop
        };
        var row = F.el("div", "rm-slider-row");
        row.appendChild(button); row.appendChild(input);
        box.appendChild(label); box.appendChild(readout); box.appendChild(row);
        st.slider.show(last);
        return box;
      }
    });
  }

  /* A layer-control entry for one caravan: adding/removing it shows/hides the caravan on the shared canvas. */
  var toggleMethods = {
    initialize: function (caravan, st) { this._caravan = caravan; this._st = st; },
    onAdd: function () { this._caravan.visible = true; this._refresh(); },
    onRemove: function () { this._caravan.visible = false; this._refresh(); },
    _refresh: function () { if (this._st.flow) { this._st.flow.redraw(); } rm.symbols.syncMarkers(this._st); }
  };
  var CaravanToggle = null;

  /* One toggle layer per caravan (added to the map) and the layer switcher listing them by colour and name. */
  function layerControl(st, map) {
    if (!CaravanToggle) { CaravanToggle = L.Layer.extend(toggleMethods); }
    var overlays = {};
    st.caravans.forEach(function (c) {
      var label = F.el("span", "rm-layer-label");
      /* an SVG fill, not a style attribute: the layer switcher parses this label again as HTML,
         and the page's Content-Security-Policy refuses inline style attributes */
      var ns = "http://www.w3.org/2000/svg";
      var swatch = document.createElementNS(ns, "svg"), fill = document.createElementNS(ns, "rect");
      swatch.setAttribute("class", "rm-swatch");
      swatch.setAttribute("viewBox", "0 0 1 1");
      swatch.setAttribute("aria-hidden", "true");
      fill.setAttribute("width", "1");
      fill.setAttribute("height", "1");
      fill.setAttribute("fill", c.color);
      swatch.appendChild(fill);
      label.appendChild(swatch);
      label.appendChild(document.createTextNode(c.name));
      c.toggle = new CaravanToggle(c, st);
      c.toggle.addTo(map);
      overlays[label.outerHTML] = c.toggle;  /* built from text nodes: escaped */
    });
    return L.control.layers(null, overlays, { collapsed: st.caravans.length > 6 || map.getSize().x < 600 });
  }

  return {
    legendControl: legendControl, titleControl: titleControl, creditsControl: creditsControl,
    sliderControl: sliderControl, layerControl: layerControl
  };
});
