/* pyweb-compare: the matrix's filters (the feature matrix and the N-way compare), loaded only by the
   pages that show a matrix. Plain JavaScript, no dependencies, and no HTML built from strings: it only
   hides, orders and opens what the server rendered, copies notes from the server-rendered notes
   file, and creates the odd element with createElement/textContent. Without it, the matrix shows every framework and feature. */
(function () {
  "use strict";

  var each = function (list, fn) { Array.prototype.forEach.call(list, fn); };
  var MAX_COMPARED = 6;
  // What meets a need: ?allow=built-in narrows it, ?allow=third-party widens it (compare.py ALLOW).
  var ALLOWS = ["", "built-in", "third-party"];
  var LEVELS = { "built-in": ["built-in"], official: ["built-in", "official"], "third-party": ["built-in", "official", "third-party"] };
  var ALLOW_WORDS = { "built-in": " built in", official: " built in or as an official extension", "third-party": " (third-party packages count)" };

  // -- the matrix: state in the URL (?fw, ?need, &allow, ?only, ?category) ----------------------
  function listParam(params, name) {
    var out = [];
    params.getAll(name).forEach(function (v) { out = out.concat(v.split(",").filter(Boolean)); });
    return out;
  }

  function setUpMatrix(root) {
    var compareMode = root.getAttribute("data-mode") === "compare";
    var controls = root.querySelector("[data-controls]");
    var table = root.querySelector("table");
    var box = root.querySelector(".pwc-grid-box");
    var status = root.querySelector("[data-status]");
    var all = Array.prototype.map.call(table.tHead.querySelectorAll("th[data-col]"), function (th) {
      return th.getAttribute("data-col");
    });
    var names = {};
    each(table.tHead.querySelectorAll("th[data-col]"), function (th) { names[th.getAttribute("data-col")] = th.querySelector("a").textContent; });
    var fwBoxes = controls.querySelectorAll("[data-filter-framework]");
    var needBoxes = controls.querySelectorAll("[data-need]");
    var picked = [];  // compare mode: frameworks in the order they were picked
    var kindOf = {};  // kind id -> its word, from the kind filter's options
    each(controls.querySelector("[data-filter-kind]").options, function (o) { if (o.value) kindOf[o.value] = o.textContent; });
    controls.hidden = false;
    root.setAttribute("data-js", "");

    function fromUrl() {
      var p = new URLSearchParams(location.search);
      var fw = listParam(p, "fw").filter(function (id) { return all.indexOf(id) !== -1; });
      return {
        fw: compareMode ? fw.slice(0, MAX_COMPARED) : fw,
        need: listParam(p, "need"),
        allow: ALLOWS.indexOf(p.get("allow")) > 0 ? p.get("allow") : "",
        unknownCategory: p.get("category") && !categoryKnown(p.get("category")) ? p.get("category") : "",
        only: p.get("only") === "differences",
        category: categoryKnown(p.get("category")) ? p.get("category") : "",
        kind: kindOf[p.get("kind")] ? p.get("kind") : "",
        hide: p.get("hide") === "unmaintained"
      };
    }
    function categoryKnown(id) {
      return !!id && Array.prototype.some.call(controls.querySelector("[data-filter-category]").options, function (o) { return o.value === id; });
    }
    function allowed() {
      var on = Array.prototype.filter.call(controls.querySelectorAll("[data-allow]"), function (b) { return b.checked; })[0];
      return on ? on.value : "";
    }

    function fromControls() {
      var fw = compareMode ? picked.slice() : Array.prototype.filter.call(fwBoxes, function (b) { return b.checked; }).map(function (b) { return b.value; });
      if (!compareMode && fw.length === all.length) fw = [];  // all of them: no filter
      return {
        fw: fw,
        need: Array.prototype.filter.call(needBoxes, function (b) { return b.checked; }).map(function (b) { return b.value; }),
        allow: allowed(),
        only: controls.querySelector("[data-only-differences]").checked,
        category: controls.querySelector("[data-filter-category]").value,
        kind: controls.querySelector("[data-filter-kind]").value,
        hide: controls.querySelector("[data-hide-unmaintained]").checked
      };
    }

    function toControls(state) {
      picked = compareMode ? state.fw.slice() : [];
      each(fwBoxes, function (b) { b.checked = compareMode || state.fw.length ? state.fw.indexOf(b.value) !== -1 : true; });
      each(needBoxes, function (b) { b.checked = state.need.indexOf(b.value) !== -1; });
      each(controls.querySelectorAll("[data-allow]"), function (b) { b.checked = b.value === state.allow; });
      controls.querySelector("[data-only-differences]").checked = state.only;
      controls.querySelector("[data-filter-category]").value = state.category;
      controls.querySelector("[data-filter-kind]").value = state.kind || "";
      controls.querySelector("[data-hide-unmaintained]").checked = !!state.hide;
    }

    function toUrl(state) {
      var parts = [];
      if (state.fw.length) parts.push("fw=" + state.fw.map(encodeURIComponent).join(","));
      if (state.need.length) parts.push("need=" + state.need.map(encodeURIComponent).join(","));
      if (state.allow) parts.push("allow=" + state.allow);
      if (state.only) parts.push("only=differences");
      if (state.category) parts.push("category=" + encodeURIComponent(state.category));
      if (state.kind) parts.push("kind=" + encodeURIComponent(state.kind));
      if (state.hide) parts.push("hide=unmaintained");
      return location.pathname + (parts.length ? "?" + parts.join("&") : "") + location.hash;
    }

    // Cells are alike when their level (and, for async views, their kind of async) is the same.
    function alikeKey(c) { return c.getAttribute("data-alike") || c.getAttribute("data-value"); }
    function rows() { return table.querySelectorAll("tbody tr:not(.pwc-group)"); }
    function cell(row, id) { return row.querySelector('[data-col="' + id + '"]'); }

    // A column's kind and health (pywebcompare/data/vocab.py KINDS, evidence/index.py HEALTH_RULE).
    function kept(id, state) {
      var th = table.tHead.querySelector('th[data-col="' + id + '"]');
      return (!state.kind || th.getAttribute("data-kind") === state.kind) &&
        !(state.hide && th.getAttribute("data-health") === "unmaintained");
    }

    function meets(id, state) {
      var levels = LEVELS[state.allow || "official"];
      return state.need.every(function (feature) {
        var row = table.querySelector('tr[data-row="' + feature + '"]');
        return !row || levels.indexOf(cell(row, id).getAttribute("data-value")) !== -1;
      });
    }

    function apply(state) {
      var chosen = state.fw.length ? state.fw : (compareMode ? [] : all);
      var shown = chosen.filter(function (id) { return kept(id, state) && meets(id, state); });
      var rows = table.querySelectorAll("tbody tr:not(.pwc-group)");
      // Columns: hidden unless shown; in compare mode, in the order picked.
      each(table.querySelectorAll("[data-col]"), function (c) { c.hidden = shown.indexOf(c.getAttribute("data-col")) === -1; });
      if (compareMode) {
        each(table.querySelectorAll("tr:not(.pwc-group)"), function (row) {
          shown.forEach(function (id) { row.appendChild(cell(row, id)); });
        });
      }
      // Rows: the category, then (when asked) only those where the shown frameworks disagree.
      var rowCount = 0;
      each(rows, function (row) {
        var group = row.parentNode.getAttribute("data-category");
        var hide = !!state.category && group !== state.category && group !== "facts";
        if (!hide && state.only && shown.length > 1) {
          var first = alikeKey(cell(row, shown[0]));
          hide = shown.every(function (id) { return alikeKey(cell(row, id)) === first; });
        }
        row.hidden = hide;
        if (!hide && group !== "facts") rowCount++;
      });
      each(table.tBodies, function (body) {
        body.hidden = !body.querySelector("tr:not(.pwc-group):not([hidden])");
      });
      box.hidden = compareMode && shown.length < 1;
      // The count, in words.
      var counts = root.querySelectorAll("[data-need-count]");
      each(counts, function (c) { c.textContent = state.need.length ? "(" + state.need.length + ")" : ""; });
      each(root.querySelectorAll("[data-fw-count]"), function (c) { c.textContent = "(" + chosen.length + " of " + all.length + ")"; });
      var words;
      if (compareMode && chosen.length < 2) words = "Pick at least two frameworks (at most six) to see them side by side.";
      else if (state.need.length) {
        words = shown.length + " of " + chosen.length + (chosen.length === all.length ? "" : " chosen") + " frameworks meet all " +
          state.need.length + (state.need.length === 1 ? " need" : " needs") + ALLOW_WORDS[state.allow || "official"] +
          (shown.length ? ": " + shown.map(function (id) { return names[id]; }).join(", ") + "." : ".");
      } else words = "Showing " + shown.length + " of " + all.length + " frameworks.";
      if (state.kind) words += " Kind: " + kindOf[state.kind] + ".";
      if (state.hide) words += " Unmaintained frameworks hidden.";
      words += " " + rowCount + (state.only ? " features differ." : " features shown.");
      if (state.unknownCategory) words = "There is no category \u201c" + state.unknownCategory + "\u201d, so every category is shown. " + words;
      status.textContent = words;
      openShown();
      if (compareMode && shown.length === 2) {
        var pair = shown.slice().sort();
        var link = document.createElement("a");
        link.className = "md-button md-button--primary pwc-pair-link";
        // the address pattern comes from the page (made by pywebcompare/site/urls.py, the one place it is made)
        link.href = root.getAttribute("data-base") + root.getAttribute("data-pair-url")
          .replace("{a}", encodeURIComponent(pair[0])).replace("{b}", encodeURIComponent(pair[1]));
        link.textContent = "Open the full comparison of " + names[pair[0]] + " and " + names[pair[1]];
        status.appendChild(document.createTextNode(" "));
        status.appendChild(link);
      }
    }

    var openShown = function () {};

    function changed(event) {
      var box = event && event.target;
      if (compareMode && box && box.hasAttribute && box.hasAttribute("data-filter-framework")) {
        var at = picked.indexOf(box.value);
        if (box.checked && at === -1) {
          if (picked.length >= MAX_COMPARED) { box.checked = false; status.textContent = "Compare at most six frameworks at once."; return; }
          picked.push(box.value);
        } else if (!box.checked && at !== -1) picked.splice(at, 1);
      }
      var state = fromControls();
      history.pushState(null, "", toUrl(state));
      apply(state);
    }

    controls.addEventListener("change", changed);
    controls.addEventListener("submit", function (e) { e.preventDefault(); });
    root.querySelector("[data-reset]").addEventListener("click", function (e) {
      e.preventDefault();
      toControls({ fw: [], need: [], allow: "", only: false, category: "", kind: "", hide: false });
      changed();
    });
    window.addEventListener("popstate", function () { var s = fromUrl(); toControls(s); apply(s); });

    // Cells: without script each links to its note on the framework's page; with it, a cell is a
    // button that opens its note, version and source in place. The notes are one file, fetched the
    // first time a cell opens (at once on the compare), so the matrix itself stays a light page.
    // One note at a time in the matrix; in the compare, every shown cell is open.
    var notesUrl = new URL(root.getAttribute("data-notes"), location.href).href;
    var notes = null;  // a promise of the parsed notes file
    function loadNotes() {
      if (!notes) {
        notes = fetch(notesUrl).then(function (r) {
          if (!r.ok) throw new Error("HTTP " + r.status);
          return r.text();
        }).then(function (text) { return new DOMParser().parseFromString(text, "text/html"); });
        notes.then(null, function () { notes = null; });  // the next open tries again
      }
      return notes;
    }
    // The cell's note copied from the notes file, or a visible message when it could not be fetched.
    function noteFor(link, doc) {
      var more = document.createElement("div");
      more.className = "pwc-more";
      var note = doc && doc.querySelector('[data-note="' + link.getAttribute("data-note") + '"]');
      if (note) {
        each(note.childNodes, function (n) { more.appendChild(document.importNode(n, true)); });
        each(more.querySelectorAll("a[href]"), function (a) {  // relative to the notes file, not this page
          var href = a.getAttribute("href");
          if (!/^[a-z][a-z0-9+.-]*:/i.test(href)) a.setAttribute("href", new URL(href, notesUrl).href);
        });
        return more;
      }
      more.setAttribute("data-failed", "");
      var p = document.createElement("p");
      var page = document.createElement("a");
      page.href = link.href;
      page.textContent = "read it on the framework's page";
      p.appendChild(document.createTextNode("This note could not be loaded: "));
      p.appendChild(page);
      p.appendChild(document.createTextNode("."));
      more.appendChild(p);
      return more;
    }
    var cellLinks = table.querySelectorAll("a.pwc-cell");
    each(cellLinks, function (a) { a.setAttribute("role", "button"); a.setAttribute("aria-expanded", "false"); });
    function setOpen(link, open) {
      link.setAttribute("aria-expanded", open ? "true" : "false");
      var more = link.nextElementSibling;
      if (more && open && more.hasAttribute("data-failed")) { more.remove(); more = null; }  // try again
      if (more) { more.hidden = !open; if (open) placeNote(link); return; }
      if (!open || link.hasAttribute("aria-busy")) return;
      link.setAttribute("aria-busy", "true");
      loadNotes().then(null, function () { return null; }).then(function (doc) {
        link.removeAttribute("aria-busy");
        var added = noteFor(link, doc);
        added.hidden = link.getAttribute("aria-expanded") !== "true";  // closed while it loaded
        link.parentNode.appendChild(added);
        placeNote(link);
      });
    }
    function closeAll(except) {
      each(table.querySelectorAll('a.pwc-cell[aria-expanded="true"]'), function (a) { if (a !== except) setOpen(a, false); });
    }
    table.addEventListener("click", function (e) {
      var link = e.target.closest && e.target.closest("a.pwc-cell");
      if (!link) return;
      e.preventDefault();
      var open = link.getAttribute("aria-expanded") !== "true";
      if (!compareMode) closeAll(link);
      setOpen(link, open);
    });
    table.addEventListener("keydown", function (e) {
      var link = e.target.closest && e.target.closest("a.pwc-cell");
      if (link && e.key === " ") { e.preventDefault(); link.click(); }  // a button answers Space too
      if (e.key === "Escape" && !compareMode) {
        var open = table.querySelector('a.pwc-cell[aria-expanded="true"]');
        if (open) { setOpen(open, false); open.focus(); }
      }
    });
    // The header row is sticky inside the box; when the page itself scrolls the box's top under the
    // theme's app bar, the row moves down by as much, so the column names stay readable below the bar.
    // An open note (matrix) is a layer fixed to the viewport, placed by its cell and kept inside the
    // viewport, so neither the box nor the screen's edge cuts it off.
    function barBottom() {
      var bar = document.querySelector(".md-header");
      return bar ? Math.max(0, bar.getBoundingClientRect().bottom) : 0;
    }
    function placeNote(link) {
      var more = link.nextElementSibling;
      if (!more || more.hidden || compareMode) return;
      var vw = document.documentElement.clientWidth, vh = window.innerHeight, top = barBottom() + 4, gap = 8;
      more.style.maxWidth = (vw - 2 * gap) + "px";
      more.style.maxHeight = (vh - top - gap) + "px";
      var c = link.getBoundingClientRect(), m = more.getBoundingClientRect();
      var x = Math.min(Math.max(gap, c.left), vw - gap - m.width);
      var y = c.bottom;
      if (y + m.height > vh - gap) y = c.top - m.height;  // no room below: above the cell
      if (y < top) y = Math.max(top, vh - gap - m.height);  // no room above either: as low as fits
      more.style.left = Math.max(gap, x) + "px";
      more.style.top = y + "px";
    }
    var framed = false;
    function frame() {
      framed = false;
      var r = box.getBoundingClientRect(), head = table.tHead.getBoundingClientRect().height;
      var shift = Math.max(0, Math.min(barBottom() - r.top, r.height - head));
      box.style.setProperty("--pwc-head-top", shift + "px");
      var open = table.querySelector('a.pwc-cell[aria-expanded="true"]');
      if (open && !compareMode) placeNote(open);
    }
    function reframe() { if (!framed) { framed = true; requestAnimationFrame(frame); } }
    window.addEventListener("scroll", reframe, { passive: true });
    window.addEventListener("resize", reframe);
    box.addEventListener("scroll", reframe, { passive: true });
    frame();

    if (compareMode) {  // every shown cell is open, so the notes are fetched at once
      loadNotes();
      openShown = function () {
        each(table.querySelectorAll('td:not([hidden]) > a.pwc-cell[aria-expanded="false"]'), function (a) { setOpen(a, true); });
      };
    }

    var initial = fromUrl();
    // The compare with nothing picked shows a starting set (the popular comparisons' frameworks), so the
    // page answers at once; the address stays clean until the reader picks.
    var starting = (root.getAttribute("data-default") || "").split(",").filter(function (id) { return all.indexOf(id) !== -1; });
    var startedWith = compareMode && !initial.fw.length && starting.length >= 2;
    if (startedWith) initial.fw = starting.slice(0, MAX_COMPARED);
    toControls(initial);
    var filtered = compareMode || initial.fw.length || initial.need.length || initial.only || initial.category || initial.unknownCategory || initial.kind || initial.hide;
    if (filtered) apply(initial);  // an unfiltered matrix is already right: only its count is written
    if (startedWith) status.insertBefore(document.createTextNode("A starting set, until you pick your own: " + initial.fw.map(function (id) { return names[id]; }).join(", ") + ". "), status.firstChild);
    else if (!filtered) status.textContent = "Showing all " + all.length + " frameworks and " + rows().length + " features.";
  }

  function init() {
    document.querySelectorAll("[data-pwc-matrix]:not([data-js])").forEach(setUpMatrix);
  }

  if (window.document$ && window.document$.subscribe) window.document$.subscribe(init);
  else document.addEventListener("DOMContentLoaded", init);
})();
