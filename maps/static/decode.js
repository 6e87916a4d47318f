/* routemapper/decode.js: the map's binary columns (maps/pagedata.py) read back into caravans.
 *
 * Python packs every table (points, reports, legs, groups) as typed columns, gzips them
 * and embeds them as base64 in non-executed <script type="application/octet-stream">
 * blocks; the layout (each column's name, storage type, byte offset, divisor, offset,
 * missing value, delta coding) travels next to them as JSON, so this file reads whatever
 * the layout says and hard-codes no position.  The browser's own DecompressionStream
 * inflates a block (read from a Blob stream: no fetch, no eval, no library); a small block
 * travels uncompressed after 8 bytes "rmraw\0\0\0" (pagedata.RAW_MAGIC) and is read at once.
 *
 * A caravan is a slice of every table (its rows are together), viewed in place:
 *   c.reports:  lat, lon, r, rh (radius in px: low, high figure), low, high, day, approx, told,
 *               conf (0-1), group, and text codes date, kind, place, resolved, precision,
 *               count, qual, source, url, note, quote (indexes into c.str);
 *   c.segments: lat1, lon1 -> lat2, lon2, w (px), size, carried, approx, back, from, to,
 *               startDay, endDay, km, days;
 *   c.groups:   members (report indexes in the caravan), low, high, joined; c.groupOf: each
 *               report's group (-1: alone);
 *   c.dateCode: raw date code -> code of the date as a reader sees it (Python wrote it in the
 *               page's language); c.nameCode: report index -> code of the name its place is
 *               labelled by, where that differs from its own (routes/names.py).
 * Days are whole days since 1970-01-01; a number that is not known is NaN (F.known).
 * c.str is the map's one string table: its head (kinds, precisions, qualifiers) is there
 * at once, the rest arrives with the "text" block (readText).
 */
