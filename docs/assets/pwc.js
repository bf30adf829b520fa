/* pyweb-compare: sortable and filterable tables, the matrix and the compare picker.
   Plain JavaScript, no dependencies. Without it, every table stays a plain readable table. */
(function () {
  "use strict";

  function cellValue(row, index, type) {
    var cell = row.children[index];
    if (!cell) return "";
    var v = cell.getAttribute("data-sort");
    if (v === null) v = cell.textContent.trim();
    return type === "number" ? parseFloat(v) || 0 : v.toLowerCase();
  }

  function makeSortable(table) {
    var headers = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(headers, function (th, index) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "pwc-sort";
      // Keep any link in the header usable: the button sorts, the link navigates.
      var label = th.textContent.trim();
      var link = th.querySelector("a");
      button.textContent = link ? "Sort" : label;
      button.setAttribute("aria-label", "Sort by " + label);
      if (link) { th.appendChild(document.createTextNode(" ")); th.appendChild(button); }
      else { th.textContent = ""; th.appendChild(button); }
      button.addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        var type = th.getAttribute("data-type") || "text";
        // Numbers (support levels) sort best first on the first press.
        if (type === "number" && !th.hasAttribute("aria-sort")) ascending = false;
        Array.prototype.forEach.call(headers, function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = cellValue(a, index, type), y = cellValue(b, index, type);
          var c = x < y ? -1 : x > y ? 1 : 0;
          return ascending ? c : -c;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  }

  function setUpMatrix(root) {
    var controls = root.querySelector("[data-controls]");
    var table = root.querySelector("table");
    var status = root.querySelector("[data-status]");
    controls.hidden = false;
    function apply() {
      var category = root.querySelector("[data-filter-category]").value;
      var shown = {};
      root.querySelectorAll("[data-filter-framework]").forEach(function (box) { shown[box.value] = box.checked; });
      var rows = 0, cols = 0;
      Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
        row.hidden = !!category && row.getAttribute("data-category") !== category;
        if (!row.hidden) rows++;
      });
      table.querySelectorAll("[data-col]").forEach(function (cell) {
        cell.hidden = !shown[cell.getAttribute("data-col")];
      });
      Object.keys(shown).forEach(function (k) { if (shown[k]) cols++; });
      status.textContent = "Showing " + rows + " features and " + cols + " frameworks.";
    }
    controls.addEventListener("change", apply);
    apply();
  }

  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }


  function setUpPicker(root) {
    var form = root.querySelector("form");
    var result = root.querySelector("[data-result]");
    var base = root.getAttribute("data-base");
    var dataset = null;
    var boxes = form.querySelectorAll("input[name=fw]");

    function chosen() {
      return Array.prototype.filter.call(boxes, function (b) { return b.checked; }).map(function (b) { return b.value; });
    }
    function fromUrl() {
      var params = new URLSearchParams(location.search);
      var ids = [];
      params.getAll("fw").forEach(function (v) { ids = ids.concat(v.split(",")); });
      boxes.forEach(function (b) { b.checked = ids.indexOf(b.value) !== -1; });
    }
    function draw() {
      var ids = chosen();
      var url = location.pathname + (ids.length ? "?fw=" + ids.map(encodeURIComponent).join(",") : "");
      history.replaceState(null, "", url);
      if (ids.length < 2) { result.innerHTML = "<p>Pick at least two frameworks.</p>"; return; }
      if (!dataset) { result.innerHTML = "<p>Loading the data…</p>"; return; }
      var fws = ids.map(function (id) { return [id, dataset.frameworks[id]]; });
      var html = "";
      if (ids.length === 2) {
        var pair = ids.slice().sort();
        html += '<p><a class="md-button md-button--primary" href="' + base + "compare/" + encodeURIComponent(pair[0]) + "-vs-" + encodeURIComponent(pair[1]) + '/">Open the full comparison</a></p>';
      }
      html += '<div class="pwc-scroll" tabindex="0" role="region" aria-label="Chosen frameworks side by side"><table class="pwc-table"><caption>Chosen frameworks side by side</caption><thead><tr><th scope="col">Feature</th>';
      fws.forEach(function (f) { html += '<th scope="col"><a href="' + base + "frameworks/" + encodeURIComponent(f[0]) + '/">' + escapeHtml(f[1].name) + "</a></th>"; });
      html += "</tr></thead><tbody>";
      dataset.features.categories.forEach(function (cat) {
        cat.features.forEach(function (feat) {
          html += '<tr><th scope="row">' + escapeHtml(feat.name) + "</th>";
          fws.forEach(function (f) {
            var level = dataset.support_levels[f[1].features[feat.id].support];
            html += '<td><span aria-hidden="true">' + level.icon + "</span> " + level.words + "</td>";
          });
          html += "</tr>";
        });
      });
      result.innerHTML = html + "</tbody></table></div>";
    }
    fromUrl();
    form.addEventListener("change", draw);
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      var ids = chosen();
      if (ids.length === 2) {
        var pair = ids.slice().sort();
        location.href = base + "compare/" + pair[0] + "-vs-" + pair[1] + "/";
      } else { draw(); }
    });
    fetch(root.getAttribute("data-api")).then(function (r) { return r.json(); }).then(function (d) {
      dataset = d;
      draw();
    });
    draw();
  }

  function init() {
    document.querySelectorAll("table[data-sortable]").forEach(function (t) {
      if (!t.hasAttribute("data-ready")) { t.setAttribute("data-ready", ""); makeSortable(t); }
    });
    document.querySelectorAll("[data-pwc-matrix]").forEach(setUpMatrix);
    document.querySelectorAll("[data-pwc-picker]").forEach(setUpPicker);
  }

  // Material publishes document$ for each page it shows; fall back to the plain DOM event.
  if (window.document$ && window.document$.subscribe) window.document$.subscribe(init);
  else document.addEventListener("DOMContentLoaded", init);
})();
