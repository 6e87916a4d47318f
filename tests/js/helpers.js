/* Shared by the page-script unit tests: the path of a module in maps/static and a small caravan. */
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const STATIC = path.join(__dirname, "..", "..", "maps", "static");

/* require() a page module by file name (it also loads the modules it depends on). */
function load(name) { return require(path.join(STATIC, name)); }

/* The words Python gives the page in ``lang`` (maps/page.py page_strings: the format.* and page.* entries). */
function pageStrings(lang) {
  const all = JSON.parse(fs.readFileSync(path.join(STATIC, "..", "locale", lang + ".json"), "utf8"));
  const out = {};
  for (const [key, value] of Object.entries(all)) {
    if (key.startsWith("format.") || key.startsWith("page.")) { out[key] = value; }
  }
  return out;
}

/* Load format.js with the page's words in ``lang`` (English unless told). */
function words(lang) {
  const F = load("format.js");
  F.setStrings(pageStrings(lang || "en"));
  return F;
}

/* A caravan as the page holds it once decoded (decode.js): three stops, five reports (two at one
   place and day), one country-level report; days since 1970 (17816 = 2018-10-12), unknown numbers NaN,
   text as codes into str, each leg from (lat1, lon1) to (lat2, lon2). */
function sampleCaravan() {
  return {
    id: "c1", name: "October caravan", color: "#1f77b4", backColor: "#7b3294", visible: true,
    str: ["2018-10-12", "departure", "San Pedro Sula", "point", "about 1,000", "about", "Wire", "https://example.org/a", "",
          "2018-10-15", "sighting", "Agua Caliente", "1,600-2,000", "range", "about 1,000 more", "Guatemala", "country",
          "2018-10-17", "crossing", "Tecún Umán", "Radio", "javascript:alert(1)", "a note",
          "They reached Agua Caliente at dawn."],
    reports: {
      lat: [15.5, 14.6, 14.6, 15.5, 14.68], lon: [-88.03, -89.1, -89.1, -90.3, -92.14],
      r: [8, 10, 10, NaN, 6], rh: [9, 13, 13, NaN, 6],
      low: [900, 1600, 900, NaN, 500], high: [1100, 2000, 1100, NaN, 500],
      day: [17816, 17819, 17819, 17820, 17821], approx: [0, 0, 1, 0, 0], conf: [1, 0.9, 0.9, 0.6, NaN],
      group: [NaN, 0, 0, NaN, NaN],
      date: [0, 9, 9, 9, 17], kind: [1, 10, 10, 10, 18], place: [2, 11, 11, 15, 19], resolved: [2, 11, 11, 15, 19],
      precision: [3, 3, 3, 16, 3], count: [4, 12, 14, 8, 8], qual: [5, 13, 5, 8, 8],
      source: [6, 6, 20, 20, 20], url: [7, 8, 21, 8, 8], note: [8, 8, 22, 8, 8],
      quote: [8, 8, 23, 8, 8]
    },
    segments: {
      lat1: [15.5, 14.6], lon1: [-88.03, -89.1], lat2: [14.6, 14.68], lon2: [-89.1, -92.14], w: [3, 4],
      size: [1000, 1800], carried: [0, 1], approx: [0, 1], back: [0, 0], from: [2, 11], to: [11, 19],
      startDay: [17816, 17819], endDay: [17819, 17821], km: [160.2, 340.0], days: [3, 2]
    },
    /* reports 1 and 2 share Agua Caliente on one day: 1,600-2,000 and "about 1,000 more" add up to 1,600-3,000 */
    groups: { members: [[1, 2]], low: [1600], high: [3000], joined: [1000] }
  };
}

module.exports = { STATIC, load, pageStrings, words, sampleCaravan };
