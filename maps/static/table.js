/* routemapper/table.js: a chronological table of every report, the map's text alternative
 * (screen readers, print), built when first opened. */
(function (global, factory) {
  "use strict";
  var rm = global.routemapper = global.routemapper || {};
  if (typeof module === "object" && module.exports) {
    require("./format.js"); require("./decode.js"); require("./popups.js");
  }
  rm.table = factory(rm, global);
  if (typeof module === "object" && module.exports) { module.exports = rm.table; }
})(typeof window !== "undefined" ? window : globalThis, function (rm, global) {
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
      x.date + (x.approx ? " (approx.)" : ""),
      x.caravan,
      x.place + (x.precision !== "point" ? " (" + x.precision + "-level)" : ""),
      F.KIND_LABELS[x.kind] || x.kind,
      rm.popups.countText(x)
    ];
  }

  function tableControl(st) {
    return L.Control.extend({
      options: { position: "topright" },
      onAdd: function () {
        var box = el("details", "rm-table leaflet-control");
        L.DomEvent.disableClickPropagation(box);
        L.DomEvent.disableScrollPropagation(box);
        var n = 0;
        st.caravans.forEach(function (c) { n += c.reports.lat.length; });
        box.appendChild(el("summary", null, "Route table (" + F.fmt(n) + " reports)"));
        var panel = el("div", "rm-table-panel");
        box.appendChild(panel);
        var built = false;
        function build() {
          if (built) { return; }
          built = true;
          var table = el("table");
          table.appendChild(el("caption", null, "Every report, oldest first"));
          var thead = el("thead"), tr = el("tr");
          ["Date", "Caravan", "Place", "What", "Group size", "Source"].forEach(function (h) {
            var th = el("th", null, h); th.scope = "col"; tr.appendChild(th);
          });
          thead.appendChild(tr); table.appendChild(thead);
          var tbody = el("tbody");
          tableRows(st.caravans).forEach(function (ci) {
            var x = rm.decode.report(ci[0], ci[1]), row = el("tr");
            rowTexts(x).forEach(function (text) { row.appendChild(el("td", null, text)); });
            var src = el("td"); src.appendChild(rm.popups.sourceNode(x)); row.appendChild(src);
            tbody.appendChild(row);
          });
          table.appendChild(tbody);
          panel.appendChild(table);
        }
        box.addEventListener("toggle", function () { if (box.open) { build(); } });
        global.addEventListener("beforeprint", function () { build(); box.open = true; });
        return box;
      }
    });
  }

  return { tableRows: tableRows, rowTexts: rowTexts, tableControl: tableControl };
});
