// Material wraps each code block's copy button in a <nav>; with several code blocks on a page those
// landmarks need distinct names (axe: landmark-unique). Name each one after the example it belongs to.
(function () {
  "use strict";
  function label(root) {
    root.querySelectorAll(".pwc-code-block .md-code__nav:not([aria-label])").forEach(function (nav, i) {
      var block = nav.closest(".pwc-code-block");
      nav.setAttribute("aria-label", (block.getAttribute("data-label") || "Code") + " " + (i + 1) + ": copy");
    });
  }
  new MutationObserver(function () { label(document); }).observe(document.documentElement, { childList: true, subtree: true });
  label(document);
})();
