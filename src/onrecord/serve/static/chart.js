// A small timeline chart: one dot per statement on a time axis, coloured by kind.
// Reads its data from <script type="application/json" id="timeline-data">; no libraries.
(function () {
  "use strict";
  var host = document.getElementById("timeline");
  var source = document.getElementById("timeline-data");
  if (!host || !source) return;
  var points = JSON.parse(source.textContent || "[]").filter(function (p) { return p.day; });
  if (!points.length) { host.textContent = "No dated statements."; return; }
  var ns = "http://www.w3.org/2000/svg", width = 800, height = 120, pad = 30;
  var days = points.map(function (p) { return Date.parse(p.day); });
  var lo = Math.min.apply(null, days), hi = Math.max.apply(null, days);
  var span = Math.max(hi - lo, 86400000);
  var colours = { direct: "#0b5fff", indirect: "#2b8a3e", mixed: "#e8590c" };
  var svg = document.createElementNS(ns, "svg");
  svg.setAttribute("viewBox", "0 0 " + width + " " + height);
  function el(name, attrs, text) {
    var node = document.createElementNS(ns, name);
    Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text) node.textContent = text;
    svg.appendChild(node);
    return node;
  }
  el("line", { x1: pad, x2: width - pad, y1: height - pad, y2: height - pad, stroke: "#dde1e7" });
  el("text", { x: pad, y: height - 8, "font-size": 11, fill: "#5b6270" }, new Date(lo).toISOString().slice(0, 10));
  el("text", { x: width - pad, y: height - 8, "font-size": 11, fill: "#5b6270", "text-anchor": "end" }, new Date(hi).toISOString().slice(0, 10));
  var stack = {};
  points.forEach(function (p, i) {
    var x = pad + (width - 2 * pad) * (days[i] - lo) / span;
    var key = Math.round(x / 6);
    stack[key] = (stack[key] || 0) + 1;
    var dot = el("circle", { cx: x, cy: height - pad - 8 * stack[key], r: 4, fill: colours[p.kind] || "#5b6270" });
    var title = document.createElementNS(ns, "title");
    title.textContent = p.day + ": " + p.text;
    dot.appendChild(title);
  });
  host.appendChild(svg);
})();