(function (global, factory) {
  "use strict";
  var rm = global.routemapper = global.routemapper || {};
  if (typeof module === "object" && module.exports) { require("./format.js"); }
  rm.decode = factory(rm, global);
  if (typeof module === "object" && module.exports) { module.exports = rm.decode; }
})(typeof window !== "undefined" ? window : globalThis, function (rm, global) {
  "use strict";

  /* Degrees (about 440 km) within which an area-level report's point is fitted however short the route is. */
  var FIT_AREA_REACH = 4;
  /* Degrees of room around each area of a caravan of areas only (maps/fit.py's AREA_ONLY_ROOM). */
  var AREA_ONLY_ROOM = 1.5;
  /* Degrees the first view spans at least each way: one town is seen in its region (maps/fit.py's MIN_VIEW_SPAN). */
  var MIN_VIEW_SPAN = 1.5;
  var TYPES = {
    i32: global.Int32Array, u32: global.Uint32Array, u16: global.Uint16Array, u8: global.Uint8Array,
    f32: global.Float32Array, f64: global.Float64Array
  };

  /* The bytes of a base64 text (the browser's own decoder when it has one). */
  function base64Bytes(text) {
    if (typeof Uint8Array.fromBase64 === "function") { return Uint8Array.fromBase64(text); }
    var binary = global.atob(text), n = binary.length, out = new Uint8Array(n);
    for (var i = 0; i < n; i++) { out[i] = binary.charCodeAt(i); }
    return out;
  }

  /* A promise of the inflated bytes (an ArrayBuffer) of gzip data. */
  function gunzip(bytes) {
    var stream = new global.Blob([bytes]).stream().pipeThrough(new global.DecompressionStream("gzip"));
    return new global.Response(stream).arrayBuffer();
  }

  /* The first bytes of an uncompressed block (maps/pagedata.py RAW_MAGIC: "rmraw" and three zeros). */
  var RAW_MAGIC = [0x72, 0x6d, 0x72, 0x61, 0x77, 0, 0, 0];
  function isRaw(bytes) {
    if (bytes.length < RAW_MAGIC.length) { return false; }
    for (var k = 0; k < RAW_MAGIC.length; k++) { if (bytes[k] !== RAW_MAGIC[k]) { return false; } }
    return true;
  }

  /* A promise of a block's data (an ArrayBuffer) from its bytes: an uncompressed block's at once (no task
     waits for a stream: the page draws in the task that read it), a gzipped one inflated. */
  function blockData(bytes) {
    if (isRaw(bytes)) { return Promise.resolve(bytes.buffer.slice(bytes.byteOffset + RAW_MAGIC.length, bytes.byteOffset + bytes.byteLength)); }
    return gunzip(bytes);
  }

  /* A promise of the data of the page block with this id (its text is base64). */
  function readBlock(id) {
    var node = global.document.getElementById(id);
    if (!node) { return Promise.reject(new Error("routemapper: data block " + id + " is missing")); }
    return blockData(base64Bytes(node.textContent.trim()));
  }

  /* One column as the page uses it: numbers scaled (NaN where missing), flags and codes as stored. */
  function column(buffer, col, n) {
    var Type = TYPES[col.type], stored = new Type(buffer, col.at, n), i;
    if (col.delta) {  /* differences from the row before, added up in the same type (it wraps as Python's did) */
      var sums = new Type(n);
      for (i = 0; i < n; i++) { sums[i] = (i ? sums[i - 1] : 0) + stored[i]; }
      stored = sums;
    }
    if (col.kind !== "number") { return stored; }
    var div = col.div || 1, offset = col.offset || 0, missing = col.missing;
    if (div === 1 && offset === 0 && missing === undefined) { return stored; }
    var out = new Float64Array(n);
    for (i = 0; i < n; i++) { out[i] = stored[i] === missing ? NaN : stored[i] / div + offset; }
    return out;
  }

  /* Every table of a layout from the inflated "columns" block: {table: {column: typed array}}. */
  function unpack(layout, buffer) {
    var out = {};
    Object.keys(layout.tables).forEach(function (name) {
      var table = layout.tables[name], cols = {};
      table.columns.forEach(function (col) { cols[col.name] = column(buffer, col, table.length); });
      out[name] = cols;
    });
    return out;
  }

  /* The string table from the inflated "text" block. */
  function strings(layout, buffer) {
    var text = new global.TextDecoder("utf-8").decode(buffer);
    if (layout.separator === "json") { return JSON.parse(text); }
    return layout.strings ? text.split("\u0000") : [];
  }

  /* Each point's lat and lon gathered for the rows that point at it (Float64Arrays). */
  function gather(points, index) {
    var n = index.length, lat = new Float64Array(n), lon = new Float64Array(n);
    for (var i = 0; i < n; i++) { lat[i] = points.lat[index[i]]; lon[i] = points.lon[index[i]]; }
    return { lat: lat, lon: lon };
  }

  function slice(cols, a, b, skip) {
    var out = {};
    Object.keys(cols).forEach(function (k) { if (!skip || skip.indexOf(k) < 0) { out[k] = cols[k].subarray(a, b); } });
    return out;
  }

  /* The caravans of a map from its meta (JSON: the palette) and unpacked tables; str is the shared string
     table, whole (a caravan's id, name and summary are in it).  Table "caravans" has a row a caravan: where
     its rows end in each table (they start where the caravan before ends, the first at 0) and its colour. */
  function caravans(meta, tables, str) {
    var R = tables.reports, S = tables.segments, G = tables.groups, P = tables.points, N = tables.names;
    var at = gather(P, R.pt), from = gather(P, S.a), to = gather(P, S.b);
    var reportCols = Object.assign({}, R, { lat: at.lat, lon: at.lon });
    var legCols = Object.assign({}, S, { lat1: from.lat, lon1: from.lon, lat2: to.lat, lon2: to.lon });
    var dateCode = {}, dateLabel = {}, k;  /* one map for the whole page: raw dates are codes of its one string table */
    for (k = 0; k < tables.dates.key.length; k++) {
      dateCode[tables.dates.key[k]] = tables.dates.text[k];
      if (tables.dates.label) { dateLabel[tables.dates.key[k]] = tables.dates.label[k]; }
    }
    var C = tables.caravans, out = [], index;
    function caravan(index) {
      var m = {}, r0, r1, g0, g1;
      ["reports", "segments", "groups", "names"].forEach(function (k) { m[k] = [index ? C[k][index - 1] : 0, C[k][index]]; });
      r0 = m.reports[0]; r1 = m.reports[1]; g0 = m.groups[0]; g1 = m.groups[1];
      var reports = slice(reportCols, r0, r1);  /* ``pt``: its point, a number per position (labels.js stops) */
      var members = [], groupOf = new Int32Array(r1 - r0).fill(-1), nameCode = {}, g, i;
      for (g = g0; g < g1; g++) { members.push([]); }
      for (i = 0; i < reports.group.length; i++) {
        g = reports.group[i];
        if (g === g) { members[g - g0].push(i); groupOf[i] = g - g0; }
      }
      for (k = m.names[0]; k < m.names[1]; k++) { nameCode[N.i[k] - r0] = N.s[k]; }
      return {
        id: str[C.id[index]], name: str[C.name[index]], color: meta.palette[C.color[index]], backColor: meta.backColor,
        visible: true, str: str, summary: str[C.summary[index]] || "", reports: reports,
        segments: slice(legCols, m.segments[0], m.segments[1], ["a", "b"]),
        groups: { members: members, low: G.low.subarray(g0, g1), high: G.high.subarray(g0, g1),
                  joined: G.joined.subarray(g0, g1) },
        groupOf: groupOf, dateCode: dateCode, dateLabel: dateLabel, nameCode: nameCode
      };
    }
    for (index = 0; index < C.reports.length; index++) { out.push(caravan(index)); }
    return out;
  }

  /* A promise of the caravans of the map whose meta is given: the "columns" block and the string table (str
     holds its head; the "text" block fills in the rest), inflated side by side. */
  function readCaravans(meta, str) {
    return Promise.all([readBlock(meta.blocks.columns), readText(meta, str)]).then(function (read) {
      return caravans(meta, unpack(meta.layout, read[0]), str);
    });
  }

  /* A promise that fills str (which holds the head) with the rest of the string table. */
  function readText(meta, str) {
    return readBlock(meta.blocks.text).then(function (buffer) {
      var all = strings(meta.layout, buffer);
      for (var i = str.length; i < all.length; i++) { str.push(all[i]); }
      return str;
    });
  }

  /* Complete a caravan made in JavaScript with the columns above (tests, addCaravan callers): shown, and
     groupOf, dateCode, dateLabel and nameCode from its lists (groups.members; dates {key, text, label}; names {i, s}). */
  function decodeCaravan(c) {
    var i;
    if (c.visible === undefined) { c.visible = true; }
    c.groups = c.groups || { members: [], low: [], high: [], joined: [] };
    c.groupOf = new Int32Array(c.reports.lat.length).fill(-1);
    c.groups.members.forEach(function (members, g) { members.forEach(function (k) { c.groupOf[k] = g; }); });
    c.dateCode = {}; c.dateLabel = {};
    var dates = c.dates || { key: [], text: [] };
    for (i = 0; i < dates.key.length; i++) {
      c.dateCode[dates.key[i]] = dates.text[i];
      if (dates.label) { c.dateLabel[dates.key[i]] = dates.label[i]; }
    }
    c.nameCode = {};
    var names = c.names || { i: [], s: [] };
    for (i = 0; i < names.i.length; i++) { c.nameCode[names.i[i]] = names.s[i]; }
    return c;
  }

  /* True when report i draws its place and day's circle: it is alone there, or the first of its group. */
  function leadsGroup(c, i) {
    var g = c.groupOf ? c.groupOf[i] : -1;
    return g < 0 || c.groups.members[g][0] === i;
  }

  /* What report i's place and day add up to, as Python merged it (routes/sizes.py): the members,
     {low, high, joined}, and ``told``: the figures to say one by one, [[low, high], ...] smallest first
     (the members Python marked ``told``: two sources that disagree), else []; a report alone there is its
     own group, its figures its own. */
  function placeDay(c, i) {
    var g = c.groupOf ? c.groupOf[i] : -1, r = c.reports;
    if (g < 0) { return { members: [i], low: r.low[i], high: r.high[i], joined: 0, told: [] }; }
    var G = c.groups, members = G.members[g];
    return { members: members, low: G.low[g], high: G.high[g], joined: G.joined[g] || 0, told: toldFigures(r, members) };
  }

  /* The different figures of ``members`` that Python marked as said one by one, smallest first. */
  function toldFigures(r, members) {
    var out = [], seen = {};
    members.forEach(function (k) {
      if (!r.told || !r.told[k]) { return; }
      var key = r.low[k] + "/" + r.high[k];
      if (!seen[key]) { seen[key] = true; out.push([r.low[k], r.high[k]]); }
    });
    return out.sort(function (a, b) { return a[1] - b[1] || a[0] - b[0]; });
  }

  /* The [lat, lon] points the first view is fitted to: both ends of every leg, every point-level report,
     and each state-, department- or region-level report whose point lies within the route's own span
     (at least FIT_AREA_REACH degrees) of the route, so that its badge is in view; a country's point, or
     an area far from the road, is not fitted (it is no place on the road, and would shrink the route).
     A planned place is fitted as such an area is (blind-s20/08's plan at Pacific, Missouri, 2,000 km from the
     route, shrank it to a corner).  A caravan with no point at all is fitted to its areas. */
  function fitPoints(c) {
    var r = c.reports, s = c.segments, S = c.str, out = [], areas = [], i, p, k;
    for (i = 0; i < s.lat1.length; i++) { out.push([s.lat1[i], s.lon1[i]], [s.lat2[i], s.lon2[i]]); }
    var plans = [];  /* planned places: fitted as the areas near the road are (maps/fit.py), a map of plans only to them */
    for (i = 0; i < r.lat.length; i++) {
      p = S[r.precision[i]];
      if (p === "point") { (S[r.kind[i]] === "planned" ? plans : out).push([r.lat[i], r.lon[i]]); }
      else if (p !== "country") { areas.push([r.lat[i], r.lon[i]]); }
    }
    if (!out.length) { out = plans; } else { areas = areas.concat(plans); }
    if (!out.length) {  /* areas only: each with room around it, seen among its neighbours, not at street level */
      return areas.reduce(function (all, a) {
        return all.concat([[a[0] - AREA_ONLY_ROOM, a[1] - AREA_ONLY_ROOM], [a[0] + AREA_ONLY_ROOM, a[1] + AREA_ONLY_ROOM]]);
      }, []);
    }
    var lat0 = Infinity, lat1 = -Infinity, lon0 = Infinity, lon1 = -Infinity;
    for (k = 0; k < out.length; k++) {
      lat0 = Math.min(lat0, out[k][0]); lat1 = Math.max(lat1, out[k][0]);
      lon0 = Math.min(lon0, out[k][1]); lon1 = Math.max(lon1, out[k][1]);
    }
    var reach = Math.max(lat1 - lat0, lon1 - lon0, FIT_AREA_REACH);
    areas.forEach(function (a) {  /* a state's or region's badge near the route is in view; a far one does not shrink it */
      var dLat = Math.max(lat0 - a[0], a[0] - lat1, 0), dLon = Math.max(lon0 - a[1], a[1] - lon1, 0);
      if (Math.max(dLat, dLon) <= reach) { out.push(a); }
    });
    return withRoom(out);
  }

  /* ``pts`` and, where their box is both narrower and lower than MIN_VIEW_SPAN degrees, two corners widening it
     about its centre: a map of one town, or of a short road, shows its region, not a dot at a 5 km scale. */
  function withRoom(pts) {
    var lat0 = Infinity, lat1 = -Infinity, lon0 = Infinity, lon1 = -Infinity, k;
    for (k = 0; k < pts.length; k++) {
      lat0 = Math.min(lat0, pts[k][0]); lat1 = Math.max(lat1, pts[k][0]);
      lon0 = Math.min(lon0, pts[k][1]); lon1 = Math.max(lon1, pts[k][1]);
    }
    if (!pts.length || Math.max(lat1 - lat0, lon1 - lon0) >= MIN_VIEW_SPAN) { return pts; }  /* long either way: its region shows */
    var midLat = (lat0 + lat1) / 2, midLon = (lon0 + lon1) / 2, half = MIN_VIEW_SPAN / 2;
    return pts.concat([[midLat - half, midLon - half], [midLat + half, midLon + half]]);
  }

  /* The date of report i of caravan c as the reader sees it (the raw ISO text if Python gave none). */
  function dateText(c, i) {
    var key = c.reports.date[i], shown = c.dateCode ? c.dateCode[key] : undefined;
    return c.str[shown !== undefined ? shown : key];
  }

  /* The date of report i of caravan c as a map label writes it when it is no single day (a month: "Oct 2018";
     Python's maps.page.date_label), or "" when the label writes its day. */
  function dateLabel(c, i) {
    var code = c.dateLabel ? c.dateLabel[c.reports.date[i]] : undefined;
    return code !== undefined ? (c.str[code] || "") : "";
  }

  /* The name the map labels report i's place by: the shortest name reported at its point (routes.names). */
  function placeName(c, i) {
    var code = c.nameCode ? c.nameCode[i] : undefined;
    return c.str[code !== undefined ? code : c.reports.place[i]];
  }

  /* Report i of caravan c as a plain object of strings and numbers. */
  function report(c, i) {
    var r = c.reports, S = c.str;
    return {
      caravan: c.name, date: dateText(c, i), approx: !!r.approx[i], kind: S[r.kind[i]], place: S[r.place[i]],
      resolved: S[r.resolved[i]], precision: S[r.precision[i]], conf: r.conf[i], count: S[r.count[i]],
      qual: S[r.qual[i]], low: r.low[i], high: r.high[i], source: S[r.source[i]], url: S[r.url[i]],
      note: S[r.note[i]], quote: S[r.quote[i]], day: r.day[i]
    };
  }

  /* Report and leg-end days of these caravans, sorted and distinct: the time slider's steps. */
  function reportDays(caravans) {
    var days = {};
    caravans.forEach(function (c) {
      c.reports.day.forEach(function (d) { if (d === d) { days[d] = true; } });
      c.segments.endDay.forEach(function (d) { if (d === d) { days[d] = true; } });
    });
    return Object.keys(days).map(Number).sort(function (a, b) { return a - b; });
  }

  return {
    base64Bytes: base64Bytes, gunzip: gunzip, blockData: blockData, readBlock: readBlock, unpack: unpack, strings: strings,
    caravans: caravans, readCaravans: readCaravans, readText: readText, decodeCaravan: decodeCaravan,
    leadsGroup: leadsGroup, placeDay: placeDay, fitPoints: fitPoints, dateText: dateText, dateLabel: dateLabel, placeName: placeName,
    report: report, reportDays: reportDays
  };
});
