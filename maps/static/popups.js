/* routemapper/popups.js: what a click on a place or a leg shows, built from text nodes (never HTML). */
(function (global, factory) {
  "use strict";
  var rm = global.routemapper = global.routemapper || {};
  if (typeof module === "object" && module.exports) { require("./format.js"); require("./decode.js"); }
  rm.popups = factory(rm);
  if (typeof module === "object" && module.exports) { module.exports = rm.popups; }
})(typeof window !== "undefined" ? window : globalThis, function (rm) {
  "use strict";

  var F = rm.format, el = F.el, fmt = F.fmt, spread = F.spread, t = F.t;

  /* The name of a place's precision (country, region) in the page's language. */
  function precisionName(precision) {
    var key = "page.precision." + precision;
    return t(key) === key ? precision : t(key);
  }

  /* A report's group size as a reader should see it: the words reported and the figures we read in them. */
  function countText(x) {
    if (!x.count) { return t("page.count_not_reported"); }
    if (!F.known(x.low)) { return x.count; }
    if (x.qual === "vague") { return t("page.count_vague", { count: x.count, spread: spread(x.low, x.high) }); }
    /* a bare figure is its own reading: "18", not "18 (18)"; "1.500" on a Spanish page, not "1500 (1.500)" */
    if (x.low === x.high && /^[\d\s.,\u00a0\u202f]+$/.test(String(x.count))) { return spread(x.low, x.high); }
    return t("page.count_read", { count: x.count, spread: spread(x.low, x.high) });
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

  /* Indexes of caravan c's reports at report i's point on other days than its group's (shown by day ``day``),
     oldest first: a place reported on several days is one spot on the map, and a click there reaches only the
     report drawn on top (Vado Hondo's clash of the 17th hid the 2,000 stopped there on the 16th). */
  function otherDaysHere(c, i, day) {
    var r = c.reports, own = rm.decode.placeDay(c, i).members, out = [];
    for (var k = 0; k < r.lat.length; k++) {
      if (r.lat[k] === r.lat[i] && r.lon[k] === r.lon[i] && r.day[k] <= day && own.indexOf(k) < 0) { out.push(k); }
    }
    return out.sort(function (a, b) { return r.day[a] - r.day[b] || a - b; });
  }

  /* One line for a report of another day at the clicked place: "16 January 2021: checkpoint, about 2,000 (...)" */
  function otherDayLine(x) {
    return t("page.popup.other_day", {
      date: x.approx ? t("page.popup.approximate", { date: x.date }) : x.date,
      what: F.kindLabel(x.kind), size: countText(x)
    });
  }

  /* Reports of the other visible caravans at report i's point (caravan c's), shown by day ``day``, oldest first,
     as {caravan, i}: two groups at one town draw one circle on the other, and a click there reaches the popup of
     the first caravan only (blind-s21/04's two groups at Tapachula on 24 June: the second one's report was in the
     table alone). */
  function otherCaravansHere(st, c, i, day) {
    var lat = c.reports.lat[i], lon = c.reports.lon[i], out = [];
    st.caravans.forEach(function (o) {
      if (o === c || !o.visible) { return; }
      var r = o.reports, S = o.str;
      for (var k = 0; k < r.lat.length; k++) {
        if (r.lat[k] === lat && r.lon[k] === lon && r.day[k] <= day && S[r.precision[k]] === "point") { out.push({ caravan: o, i: k }); }
      }
    });
    return out.sort(function (a, b) { return a.caravan.reports.day[a.i] - b.caravan.reports.day[b.i]; });
  }

  /* One line for another caravan's report at the clicked place: "Second caravan: 24 June 2022: departure, ..." */
  function otherCaravanLine(x) {
    return t("page.popup.other_caravan", { caravan: x.caravan, line: otherDayLine(x) });
  }

  /* The closing mark of a quote's own opening mark. */
  var QUOTE_MARKS = { "\u201c": "\u201d", "\u00ab": "\u00bb", "\u2018": "\u2019", "\"": "\"" };

  /* An article's words in the popup's quote marks, unless they open with a mark of their own: then in theirs
     (blind-s21/12's popup read "\u201c\u201cFrom Pijijiapan ... visa.\u201d": the article's opening mark and the
     popup's); a quote whose own mark never closes in it is closed with that mark's pair. */
  function quoteText(quote) {
    var close = QUOTE_MARKS[quote.charAt(0)];
    if (!close) { return t("page.popup.quoted", { quote: quote }); }
    return quote.indexOf(close, 1) < 0 ? quote + close : quote;
  }

  /* "1,600–3,000 people, 1,000 of them joined" from the merged figures Python wrote, or "" without a size. */
  function togetherText(merged) {
    if (!merged || !F.known(merged.low)) { return ""; }
    var figures = spread(merged.low, merged.high);
    return merged.joined ? t("page.popup.people_joined", { spread: figures, joined: fmt(merged.joined) })
      : t("page.popup.people", { spread: figures });
  }

  /* One popup for every report at one place and day (several sources: one list and the merged spread,
     ``merged`` = {low, high, joined} as routes/sizes.py added them up). */
  function reportsPopup(list, merged, others, caravans) {
    var first = list[0];
    var box = el("div", "rm-popup");
    box.tabIndex = 0;  /* it scrolls when the place has many reports: reachable from the keyboard */
    box.appendChild(el("div", "rm-popup-title", first.place));
    var head = defList();
    head.row(t("page.popup.caravan"), first.caravan);
    if (first.resolved && first.resolved !== first.place) { head.row(t("page.popup.located_at"), first.resolved); }
    if (first.precision !== "point") {
      head.row(t("page.popup.precision"), t("page.popup.precision_text", { precision: precisionName(first.precision) }));
    }
    if (first.conf < 0.75) { head.row(t("page.popup.geocoding"), t("page.popup.uncertain", { conf: F.number(first.conf, 2) })); }
    if (list.length > 1) {
      head.row(t("page.popup.reports"), t("page.popup.reports_here", { n: list.length }));
      head.row(t("page.popup.together"), togetherText(merged));
    }
    box.appendChild(head.node);
    var ol = el("ol", "rm-popup-reports");
    list.forEach(function (x) {
      var d = defList();
      d.row(t("page.popup.date"), x.approx ? t("page.popup.approximate", { date: x.date }) : x.date);
      d.row(t("page.popup.what"), F.kindLabel(x.kind));
      d.row(t("page.popup.group_size"), countText(x));
      if (x.source || x.url) { d.row(t("page.popup.source"), sourceNode(x)); }  /* an unsourced draft row: no empty line */
      if (x.quote) { d.row(t("page.popup.quote"), quoteText(x.quote)); }  /* the article's words */
      d.row(t("page.popup.note"), x.note);
      var li = el("li");
      li.appendChild(d.node);
      ol.appendChild(li);
    });
    box.appendChild(ol);
    if (others && others.length) {  /* the same place's other days, one line each, above the long quotes */
      var more = el("div", "rm-popup-other-days", t("page.popup.other_days"));
      var ul = el("ul", "rm-popup-other-days-list");
      others.forEach(function (x) { ul.appendChild(el("li", null, otherDayLine(x))); });
      box.insertBefore(ul, ol);
      box.insertBefore(more, ul);
    }
    if (caravans && caravans.length) {  /* other caravans at this point: one line each, each named, above the quotes */
      var head2 = el("div", "rm-popup-other-caravans", t("page.popup.other_caravans"));
      var ul2 = el("ul", "rm-popup-other-caravans-list");
      caravans.forEach(function (x) { ul2.appendChild(el("li", null, otherCaravanLine(x))); });
      box.insertBefore(ul2, ol);
      box.insertBefore(head2, ul2);
    }
    return box;
  }

  function segmentPopup(c, j) {
    var s = c.segments, S = c.str;
    var box = el("div", "rm-popup");
    box.tabIndex = 0;
    box.appendChild(el("div", "rm-popup-title", S[s.from[j]] + " \u2192 " + S[s.to[j]]));
    var d = defList();
    var dates = t("page.popup.date_span", { first: F.dayText(s.startDay[j]), last: F.dayText(s.endDay[j]) });
    d.row(t("page.popup.caravan"), c.name);
    d.row(t("page.popup.dates"), s.approx[j] ? t("page.popup.approximate", { date: dates }) : dates);
    d.row(t("page.popup.distance"), t("page.popup.distance_text", { km: fmt(s.km[j]), n: s.days[j] }));
    d.row(t("page.popup.group_size"), !F.known(s.size[j]) ? t("page.count_not_reported")
      : t(s.carried[j] ? "page.popup.carried" : "page.popup.about", { n: s.size[j] }));
    if (s.back[j]) { d.row(t("page.popup.direction"), t("page.popup.after_turning_back")); }
    box.appendChild(d.node);
    return box;
  }

  /* The room a popup anchored at x keeps from the map's top-left corner: clear of the zoom buttons there (Leaflet
     pans a popup into the map, not out from under a control), 10 pixels where there are none; and below the
     top-right controls when it would reach under them (topClearance). */
  function topLeftPadding(map, x) {
    var container = map.getContainer(), box = container.getBoundingClientRect();
    var top = topClearance(box, cornerRects(container, "top"), x, POPUP_HALF);
    var zoom = container.getElementsByClassName("leaflet-control-zoom")[0];
    var r = zoom ? zoom.getBoundingClientRect() : null;
    if (!r || !r.width || r.left - box.left > box.width / 2) { return [10, top]; }  /* none, hidden, or on the right */
    return [Math.round(r.right - box.left) + 8, top];
  }

  /* The page rectangles of the controls in the map's right corner at the ``side`` ("top" or "bottom"). */
  function cornerRects(container, side) {
    var corner = container.querySelector(".leaflet-" + side + ".leaflet-right");
    return corner ? Array.prototype.map.call(corner.children, function (c) { return c.getBoundingClientRect(); }) : [];
  }

  /* Half the widest popup (maxWidth 300 and its frame), in pixels. */
  var POPUP_HALF = 170;

  /* The top padding of a popup anchored at x (pixels from the map's left) that is ``half`` wide either side:
     below the lowest of the top-right controls it would reach under (the route table button, the layer list;
     ``controls``: their rectangles, page pixels, as the map's ``box``), else 10.  A control hidden or reaching
     below half the map (the open route table) is not counted: a popup kept below it would have no room. */
  function topClearance(box, controls, x, half) {
    var top = 10;
    controls.forEach(function (r) {
      if (!r.width || !r.height) { return; }
      var bottom = r.bottom - box.top;
      if (bottom > box.height / 2 || x + half <= r.left - box.left) { return; }
      top = Math.max(top, Math.round(bottom) + 8);
    });
    return top;
  }

  /* The bottom-right padding of a popup anchored at (x, y) (pixels from the map's top left) that is ``half`` wide
     either side: [right, bottom].  A popup opens above its anchor; when its anchor is below the top of a
     bottom-right control (the legend, folded or open; the attribution) and the popup would reach under it, the
     popup keeps left of that control (its right padding is the control's width from the map's right edge, and 8
     px more), else 10 px.  A control hidden or wider than half the map (a phone's open legend) is not counted: a
     popup kept left of it would have no room. */
  function bottomRightPadding(box, controls, x, y, half) {
    var right = 10;
    controls.forEach(function (r) {
      if (!r.width || !r.height || r.width > box.width / 2) { return; }
      var left = r.left - box.left;
      if (y - 10 <= r.top - box.top || x + half <= left) { return; }
      right = Math.max(right, Math.round(box.width - left) + 8);
    });
    return [right, 10];
  }

  /* bottomRightPadding for a popup anchored at the container point p of this map. */
  function bottomRightPaddingAt(map, p) {
    var container = map.getContainer();
    return bottomRightPadding(container.getBoundingClientRect(), cornerRects(container, "bottom"), p.x, p.y, POPUP_HALF);
  }

  /* Open (and return) the popup of a hit ({caravan, i} a report, {caravan, seg} a leg) on map state st's map. */
  function openPopupFor(st, h) {
    var c = h.caravan, content, latlng;
    if (h.seg !== undefined) {
      var s = c.segments;
      content = segmentPopup(c, h.seg);
      latlng = L.latLng((s.lat1[h.seg] + s.lat2[h.seg]) / 2, (s.lon1[h.seg] + s.lon2[h.seg]) / 2);
    } else {
      var r = c.reports, i = h.i;
      var decoded = function (k) { return rm.decode.report(c, k); };
      content = reportsPopup(samePlaceAndDay(c, i, st.day).map(decoded), rm.decode.placeDay(c, i),
                             otherDaysHere(c, i, st.day).map(decoded),
                             otherCaravansHere(st, c, i, st.day).map(function (h) { return rm.decode.report(h.caravan, h.i); }));
      latlng = L.latLng(r.lat[i], r.lon[i]);
    }
    var at = st.map.latLngToContainerPoint(latlng), x = at.x;
    var popup = L.popup({ maxWidth: 300, autoPanPadding: [10, 10], autoPanPaddingTopLeft: topLeftPadding(st.map, x),
                          autoPanPaddingBottomRight: bottomRightPaddingAt(st.map, at) })
      .setLatLng(latlng).setContent(content).openOn(st.map);
    var close = popup.getElement() && popup.getElement().querySelector(".leaflet-popup-close-button");
    if (close) { close.setAttribute("aria-label", t("page.popup.close")); close.title = t("page.popup.close"); }
    return popup;
  }

  /* Move the keyboard into an open popup (its text, then its close button); Escape or closing it
     brings focus back to ``returnTo``. */
  function focusPopup(popup, returnTo) {
    var box = popup.getElement(), content = box && box.querySelector(".rm-popup");
    if (!content) { return; }
    content.focus();
    function back() {
      box.removeEventListener("keydown", onKey);
      if (returnTo && document.body.contains(returnTo)) { returnTo.focus(); }
    }
    function onKey(e) {
      if (e.key === "Escape") { e.preventDefault(); popup.close(); }
    }
    box.addEventListener("keydown", onKey);
    popup.once("remove", back);
  }

  return {
    focusPopup: focusPopup, countText: countText, precisionName: precisionName, sourceNode: sourceNode,
    togetherText: togetherText, samePlaceAndDay: samePlaceAndDay, otherDaysHere: otherDaysHere, otherDayLine: otherDayLine,
    otherCaravansHere: otherCaravansHere, otherCaravanLine: otherCaravanLine, quoteText: quoteText,
    reportsPopup: reportsPopup, segmentPopup: segmentPopup, openPopupFor: openPopupFor, topClearance: topClearance,
    bottomRightPadding: bottomRightPadding
  };
});
