/* routemapper/controls.js: the map's furniture.
 *
 * Outside the map (they never cover the data): a header with the title and subtitle, and a footer
 * with the time slider and the sources.  Inside it, in Leaflet's corners: the legend, the layer
 * switcher (only with two or more caravans) and the route table (table.js).  On a small map (an
 * embed, a phone: ``compact``) these fold into small buttons.  Every word comes from the catalogue
 * (format.t); no HTML string carries a style attribute (colours are SVG fills or set from JS).
 */
(function (global, factory) {
  "use strict";
  var rm = global.routemapper = global.routemapper || {};
  if (typeof module === "object" && module.exports) { require("./format.js"); require("./symbols.js"); }
  rm.controls = factory(rm);
  if (typeof module === "object" && module.exports) { module.exports = rm.controls; }
})(typeof window !== "undefined" ? window : globalThis, function (rm) {
  "use strict";

  var F = rm.format, t = F.t, el = F.el;
  var SVG = "http://www.w3.org/2000/svg";

  /* A small square of a caravan's colour (an SVG fill: no inline style). */
  function swatch(color) {
    var svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("class", "rm-swatch"); svg.setAttribute("width", "12"); svg.setAttribute("height", "12");
    svg.setAttribute("viewBox", "0 0 12 12"); svg.setAttribute("aria-hidden", "true");
    var rect = document.createElementNS(SVG, "rect");
    rect.setAttribute("width", "12"); rect.setAttribute("height", "12"); rect.setAttribute("rx", "2");
    rect.setAttribute("fill", color);
    svg.appendChild(rect);
    return svg;
  }

  function legendControl(options, st) {
    return L.Control.extend({
      options: { position: "bottomright" },
      onAdd: function (map) {
        var box = el("details", "rm-legend leaflet-control");
        if (!st.compact) { box.open = true; }
        L.DomEvent.disableClickPropagation(box);
        L.DomEvent.disableScrollPropagation(box);
        box.appendChild(el("summary", "rm-legend-summary", t("page.legend")));
        if (st.caravans.length === 1) {  /* no layer switcher: the legend names the caravan */
          var c = st.caravans[0], who = el("div", "rm-legend-row rm-legend-caravan");
          who.appendChild(swatch(c.color));
          who.appendChild(el("span", null, c.name));
          box.appendChild(who);
        }
        if (!options.sizeRefs.length) {  /* no figure anywhere: no empty scale of circles, no note on halos */
          box.appendChild(el("div", "rm-legend-note", t("page.legend.no_sizes")));
        } else {
        box.appendChild(el("div", "rm-legend-title", t("page.legend.sizes")));
        var maxR = 0;
        options.sizeRefs.forEach(function (ref) { maxR = Math.max(maxR, ref.r); });
        var svg = document.createElementNS(SVG, "svg");
        var pad = 8, h = 2 * maxR + pad + 2, w = 2 * maxR + 70;
        svg.setAttribute("width", w); svg.setAttribute("height", h);
        svg.setAttribute("role", "img");
        svg.setAttribute("aria-label", t("page.legend.sizes_label", {
          sizes: options.sizeRefs.map(function (x) { return F.fmt(x.value); }).join(", ")
        }));
        options.sizeRefs.forEach(function (ref) {
          var top = h - 2 - 2 * ref.r;
          var c = document.createElementNS(SVG, "circle");
          c.setAttribute("cx", maxR + 2); c.setAttribute("cy", h - 2 - ref.r); c.setAttribute("r", ref.r);
          c.setAttribute("fill", "none"); c.setAttribute("stroke", "#333");
          svg.appendChild(c);
          var tick = document.createElementNS(SVG, "line");
          tick.setAttribute("x1", maxR + 2); tick.setAttribute("x2", 2 * maxR + 6);
          tick.setAttribute("y1", top); tick.setAttribute("y2", top); tick.setAttribute("stroke", "#999");
          svg.appendChild(tick);
          var text = document.createElementNS(SVG, "text");
          text.setAttribute("x", 2 * maxR + 8); text.setAttribute("y", Math.max(top + 4, 10));
          text.setAttribute("font-size", "11");
          text.textContent = F.fmt(ref.value);
          svg.appendChild(text);
        });
        box.appendChild(svg);
        box.appendChild(el("div", "rm-legend-note", t("page.legend.sizes_note")));
        }
        if (options.widthRefs.length) {
          box.appendChild(el("div", "rm-legend-title", t("page.legend.widths")));
          options.widthRefs.forEach(function (ref) {
            var rowEl = el("div", "rm-legend-row");
            var bar = el("span", "rm-legend-bar");
            bar.style.height = Math.max(1, ref.w) + "px";
            rowEl.appendChild(bar);
            rowEl.appendChild(el("span", null, F.fmt(ref.value)));
            box.appendChild(rowEl);
          });
        }
        /* Only what the map draws (maps/render.py legend_shows; every row when a page does not say). */
        var shows = options.legend || { kinds: F.SYMBOL_KINDS, approximate: true, turnedBack: true, direction: true, area: true };
        var kinds = el("div", "rm-legend-kinds");
        shows.kinds.forEach(function (kind) {
          var rowEl = el("div", "rm-legend-row");
          rowEl.appendChild(rm.symbols.symbolSvg(kind, "#666"));
          rowEl.appendChild(el("span", null, F.kindLabel(kind)));
          kinds.appendChild(rowEl);
        });
        var rows = [["rm-legend-dash", "page.legend.approximate", shows.approximate],
                    ["rm-legend-back", "page.legend.turned_back", shows.turnedBack],
                    ["rm-legend-chevron", "page.legend.direction", shows.direction],
                    ["rm-legend-badge", "page.legend.area", shows.area]];
        rows.forEach(function (x) {
          if (!x[2]) { return; }
          var rowEl = el("div", "rm-legend-row");
          var sample = el("span", x[0]);
          if (x[0] === "rm-legend-back") { sample.style.borderTopColor = options.backColor; }
          if (x[0] === "rm-legend-chevron") { sample.textContent = "\u203a"; }
          if (x[0] === "rm-legend-badge") { sample.textContent = t("page.legend.area_sample"); }
          sample.setAttribute("aria-hidden", "true");
          rowEl.appendChild(sample);
          rowEl.appendChild(el("span", null, t(x[1])));
          kinds.appendChild(rowEl);
        });
        if (kinds.childNodes.length) { box.appendChild(kinds); }
        /* Open, the legend takes the height the map has, and the route table folds away (they would overlap).
           Built open, it fires a first "toggle" of its own: finish() has fitted the panels by then. */
        var built = box.open;
        box.addEventListener("toggle", function () {
          if (built) { built = false; return; }
          if (!box.open) { return; }
          var table = map.getContainer().querySelector(".rm-table");
          if (table) { table.open = false; }
          fitPanels(map);
        });
        return box;
      }
    });
  }

  /* The header above the map: title, subtitle and what the routes tell (each caravan's summary, written
     by Python: maps/summary.py).  One caravan's summary is the map's caption, under the subtitle; several,
     or a small map, fold them under "About this map".  The element holding them describes the map
     (aria-describedby): its id is ``st.aboutId``.  Nothing when there is nothing to say. */
  function header(options, st) {
    var told = st.caravans.filter(function (c) { return c.summary; });
    if (!options.title && !options.subtitle && !told.length) { return null; }
    var box = el("header", "rm-title rm-header");
    if (options.title) { box.appendChild(el("h1", null, options.title)); }
    if (options.subtitle) { box.appendChild(el("p", null, options.subtitle)); }
    if (!told.length) { return box; }
    var about = el("div", "rm-about-text");
    about.id = st.aboutId;
    told.forEach(function (c) {
      var p = el("p", "rm-caption");
      /* several: each summary opens with its caravan's name (maps/summary.py); a swatch ties it to its colour */
      if (told.length > 1) { p.appendChild(swatch(c.color)); }
      p.appendChild(document.createTextNode(c.summary));
      about.appendChild(p);
    });
    if (told.length === 1 && !st.compact) {
      box.appendChild(about);
    } else {
      var fold = el("details", "rm-about");
      fold.appendChild(el("summary", null, t("page.about")));
      fold.appendChild(about);
      box.appendChild(fold);
    }
    return box;
  }

  /* The sources: a line of text, or on a small map a "Sources" button that opens it over the map. */
  function credits(options, st) {
    if (!options.credits) { return null; }
    if (!st.compact) { return el("p", "rm-credits", options.credits); }
    var box = el("details", "rm-credits");
    box.appendChild(el("summary", null, t("page.credits")));
    box.appendChild(el("p", "rm-credits-text", options.credits));
    return box;
  }

  /* Time slider: an input type=range over whole days from the first to the last report, with play/pause. */
  function slider(st, map, days) {
    var first = Math.floor(days[0]), last = Math.ceil(days[days.length - 1]);
    var box = el("div", "rm-slider");
    var id = "rm-day-" + L.stamp(map);
    var label = el("label", "rm-slider-label", t("page.slider.label"));
    label.htmlFor = id;
    var input = el("input");
    input.type = "range"; input.id = id; input.min = String(first); input.max = String(last); input.step = "1";
    input.value = String(last);
    var readout = el("output", "rm-slider-date");
    readout.setAttribute("aria-live", "polite");
    readout.htmlFor = id;
    var button = el("button", "rm-slider-play");
    button.type = "button";
    var timer = null;
    function showPlay() { button.textContent = t("page.slider.play"); button.setAttribute("aria-label", t("page.slider.play_label")); }
    function stop() { if (timer) { clearInterval(timer); timer = null; } showPlay(); }
    showPlay();
    button.addEventListener("click", function () {
      if (timer) { stop(); return; }
      var d = Number(input.value) >= last ? first : Number(input.value);
      rm.map.setDay(map, d);
      button.textContent = t("page.slider.pause"); button.setAttribute("aria-label", t("page.slider.pause_label"));
      timer = setInterval(function () {
        d += 1;
        rm.map.setDay(map, Math.min(d, last));
        if (d >= last) { stop(); }
      }, 400);
    });
    input.addEventListener("input", function () { stop(); rm.map.setDay(map, Number(input.value)); });
    st.slider = {
      show: function (day) {
        var shown = Math.min(day, last), text = F.dayText(shown);
        input.value = String(Math.min(Math.max(day, first), last));
        input.setAttribute("aria-valuetext", text);
        readout.textContent = day >= last ? t("page.slider.all", { date: text }) : text;
      },
      stop: stop
    };
    var top = el("div", "rm-slider-top");
    top.appendChild(label); top.appendChild(readout);
    var row = el("div", "rm-slider-row");
    row.appendChild(button); row.appendChild(input);
    box.appendChild(top); box.appendChild(row);
    st.slider.show(last);
    return box;
  }

  /* The footer under the map: the slider (when the reports span two or more days) and the sources. */
  function footer(st, map, options, days) {
    var parts = [days.length > 1 ? slider(st, map, days) : null, credits(options, st)].filter(Boolean);
    if (!parts.length) { return null; }
    var box = el("footer", "rm-footer");
    parts.forEach(function (p) { box.appendChild(p); });
    return box;
  }

  /* A layer-control entry for one caravan: adding/removing it shows/hides the caravan on the shared canvas. */
  var toggleMethods = {
    initialize: function (caravan, st) { this._caravan = caravan; this._st = st; },
    onAdd: function () { this._caravan.visible = true; this._refresh(); },
    onRemove: function () { this._caravan.visible = false; this._refresh(); },
    /* (while finish() builds the page it shows the symbols itself, once the view is fitted) */
    _refresh: function () { if (this._st.building) { return; } if (this._st.flow) { this._st.flow.redraw(); } rm.symbols.syncMarkers(this._st); }
  };
  var CaravanToggle = null;

  /* One toggle layer per caravan (added to the map) and, with two or more caravans, the layer switcher
     listing them by colour and name (null for one caravan: the legend names it). */
  function layerControl(st, map) {
    if (st.caravans.length > LAYER_LIST_MAX) { return new (caravanList(st))(); }
    if (!CaravanToggle) { CaravanToggle = L.Layer.extend(toggleMethods); }
    var overlays = {};
    st.caravans.forEach(function (c) {
      var label = caravanLabel(c);
      c.toggle = new CaravanToggle(c, st);
      c.toggle.addTo(map);
      overlays[label.outerHTML] = c.toggle;  /* built from text nodes and attributes: escaped, no style */
    });
    if (st.caravans.length < 2) { return null; }
    return L.control.layers(null, overlays, { collapsed: st.caravans.length > 6 || st.compact });
  }

  /* Above this many caravans the switcher is a list built when first opened (Leaflet's layer control
     builds every entry at once and re-checks them all for each: its cost grows with the square). */
  var LAYER_LIST_MAX = 12;

  /* A caravan's name after a swatch of its colour (an SVG fill, not a style attribute: Leaflet's switcher
     parses this label again as HTML, and the page's Content-Security-Policy refuses inline style attributes). */
  function caravanLabel(c) {
    var label = el("span", "rm-layer-label");
    label.appendChild(swatch(c.color));
    label.appendChild(document.createTextNode(c.name));
    return label;
  }

  /* The switcher for many caravans: a folded list of checkboxes in Leaflet's layer-control classes, made on
     first opening; showing all or none at once is one redraw. */
  function caravanList(st) {
    function refresh() { if (st.flow) { st.flow.redraw(); } rm.symbols.syncMarkers(st); }
    return L.Control.extend({
      options: { position: "topright" },
      onAdd: function () {
        var box = el("details", "rm-caravans leaflet-control leaflet-control-layers");
        L.DomEvent.disableClickPropagation(box);
        L.DomEvent.disableScrollPropagation(box);
        box.appendChild(el("summary", null, t("page.caravans.summary", { n: st.caravans.length })));
        var built = false;
        box.addEventListener("toggle", function () {
          if (!box.open || built) { return; }
          built = true;
          var list = el("div", "leaflet-control-layers-list rm-caravans-list");
          var buttons = el("div", "rm-caravans-all"), boxes = [];
          [["page.caravans.show_all", true], ["page.caravans.hide_all", false]].forEach(function (b) {
            var button = el("button", null, t(b[0]));
            button.type = "button";
            button.addEventListener("click", function () {
              st.caravans.forEach(function (c, k) { c.visible = b[1]; boxes[k].checked = b[1]; });
              refresh();
            });
            buttons.appendChild(button);
          });
          list.appendChild(buttons);
          var overlays = el("div", "leaflet-control-layers-overlays");
          overlays.setAttribute("aria-label", t("page.layers"));
          st.caravans.forEach(function (c) {
            var row = el("label"), input = el("input");
            input.type = "checkbox"; input.className = "leaflet-control-layers-selector"; input.checked = c.visible;
            input.addEventListener("change", function () { c.visible = input.checked; refresh(); });
            boxes.push(input);
            row.appendChild(input); row.appendChild(caravanLabel(c));
            overlays.appendChild(row);
          });
          list.appendChild(overlays);
          box.appendChild(list);
        });
        return box;
      }
    });
  }

  /* The open legend and route table take at most the height their corner leaves them (the other corner's
     panels on the same side stay clear). */
  function fitPanels(map) {
    var container = map.getContainer(), H = map.getSize().y, top = container.getBoundingClientRect().top;
    function bottomOf(css) {
      var lowest = 0;
      container.querySelectorAll(css).forEach(function (n) {
        if (!n.classList.contains("rm-legend")) { lowest = Math.max(lowest, n.getBoundingClientRect().bottom - top); }
      });
      return lowest;
    }
    var legend = container.querySelector(".rm-legend");
    if (legend) {
      var above = bottomOf(".leaflet-top.leaflet-right .leaflet-control");
      var below = 0;
      container.querySelectorAll(".leaflet-bottom.leaflet-right .leaflet-control").forEach(function (n) {
        if (n !== legend) { below += n.getBoundingClientRect().height + 10; }
      });
      legend.style.maxHeight = Math.max(60, H - above - below - 20) + "px";
    }
  }

  /* Leaflet's own words (zoom buttons, layer switcher, attribution prefix) in the page's language. */
  function translateLeaflet(map, layers) {
    var zoom = map.zoomControl;
    if (zoom && zoom._zoomInButton) {
      [[zoom._zoomInButton, "page.zoom_in"], [zoom._zoomOutButton, "page.zoom_out"]].forEach(function (x) {
        x[0].title = t(x[1]); x[0].setAttribute("aria-label", t(x[1]));
      });
    }
    var toggle = layers && layers.getContainer().querySelector(".leaflet-control-layers-toggle");
    if (toggle) { toggle.title = t("page.layers"); toggle.setAttribute("aria-label", t("page.layers")); }
    var list = layers && layers.getContainer().querySelector(".leaflet-control-layers-list");
    if (list) { list.setAttribute("aria-label", t("page.layers")); }  /* the many-caravan list makes its own */
    if (map.attributionControl) {
      var a = el("a", null, "Leaflet");
      a.href = "https://leafletjs.com"; a.title = t("page.leaflet_title");
      map.attributionControl.setPrefix(a.outerHTML);
    }
  }

  return {
    swatch: swatch, legendControl: legendControl, header: header, footer: footer, layerControl: layerControl,
    fitPanels: fitPanels, translateLeaflet: translateLeaflet, LAYER_LIST_MAX: LAYER_LIST_MAX
  };
});
