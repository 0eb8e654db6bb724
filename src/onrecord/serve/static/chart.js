// A small timeline chart: one dot per statement on a time axis, one row per issue
// ("lane"), coloured by the statement's stance on it (by kind when it has none).
// Reads its data from <script type="application/json" id="timeline-data">; no libraries.
(function () {
  "use strict";
  var host = document.getElementById("timeline");
  var source = document.getElementById("timeline-data");
  if (!host || !source) return;
  var points = JSON.parse(source.textContent || "[]").filter(function (p) { return p.day; });
  if (!points.length) { host.textContent = "No dated statements."; return; }
  var lanes = [];
  points.forEach(function (p) { if (lanes.indexOf(p.lane) < 0) lanes.push(p.lane); });
  var ns = "http://www.w3.org/2000/svg", width = 800, row = 28, pad = 30, left = 150;
  var height = pad + row * lanes.length + 10;
  var days = points.map(function (p) { return Date.parse(p.day); });
  var lo = Math.min.apply(null, days), hi = Math.max.apply(null, days);
  var span = Math.max(hi - lo, 86400000);
  var colours = { direct: "#0b5fff", indirect: "#5b6270", mixed: "#6741d9" };
  var sides = { "for": "#2b8a3e", against: "#e03131", mixed: "#f59f00", unclear: "#adb5bd" };
  var svg = document.createElementNS(ns, "svg");
  svg.setAttribute("viewBox", "0 0 " + width + " " + height);
  function el(name, attrs, text) {
    var node = document.createElementNS(ns, name);
    Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text) node.textContent = text;
    svg.appendChild(node);
    return node;
  }
  lanes.forEach(function (lane, k) {
    var y = 10 + row * k + row / 2;
    el("line", { x1: left, x2: width - pad, y1: y, y2: y, stroke: "#eef0f3" });
    el("text", { x: left - 8, y: y + 4, "font-size": 11, fill: "#5b6270", "text-anchor": "end" }, String(lane).slice(0, 24));
  });
  el("line", { x1: left, x2: width - pad, y1: height - pad, y2: height - pad, stroke: "#dde1e7" });
  el("text", { x: left, y: height - 8, "font-size": 11, fill: "#5b6270" }, new Date(lo).toISOString().slice(0, 10));
  el("text", { x: width - pad, y: height - 8, "font-size": 11, fill: "#5b6270", "text-anchor": "end" }, new Date(hi).toISOString().slice(0, 10));
  var stack = {};
  points.forEach(function (p, i) {
    var x = left + (width - left - pad) * (days[i] - lo) / span;
    var lane = lanes.indexOf(p.lane);
    var key = lane + ":" + Math.round(x / 6);
    stack[key] = (stack[key] || 0) + 1;
    var cx = x + 7 * (stack[key] - 1), cy = 10 + row * lane + row / 2;
    var dot = el("circle", { cx: cx, cy: cy, r: 5, fill: sides[p.stance] || colours[p.kind] || "#5b6270", "class": "dot" });
    var title = document.createElementNS(ns, "title");
    title.textContent = p.day + (p.stance ? " (" + p.stance + ")" : "") + ": " + p.text;
    dot.appendChild(title);
  });
  host.appendChild(svg);
})();
