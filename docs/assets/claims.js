/* pyweb-compare: filters on the claims page (/claims/) by verdict, framework and origin.
   Without JavaScript the filters stay hidden and every claim shows. DOM only, no HTML strings. */
(function () {
  "use strict";

  function setUp(form) {
    if (form.getAttribute("data-ready")) return;
    form.setAttribute("data-ready", "1");
    var claims = Array.prototype.slice.call(document.querySelectorAll("article.pwc-claim"));
    var count = form.querySelector("[data-claim-count]");
    function apply() {
      var verdict = form.elements.verdict.value, framework = form.elements.framework.value, kind = form.elements.kind.value;
      var shown = 0;
      claims.forEach(function (c) {
        var ok = (!verdict || c.getAttribute("data-verdict") === verdict) &&
          (!framework || c.getAttribute("data-frameworks").split(" ").indexOf(framework) !== -1) &&
          (!kind || c.getAttribute("data-kind") === kind);
        c.hidden = !ok;
        var ref = document.querySelector("[data-claim-ref='" + c.id + "']");
        if (ref) ref.hidden = !ok;
        if (ok) shown += 1;
      });
      count.textContent = shown === claims.length ? "" : shown + " of " + claims.length + " claims shown.";
    }
    form.addEventListener("change", apply);
    form.addEventListener("reset", function () { setTimeout(apply, 0); });
    form.hidden = false;
  }

  function init() { document.querySelectorAll("[data-claim-filters]").forEach(setUp); }
  if (window.document$ && window.document$.subscribe) window.document$.subscribe(init);
  else document.addEventListener("DOMContentLoaded", init);
})();
