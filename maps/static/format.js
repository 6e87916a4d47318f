/* routemapper/format.js: words, numbers, dates and safe DOM text shared by the other modules.
 *
 * The page's script is split by job into files loaded in this order (maps/assets.py
 * PAGE_SCRIPTS): format, decode, popups, symbols, layers, controls, table, map.  Each
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

  var KIND_LABELS = {
    gathering: "gathering", departure: "departure", sighting: "sighting", crossing: "border crossing",
    checkpoint: "checkpoint", blocked: "blocked", clash: "clash", returned: "turned back",
    arrival: "arrival", planned: "planned"
  };
  /* The kinds that mark an event on the road with a symbol. */
  var SYMBOL_KINDS = ["checkpoint", "blocked", "clash", "crossing", "returned"];
  var DAY_MS = 86400000;

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

  function fmt(n) { return Math.round(n).toLocaleString("en-US"); }
  function spread(lo, hi) { return lo === hi ? fmt(lo) : fmt(lo) + "\u2013" + fmt(hi); }
  /* Whole days since 1970-01-01 as an ISO date. */
  function dayText(day) { return new Date(day * DAY_MS).toISOString().slice(0, 10); }

  return {
    KIND_LABELS: KIND_LABELS, SYMBOL_KINDS: SYMBOL_KINDS, DAY_MS: DAY_MS,
    el: el, safeUrl: safeUrl, now: now, fmt: fmt, spread: spread, dayText: dayText
  };
});
