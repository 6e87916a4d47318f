"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { load } = require("./helpers.js");

const F = load("format.js");

test("numbers get thousands separators and ranges an en dash", () => {
  assert.equal(F.fmt(7000), "7,000");
  assert.equal(F.fmt(1599.6), "1,600");
  assert.equal(F.spread(1600, 3000), "1,600\u20133,000");
  assert.equal(F.spread(200, 200), "200");
});

test("a day number is its ISO date", () => {
  assert.equal(F.dayText(0), "1970-01-01");
  assert.equal(F.dayText(17816), "2018-10-12");  // 48 years of 365 days, 12 leap days, 284 days of 2018
});

test("only http(s) URLs become links", () => {
  assert.equal(F.safeUrl("https://example.org/a?b=<i>"), "https://example.org/a?b=%3Ci%3E");
  assert.equal(F.safeUrl("http://example.org"), "http://example.org/");
  assert.equal(F.safeUrl("javascript:alert(1)"), null);
  assert.equal(F.safeUrl("data:text/html,<b>x</b>"), null);
  assert.equal(F.safeUrl("/relative/path"), null);
  assert.equal(F.safeUrl("example.org"), null);
  assert.equal(F.safeUrl(""), null);
});

test("each module adds its namespace to window.routemapper", () => {
  assert.equal(globalThis.routemapper.format, F);
});
