/* routemapper/decode.js: the caravan columns Python wrote (maps/render.py caravan_data), unpacked for drawing.
 *
 * Each caravan arrives once as columnar arrays whose repeated strings are
 * indexes into a string table (``str``), days counted from ``day0`` and
 * confidence in percent; the legs run along the stop path ``segments.lat/lon``.
 */
(function (global, factory) {
  "use strict";
  var rm = global.routemapper = global.routemapper || {};
  if (typeof module === "object" && module.exports) { require("./format.js"); }
  rm.decode = factory(rm);
  if (typeof module === "object" && module.exports) { module.exports = rm.decode; }
})(typeof window !== "undefined" ? window : globalThis, function (rm) {
  "use strict";

  /* Unpack one caravan's columns in place and return it: legs from the stop path
     (leg j from stop j to stop j + 1 as lat1/lon1 -> lat2/lon2), absolute days, confidence 0-1. */
  function decodeCaravan(data) {
    var c = data, r = data.reports, s = data.segments, S = data.str, i, m = Math.max(s.lat.length - 1, 0);
    c.visible = true;
    s.lat1 = s.lat.slice(0, m); s.lon1 = s.lon.slice(0, m); s.lat2 = s.lat.slice(1); s.lon2 = s.lon.slice(1);
    function shift(a) { for (var k = 0; k < a.length; k++) { if (a[k] !== null) { a[k] += data.day0; } } }
    shift(r.day); shift(s.startDay); shift(s.endDay);
    for (i = 0; i < r.conf.length; i++) { r.conf[i] = r.conf[i] === null ? 0 : r.conf[i] / 100; }
    /* Reports that share a place and day (Python's groups): which group each is in (-1: alone). */
    var groups = data.groups || { members: [], low: [], high: [], joined: [] };
    c.groups = groups;
    c.groupOf = new Int32Array(r.lat.length).fill(-1);
    groups.members.forEach(function (members, g) { members.forEach(function (k) { c.groupOf[k] = g; }); });
    /* Dates as the reader sees them (written by Python in the page's language), keyed by the raw date's string. */
    c.dateShown = {};
    var dates = data.dates || { key: [], text: [] };
    for (i = 0; i < dates.key.length; i++) { c.dateShown[dates.key[i]] = S[dates.text[i]]; }
    /* The name a report's place is labelled by, where it differs from its own (Python: routes.names). */
    c.shownName = {};
    var names = data.names || { i: [], s: [] };
    for (i = 0; i < names.i.length; i++) { c.shownName[names.i[i]] = S[names.s[i]]; }
    return c;
  }

  /* True when report i draws its place and day's circle: it is alone there, or the first of its group. */
  function leadsGroup(c, i) {
    var g = c.groupOf ? c.groupOf[i] : -1;
    return g < 0 || c.groups.members[g][0] === i;
  }

  /* What report i's place and day add up to, as Python merged it (routes/sizes.py): the members and
     {low, high, joined}; a report alone there is its own group, its figures its own. */
  function placeDay(c, i) {
    var g = c.groupOf ? c.groupOf[i] : -1, r = c.reports;
    if (g < 0) { return { members: [i], low: r.low[i], high: r.high[i], joined: 0 }; }
    var G = c.groups;
    return { members: G.members[g], low: G.low[g], high: G.high[g], joined: G.joined[g] || 0 };
  }

  /* The [lat, lon] points the first view is fitted to: both ends of every leg and every
     point-level report (a country- or region-level report's point is not a place on the road). */
  function fitPoints(c) {
    var r = c.reports, s = c.segments, S = c.str, out = [], i;
    for (i = 0; i < s.lat1.length; i++) { out.push([s.lat1[i], s.lon1[i]], [s.lat2[i], s.lon2[i]]); }
    for (i = 0; i < r.lat.length; i++) { if (S[r.precision[i]] === "point") { out.push([r.lat[i], r.lon[i]]); } }
    return out;
  }

  /* The date of report i of caravan c as the reader sees it (the raw ISO text if Python gave none). */
  function dateText(c, i) {
    var key = c.reports.date[i];
    return c.dateShown && c.dateShown[key] !== undefined ? c.dateShown[key] : c.str[key];
  }

  /* The name the map labels report i's place by: the shortest name reported at its point (routes.names). */
  function placeName(c, i) {
    return c.shownName && c.shownName[i] !== undefined ? c.shownName[i] : c.str[c.reports.place[i]];
  }

  /* Report i of caravan c as a plain object of strings and numbers. */
  function report(c, i) {
    var r = c.reports, S = c.str;
    return {
      caravan: c.name, date: dateText(c, i), approx: !!r.approx[i], kind: S[r.kind[i]], place: S[r.place[i]],
      resolved: S[r.resolved[i]], precision: S[r.precision[i]], conf: r.conf[i], count: S[r.count[i]],
      qual: S[r.qual[i]], low: r.low[i], high: r.high[i], source: S[r.source[i]], url: S[r.url[i]],
      note: S[r.note[i]], day: r.day[i]
    };
  }

  /* Report and leg-end days of these caravans, sorted and distinct: the time slider's steps. */
  function reportDays(caravans) {
    var days = {};
    caravans.forEach(function (c) {
      c.reports.day.forEach(function (d) { days[d] = true; });
      c.segments.endDay.forEach(function (d) { days[d] = true; });
    });
    return Object.keys(days).map(Number).sort(function (a, b) { return a - b; });
  }

  return {
    decodeCaravan: decodeCaravan, fitPoints: fitPoints, dateText: dateText, placeName: placeName, report: report,
    reportDays: reportDays, leadsGroup: leadsGroup, placeDay: placeDay
  };
});
