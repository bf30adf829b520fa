/* pyweb-compare: sortable tables, on every page (the matrix's filters are in matrix.js).
   Plain JavaScript, no dependencies, and no HTML built from strings: it only hides, orders and opens
   what the server already rendered, and creates the odd element with createElement/textContent.
   Without it, every table is a plain readable table with every framework and feature. */
(function () {
  "use strict";

  var each = function (list, fn) { Array.prototype.forEach.call(list, fn); };

  // -- sorting: data-sort when present (numbers, zero-padded versions), else the cell's text --------
  function cellValue(row, header, index, type) {
    var col = header.getAttribute("data-col");
    var cell = col ? row.querySelector('[data-col="' + col + '"]') : row.children[index];
    if (!cell) return "";
    var v = cell.getAttribute("data-sort");
    if (v === null) v = cell.textContent.trim();
    return type === "number" ? parseFloat(v) || 0 : v.toLowerCase();
  }

  function makeSortable(table) {
    var headers = table.tHead.rows[0].cells;
    each(headers, function (th, index) {
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
        each(headers, function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        each(table.tBodies, function (body) {  // each group sorts within itself; its heading stays first
          var rows = Array.prototype.filter.call(body.rows, function (r) { return !r.classList.contains("pwc-group"); });
          rows.sort(function (a, b) {
            var x = cellValue(a, th, index, type), y = cellValue(b, th, index, type);
            var c = x < y ? -1 : x > y ? 1 : 0;
            return ascending ? c : -c;
          });
          rows.forEach(function (r) { body.appendChild(r); });
        });
      });
    });
  }

  function init() {
    document.querySelectorAll("table[data-sortable]").forEach(function (t) {
      if (!t.hasAttribute("data-ready")) { t.setAttribute("data-ready", ""); makeSortable(t); }
    });
  }

  // Material publishes document$ for each page it shows; fall back to the plain DOM event.
  if (window.document$ && window.document$.subscribe) window.document$.subscribe(init);
  else document.addEventListener("DOMContentLoaded", init);
})();
