/* pyweb-compare: the kind and health filters of a server-drawn list (/frameworks/). The list's items
   carry data-kind and data-health; the form above it is hidden until this script runs, and its state
   lives in the address (?kind=micro&hide=unmaintained) as on the matrix. Without it, every item shows. */
(function () {
  "use strict";

  function setUp(root) {
    if (root.getAttribute("data-ready")) return;
    root.setAttribute("data-ready", "1");
    var form = root.querySelector("[data-list-filters]");
    var kind = form.querySelector("[data-filter-kind]");
    var hide = form.querySelector("[data-hide-unmaintained]");
    var status = form.querySelector("[data-status]");
    var items = root.querySelectorAll("li[data-kind]");
    var known = Array.prototype.map.call(kind.options, function (o) { return o.value; });
    form.hidden = false;

    function apply() {
      var shown = 0;
      Array.prototype.forEach.call(items, function (li) {
        var keep = (!kind.value || li.getAttribute("data-kind") === kind.value) &&
          !(hide.checked && li.getAttribute("data-health") === "unmaintained");
        li.hidden = !keep;
        if (keep) shown++;
      });
      status.textContent = "Showing " + shown + " of " + items.length + " frameworks.";
    }
    function toUrl() {
      var params = new URLSearchParams(location.search);
      if (kind.value) params.set("kind", kind.value); else params.delete("kind");
      if (hide.checked) params.set("hide", "unmaintained"); else params.delete("hide");
      var query = params.toString();
      history.replaceState(null, "", location.pathname + (query ? "?" + query : "") + location.hash);
    }
    var params = new URLSearchParams(location.search);
    kind.value = known.indexOf(params.get("kind")) > 0 ? params.get("kind") : "";
    hide.checked = params.get("hide") === "unmaintained";
    form.addEventListener("change", function () { toUrl(); apply(); });
    form.addEventListener("submit", function (e) { e.preventDefault(); });
    apply();
  }

  function init() { document.querySelectorAll("[data-pwc-list]").forEach(setUp); }
  // Material publishes document$ for each page it shows; fall back to the plain DOM event.
  if (window.document$ && window.document$.subscribe) window.document$.subscribe(init);
  else document.addEventListener("DOMContentLoaded", init);
})();
