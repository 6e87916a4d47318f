"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { load, words } = require("./helpers.js");

const F = load("format.js");

test("numbers: grouped by thousands in each language's form, four digits too", () => {
  words("en");
  assert.equal(F.fmt(7000), "7,000");
  assert.equal(F.fmt(1599.6), "1,600");
  assert.equal(F.fmt(1234567), "1,234,567");
  assert.equal(F.number(0.75, 2), "0.75");
  assert.equal(F.spread(1600, 3000), "1,600\u20133,000");
  assert.equal(F.spread(200, 200), "200");
  words("es");
  assert.equal(F.fmt(7000), "7.000");  // not Intl's "7000"
  assert.equal(F.fmt(160), "160");
  assert.equal(F.number(0.75, 2), "0,75");
  assert.equal(F.spread(1600, 3000), "1.600\u20133.000");
});

test("dates: a day number in each language's long form, and short forms for labels", () => {
  words("en");
  assert.equal(F.dayText(17819), "15 October 2018");  // 17816 is 2018-10-12: 48 years of 365 days, 12 leap days, 284
  assert.equal(F.shortDay(17819), "15 Oct");
  assert.equal(F.shortDay(17819, true), "15 Oct 2018");
  assert.equal(F.shortSpan(17819, 17821), "15\u201317 Oct");
  assert.equal(F.shortSpan(17819, 17821, true), "15\u201317 Oct 2018");
  assert.equal(F.shortSpan(17834, 17837), "30 Oct \u2013 2 Nov");
  assert.equal(F.shortSpan(17894, 17898, true), "29 Dec 2018 \u2013 2 Jan 2019");  // across a new year: both years
  words("es");
  assert.equal(F.dayText(17819), "15 de octubre de 2018");
  assert.equal(F.shortSpan(17819, 17821), "15\u201317 oct");
  assert.equal(F.shortSpan(17834, 17837), "30 oct \u2013 2 nov");
});

test("texts: placeholders filled, numbers formatted, plurals chosen, unknown keys visible", () => {
  words("en");
  assert.equal(F.t("page.table.summary", { n: 1 }), "Route table (1 report)");
  assert.equal(F.t("page.table.summary", { n: 2500 }), "Route table (2,500 reports)");
  assert.equal(F.t("page.no.such.key"), "page.no.such.key");
  assert.equal(F.kindLabel("crossing"), "border crossing");
  assert.equal(F.kindLabel("teleported"), "teleported");
  words("es");
  assert.equal(F.t("page.table.summary", { n: 2500 }), "Tabla de la ruta (2.500 reportes)");
  assert.equal(F.kindLabel("returned"), "regreso");
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
