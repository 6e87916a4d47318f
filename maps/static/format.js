/* routemapper/format.js: words, numbers, dates and safe DOM text shared by the other modules.
 *
 * The page's script is split by job into files loaded in this order (maps/assets.py
 * PAGE_SCRIPTS): format, later, decode, layout, popups, symbols, density, layers, placement, countryspot, labels, controls, table, embed, map.  Each
 * file adds one namespace to ``window.routemapper`` (``routemapper.format`` here); in
 * Node (``node --test tests/js``) each also exports it, so its logic is unit-tested
 * without a browser.  Every text shown to a reader is set with textContent or
 * createTextNode, never as HTML, and only http(s) links become clickable.
 */
(function (global, factory) {
  "use strict";
  var rm = global.routemapper = global.routemapper || {};
  var api = factory(global);
  rm.format = api;
  if (typeof module === "object" && module.exports) { module.exports = api; }
})(typeof window !== "undefined" ? window : globalThis, function (global) {
  "use strict";

  /* The kinds that mark an event on the road with a symbol. */
  var SYMBOL_KINDS = ["checkpoint", "blocked", "clash", "crossing", "returned"];
  var DAY_MS = 86400000;

  /* The page's texts: the ``page.*`` and ``format.*`` entries of one catalogue (maps/locale/<lang>.json),
     given by Python in the map's options; the script itself holds no words. */
  var strings = {};
  function setStrings(table) { strings = table || {}; }

  /* The text of ``key`` with its {placeholders} filled (numbers in this language's form); a plural entry
     ({one, other}) is chosen by ``values.n``.  An unknown key shows as itself (tests check every key exists). */
  function t(key, values) {
    var entry = strings[key];
    if (entry === undefined) { return key; }
    if (entry !== null && typeof entry === "object" && !Array.isArray(entry)) {
      entry = entry[values && values.n === 1 ? "one" : "other"];
    }
    return String(entry).replace(/\{(\w+)\}/g, function (whole, name) {
      var v = values ? values[name] : undefined;
      if (v === undefined || v === null) { return whole; }
      return typeof v === "number" ? number(v) : String(v);
    });
  }

  /* A list entry of the catalogue (month names), or []. */
  function list(key) { return Array.isArray(strings[key]) ? strings[key] : []; }

  /* ``n`` rounded to ``digits`` decimals with the catalogue's separators: 7,000 (en), 7.000 (es), always grouped. */
  function number(n, digits) {
    var d = digits || 0, neg = n < 0, fixed = Math.abs(n).toFixed(d), parts = fixed.split(".");
    var whole = parts[0].replace(/\B(?=(\d{3})+(?!\d))/g, "\u0000");
    var sep = strings["format.thousands"] !== undefined ? strings["format.thousands"] : ",";
    var dec = strings["format.decimal"] !== undefined ? strings["format.decimal"] : ".";
    return (neg && Number(fixed) !== 0 ? "-" : "") + whole.split("\u0000").join(sep) + (parts[1] ? dec + parts[1] : "");
  }

  function fmt(n) { return number(n, 0); }
  /* One figure, or a range when low and high differ once rounded: 1,600–3,000. */
  function spread(lo, hi) {
    return Math.round(lo) === Math.round(hi) ? fmt(lo) : t("format.range", { low: fmt(lo), high: fmt(hi) });
  }

  /* routes/counts.py's VAGUE words and FACTORS of a qualifier, spaces written "_" as in the catalogue's keys
     (tests/test_reader4.py checks the copies agree; the words a reader sees are the catalogue's). */
  var VAGUE = [["dozens", 24, 99], ["hundreds", 200, 900], ["thousands", 2000, 9000], ["tens_of_thousands", 20000, 90000]];
  var FACTORS = [["about", 0.9, 1.1], ["almost", 0.9, 1.0], ["at_least", 1.0, 1.5], ["up_to", 0.5, 1.0]];

  /* A group size said as the caption says it (maps/i18n.py Catalogue.people with about=True): a vague word's
     range is the word ("thousands of people", not "2,000–9,000"), a range that is exactly a qualifier's is the
     reported figure with it ("about 6,500 people", not "5,850–7,150": a precision no one reported), anything
     else its figures ("7,000–10,000 people", "500 people"). */
  function people(lo, hi) {
    var i, n;
    for (i = 0; i < VAGUE.length; i++) {
      if (lo === VAGUE[i][1] && hi === VAGUE[i][2]) { return t("page.people_vague." + VAGUE[i][0]); }
    }
    for (i = 0; i < FACTORS.length && lo < hi; i++) {
      n = Math.round((lo + hi) / (FACTORS[i][1] + FACTORS[i][2]));
      if (n >= 10 && Math.abs(lo - FACTORS[i][1] * n) <= 0.5 && Math.abs(hi - FACTORS[i][2] * n) <= 0.5) {
        return t("page.people_" + FACTORS[i][0], { n: n });
      }
    }
    if (Math.round(lo) === Math.round(hi)) { return t("page.people", { n: Math.round(lo) }); }
    return t("page.popup.people", { spread: spread(lo, hi) });
  }

  /* A list as the catalogue joins one: "A", "A and B", "A, B and C" (maps/i18n.py Catalogue.join). */
  function join(items) {
    if (items.length < 2) { return items.join(""); }
    return items.slice(0, -1).join(t("format.list_separator")) + t("format.list_and") + items[items.length - 1];
  }

  /* The size of a place and day (decode.placeDay's answer) in words: its figures one by one when Python told
     them apart ("about 4,000 people and about 9,000 people", never the 3,600-9,900 nobody reported), else
     its merged figure (people). */
  function placeDayPeople(merged) {
    if (merged.told && merged.told.length > 1) {
      return join(merged.told.map(function (f) { return people(f[0], f[1]); }));
    }
    return people(merged.low, merged.high);
  }

  /* Whole days since 1970-01-01 -> [year, month 0-11, day of month] (UTC). */
  function ymd(day) {
    var d = new Date(day * DAY_MS);
    return [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()];
  }
  /* A day number as the catalogue writes a date: 15 October 2018 / 15 de octubre de 2018. */
  function dayText(day) {
    var p = ymd(day);
    return t("format.date", { day: String(p[2]), month: list("format.months")[p[1]] || String(p[1] + 1), year: String(p[0]) });
  }
  /* A short date for map labels: 15 Oct (15 oct), with the year when asked: 15 Oct 2018. */
  function shortDay(day, withYear) {
    var p = ymd(day);
    return t(withYear ? "page.day_short_year" : "page.day_short",
             { day: String(p[2]), month: list("page.months_short")[p[1]] || String(p[1] + 1), year: String(p[0]) });
  }
  /* A span of days for a label, as short as is clear: 15 Oct, 15–17 Oct, 30 Oct – 2 Nov (years when asked). */
  function shortSpan(first, last, withYear) {
    if (first === last) { return shortDay(first, withYear); }
    var a = ymd(first), b = ymd(last);
    if (a[0] === b[0] && a[1] === b[1]) {
      return t(withYear ? "page.days_short_in_month_year" : "page.days_short_in_month",
               { first: String(a[2]), last: String(b[2]), month: list("page.months_short")[a[1]], year: String(a[0]) });
    }
    return t("page.span_short", { first: shortDay(first, withYear && a[0] !== b[0]), last: shortDay(last, withYear) });
  }
  /* A new element with a class and text (set as text, never parsed as HTML). */
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  /* The link an http(s) URL may become, or null (javascript:, data:, relative paths stay text). */
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

  /* Milliseconds since navigation start (the load-time benchmark reads these). */
  function now() { return global.performance ? global.performance.now() : Date.now(); }

  /* The name of a report kind in the page's language. */
  function kindLabel(kind) { var key = "page.kind." + kind; return strings[key] !== undefined ? t(key) : kind; }

  /* True for a number that is known (the data marks unknown numbers NaN; null from older callers). */
  function known(v) { return v !== null && v !== undefined && v === v; }

  return {
    SYMBOL_KINDS: SYMBOL_KINDS, DAY_MS: DAY_MS, setStrings: setStrings, t: t, list: list, number: number,
    el: el, safeUrl: safeUrl, now: now, known: known, fmt: fmt, spread: spread, people: people, join: join, placeDayPeople: placeDayPeople, dayText: dayText, shortDay: shortDay,
    shortSpan: shortSpan, kindLabel: kindLabel
  };
});
