"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const { STATIC, load } = require("./helpers.js");

test("every page module loads without Leaflet or a DOM and adds its namespace", () => {
  const names = fs.readdirSync(STATIC).filter((f) => f.endsWith(".js")).sort();
  assert.ok(names.length >= 8, names.join(", "));
  for (const name of names) {
    if (name === "map.js") { continue; }  // the entry points: needs every other module (checked below)
    const api = load(name);
    assert.equal(typeof api, "object", name);
    assert.equal(globalThis.routemapper[name.replace(/\.js$/, "")], api, name);
  }
  load("map.js");
  for (const entry of ["load", "addCaravan", "finish", "state", "setDay", "visibleCounts", "reportPoint", "firstMap", "safeUrl"]) {
    assert.ok(entry in globalThis.routemapper, entry);
  }
});
