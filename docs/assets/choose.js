/* pyweb-compare: the questionnaire (/choose/): ranks frameworks as answers are given.
   Plain JavaScript, no dependencies. Without it, the page reads as a guide. */
(function () {
  "use strict";

  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }

  var WEIGHTS = { 1: "nice to have", 2: "important", 3: "essential" };

  // The same formula as pywebcompare/guides.py: support score (or 4 for a matching fact) x weight.
  // Levels, words and scores come from the exported data, so they are defined in one place.
  function needResult(fw, need, featureNames, levels) {
    if (need.feature) {
      var entry = fw.features[need.feature];
      return { points: levels[entry.support].score * need.weight, name: featureNames[need.feature],
        said: levels[entry.support].words + (entry["package"] ? " (" + entry["package"] + ")" : "") };
    }
    var value = fw.facts[need.fact].value;
    var values = Array.isArray(value) ? value : [value];
    var hit = values.filter(function (v) { return need.values.indexOf(v) !== -1; });
    return { points: hit.length ? levels["built-in"].score * need.weight : 0, name: (need.fact === "interface" ? "Interface" : "Built on") + ": " + need.values.join(" or "),
      said: hit.length ? "matches (" + hit.join(", ") + ")" : "does not match (" + (values.join(", ") || "nothing") + ")" };
  }

  function setUpChoose(root) {
    var form = root.querySelector("form");
    var result = root.querySelector("[data-result]");
    var base = root.getAttribute("data-base");
    var dataset = null;

    function answers() {
      var chosen = [];
      dataset.guides.questions.forEach(function (q) {
        var box = form.querySelector("input[name='" + q.id + "']:checked");
        if (!box) return;
        q.answers.forEach(function (a) { if (a.id === box.value) chosen.push({ question: q, answer: a }); });
      });
      return chosen;
    }
    function fromUrl() {
      var params = new URLSearchParams(location.search);
      form.querySelectorAll("input[type=radio]").forEach(function (r) { r.checked = params.get(r.name) === r.value; });
    }
    function draw() {
      var chosen = answers();
      var params = new URLSearchParams();
      chosen.forEach(function (c) { params.set(c.question.id, c.answer.id); });
      history.replaceState(null, "", location.pathname + (chosen.length ? "?" + params.toString() : ""));
      var needs = [];
      chosen.forEach(function (c) { c.answer.needs.forEach(function (n) { needs.push({ need: n, label: c.answer.label }); }); });
      if (!needs.length) { result.innerHTML = "<p>Answer a question to see the ranking.</p>"; return; }
      var featureNames = {};
      dataset.features.categories.forEach(function (cat) { cat.features.forEach(function (f) { featureNames[f.id] = f.name; }); });
      var full = dataset.support_levels["built-in"].score;
      var best = needs.reduce(function (s, n) { return s + full * n.need.weight; }, 0);
      var rows = Object.keys(dataset.frameworks).map(function (id, order) {
        var fw = dataset.frameworks[id];
        var reasons = needs.map(function (n) { var r = needResult(fw, n.need, featureNames, dataset.support_levels); r.label = n.label; r.need = n.need; return r; });
        var points = reasons.reduce(function (s, r) { return s + r.points; }, 0);
        return { id: id, fw: fw, order: order, points: points, reasons: reasons };
      });
      rows.sort(function (a, b) { return b.points - a.points || a.order - b.order; });
      var html = '<ol class="pwc-ranked">';
      rows.forEach(function (row) {
        html += '<li data-framework="' + escapeHtml(row.id) + '"><a href="' + base + "frameworks/" + encodeURIComponent(row.id) + '/"><strong>' +
          escapeHtml(row.fw.name) + "</strong></a> " + Math.round(100 * row.points / best) + "%" +
          "<details><summary>Why this rank</summary><ul>";
        row.reasons.forEach(function (r) {
          html += "<li>You answered \u201c" + escapeHtml(r.label) + "\u201d, so " + escapeHtml(r.name) + " counts as " + WEIGHTS[r.need.weight] +
            ": " + escapeHtml(row.fw.name) + " " + escapeHtml(r.said) + ", " + r.points + " of " + full * r.need.weight + " points.</li>";
        });
        html += "</ul></details></li>";
      });
      result.innerHTML = html + "</ol>";
    }
    form.addEventListener("change", function () { if (dataset) draw(); });
    form.addEventListener("reset", function () { setTimeout(function () { if (dataset) draw(); }, 0); });
    fetch(root.getAttribute("data-api")).then(function (r) { return r.json(); }).then(function (d) {
      dataset = d;
      fromUrl();
      draw();
    });
  }

  function init() {
    document.querySelectorAll("[data-pwc-choose]").forEach(setUpChoose);
  }

  // Material publishes document$ for each page it shows; fall back to the plain DOM event.
  if (window.document$ && window.document$.subscribe) window.document$.subscribe(init);
  else document.addEventListener("DOMContentLoaded", init);
})();
