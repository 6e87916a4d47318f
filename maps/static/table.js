/* routemapper/table.js: a chronological table of every report, the map's text alternative
 * (screen readers, print), built when first opened. */
(function (global, factory) {
  "use strict";
  var rm = global.routemapper = global.routemapper || {};
  if (typeof module === "object" && module.exports) {
    require("./format.js"); require("./decode.js"); require("./popups.js");
  }
  rm.table = factory(rm);
  if (typeof module === "object" && module.exports) { module.exports = rm.table; }
})(typeof window !== "undefined" ? window : globalThis, function (rm) {
  "use strict";

  var F = rm.format, el = F.el;

  /* Every report of these caravans as [caravan, index], oldest first (a stable sort: ties keep file order). */
  function tableRows(caravans) {
    var rows = [];
    caravans.forEach(function (c) {
      for (var i = 0; i < c.reports.lat.length; i++) { rows.push([c, i]); }
    });
    rows.sort(function (a, b) { return a[0].reports.day[a[1]] - b[0].reports.day[b[1]]; });
    return rows;
  }

  /* The text of one report's row: date, caravan, place, what, group size (the source cell is a node). */
  function rowTexts(x) {
    return [
      x.approx ? F.t("page.table.approx", { date: x.date }) : x.date,
      x.caravan,
      x.precision !== "point" ? F.t("page.table.area", { place: x.place, precision: rm.popups.precisionName(x.precision) }) : x.place,
      F.kindLabel(x.kind),
      rm.popups.countText(x)
    ];
  }

  /* The route table: a button in the map's top-right corner that opens a scrollable table (built on first
     opening); ``st.table`` lets printing move the table into the page and back. */
  function tableControl(st) {
    return L.Control.extend({
      options: { position: "topright" },
      onAdd: function (map) {
        var box = el("details", "rm-table leaflet-control");
        L.DomEvent.disableClickPropagation(box);
        L.DomEvent.disableScrollPropagation(box);
        var n = 0;
        st.caravans.forEach(function (c) { n += c.reports.lat.length; });
        var summary = el("summary", null, F.t(st.compact ? "page.table.summary_short" : "page.table.summary", { n: n }));
        if (st.compact) { summary.setAttribute("aria-label", F.t("page.table.summary", { n: n })); }
        box.appendChild(summary);
        var panel = el("div", "rm-table-panel");
        panel.tabIndex = 0;  /* a scrollable region is reachable from the keyboard */
        panel.setAttribute("role", "region");
        panel.setAttribute("aria-label", F.t("page.table.region_label"));
        box.appendChild(panel);
        var built = false;
        function build() {
          if (built) { return; }
          built = true;
          st.caravans.forEach(function (c) {  /* what the routes tell, before the rows (and on paper) */
            if (!c.summary) { return; }
            var p = el("p", "rm-table-summary");
            if (st.caravans.length > 1) { p.appendChild(rm.controls.swatch(c.color)); }  /* the summary names it */
            p.appendChild(document.createTextNode(c.summary));
            panel.appendChild(p);
          });
          var table = el("table");
          table.appendChild(el("caption", null, F.t("page.table.caption")));
          var thead = el("thead"), tr = el("tr");
          /* one caravan: no caravan column (the title and the summary above name it; every row said it, and
             a phone's panel had no room for the size and the source beside it) */
          var one = st.caravans.length === 1;
          var reports = tableRows(st.caravans).map(function (ci) { return rm.decode.report(ci[0], ci[1]); });
          /* no source anywhere (a draft of one article: extract writes none): no column empty from top to bottom */
          var sourced = reports.some(function (x) { return !!(x.source || x.url); });
          ["date", "caravan", "place", "what", "size", "source"].forEach(function (h) {
            if ((one && h === "caravan") || (!sourced && h === "source")) { return; }
            var th = el("th", null, F.t("page.table." + h)); th.scope = "col"; tr.appendChild(th);
          });
          thead.appendChild(tr); table.appendChild(thead);
          var tbody = el("tbody");
          reports.forEach(function (x) {
            var row = el("tr");
            rowTexts(x).forEach(function (text, k) { if (!(one && k === 1)) { row.appendChild(el("td", null, text)); } });
            if (sourced) { var src = el("td"); src.appendChild(rm.popups.sourceNode(x)); row.appendChild(src); }
            tbody.appendChild(row);
          });
          table.appendChild(tbody);
          panel.appendChild(table);
        }
        /* Open, the legend folds away and the table takes the height down to the panels at the map's foot
           (the scale, the legend's button, the attribution): it lies over none of them. */
        box.addEventListener("toggle", function () {
          if (!box.open) { return; }
          build();
          var container = map.getContainer(), legend = container.querySelector(".rm-legend");
          if (legend) { legend.open = false; }
          var foot = container.getBoundingClientRect().bottom;
          container.querySelectorAll(".leaflet-bottom .leaflet-control").forEach(function (n) {
            var r = n.getBoundingClientRect();
            if (r.height) { foot = Math.min(foot, r.top); }
          });
          panel.style.maxHeight = Math.max(80, foot - panel.getBoundingClientRect().top - 8) + "px";
        });
        st.table = {
          panel: panel, build: build,
          restore: function () { box.appendChild(panel); }
        };
        return box;
      }
    });
  }

  return { tableRows: tableRows, rowTexts: rowTexts, tableControl: tableControl };
});
