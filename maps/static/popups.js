/* routemapper/popups.js: what a click on a place or a leg shows, built from text nodes (never HTML). */
(function (global, factory) {
  "use strict";
  var rm = global.routemapper = global.routemapper || {};
  if (typeof module === "object" && module.exports) { require("./format.js"); require("./decode.js"); }
  rm.popups = factory(rm);
  if (typeof module === "object" && module.exports) { module.exports = rm.popups; }
})(typeof window !== "undefined" ? window : globalThis, function (rm) {
  "use strict";

  var F = rm.format, el = F.el, fmt = F.fmt, spread = F.spread;

  /* A report's group size as a reader should see it: the words reported and the figures we read in them. */
  function countText(x) {
    if (!x.count) { return "not reported"; }
    if (x.low === null) { return x.count; }
    if (x.qual === "vague") { return "\u201c" + x.count + "\u201d (vague: " + spread(x.low, x.high) + " by our rule)"; }
    return x.count + " (" + spread(x.low, x.high) + ")";
  }

  /* The source as a link when its URL is http(s), else as text. */
  function sourceNode(x) {
    var href = F.safeUrl(x.url);
    if (href) {
      var a = el("a", null, x.source || x.url);
      a.href = href; a.target = "_blank"; a.rel = "noopener noreferrer nofollow";
      return a;
    }
    return document.createTextNode(x.source || x.url || "");
  }

  function defList() {
    var dl = el("dl");
    return {
      node: dl,
      row: function (label, value) {
        if (value === undefined || value === null || value === "") { return; }
        dl.appendChild(el("dt", null, label));
        var dd = el("dd");
        if (value instanceof Node) { dd.appendChild(value); } else { dd.textContent = String(value); }
        dl.appendChild(dd);
      }
    };
  }

  /* Indexes of caravan c's reports at report i's place and day (Python's group), shown by day ``day``. */
  function samePlaceAndDay(c, i, day) {
    var r = c.reports;
    return rm.decode.placeDay(c, i).members.filter(function (k) { return r.day[k] <= day; });
  }

  /* "1,600–3,000 people, 1,000 of them joined" from the merged figures Python wrote, or "" without a size. */
  function togetherText(merged) {
    if (!merged || merged.low === null || merged.low === undefined) { return ""; }
    return spread(merged.low, merged.high) + " people" + (merged.joined ? ", " + fmt(merged.joined) + " of them joined" : "");
  }

  /* One popup for every report at one place and day (several sources: one list and the merged spread,
     ``merged`` = {low, high, joined} as routes/sizes.py added them up). */
  function reportsPopup(list, merged) {
    var first = list[0];
    var box = el("div", "rm-popup");
    box.appendChild(el("div", "rm-popup-title", first.place));
    var head = defList();
    head.row("Caravan", first.caravan);
    if (first.resolved && first.resolved !== first.place) { head.row("Located at", first.resolved); }
    if (first.precision !== "point") { head.row("Precision", first.precision + " level: somewhere in this area, not a point on the road"); }
    if (first.conf < 0.75) { head.row("Geocoding", "uncertain (confidence " + first.conf.toFixed(2) + ")"); }
    if (list.length > 1) {
      head.row("Reports", list.length + " reports of this place and day");
      head.row("Together", togetherText(merged));
    }
    box.appendChild(head.node);
    var ol = el("ol", "rm-popup-reports");
    list.forEach(function (x) {
      var d = defList();
      d.row("Date", x.date + (x.approx ? " (approximate)" : ""));
      d.row("What", F.KIND_LABELS[x.kind] || x.kind);
      d.row("Group size", countText(x));
      d.row("Source", sourceNode(x));
      d.row("Note", x.note);
      var li = el("li");
      li.appendChild(d.node);
      ol.appendChild(li);
    });
    box.appendChild(ol);
    return box;
  }

  function segmentPopup(c, j) {
    var s = c.segments, S = c.str;
    var box = el("div", "rm-popup");
    box.appendChild(el("div", "rm-popup-title", S[s.from[j]] + " \u2192 " + S[s.to[j]]));
    var d = defList();
    d.row("Caravan", c.name);
    d.row("Dates", F.dayText(s.startDay[j]) + " \u2192 " + F.dayText(s.endDay[j]) + (s.approx[j] ? " (approximate)" : ""));
    d.row("Distance", fmt(s.km[j]) + " km in " + s.days[j] + " day(s)");
    d.row("Group size", s.size[j] !== null ? "about " + fmt(s.size[j]) + (s.carried[j] ? " (carried from an earlier report)" : "") : "not reported");
    if (s.back[j]) { d.row("Direction", "travelled after the group turned back"); }
    box.appendChild(d.node);
    return box;
  }

  /* Open the popup of a hit ({caravan, i} a report, {caravan, seg} a leg) on map state st's map. */
  function openPopupFor(st, h) {
    var c = h.caravan, content, latlng;
    if (h.seg !== undefined) {
      var s = c.segments;
      content = segmentPopup(c, h.seg);
      latlng = L.latLng((s.lat1[h.seg] + s.lat2[h.seg]) / 2, (s.lon1[h.seg] + s.lon2[h.seg]) / 2);
    } else {
      var r = c.reports, i = h.i;
      content = reportsPopup(samePlaceAndDay(c, i, st.day).map(function (k) { return rm.decode.report(c, k); }),
                             rm.decode.placeDay(c, i));
      latlng = L.latLng(r.lat[i], r.lon[i]);
    }
    L.popup({ maxWidth: 300, autoPanPadding: [10, 10] }).setLatLng(latlng).setContent(content).openOn(st.map);
  }

  return {
    countText: countText, sourceNode: sourceNode, togetherText: togetherText, samePlaceAndDay: samePlaceAndDay,
    reportsPopup: reportsPopup, segmentPopup: segmentPopup, openPopupFor: openPopupFor
  };
});
