/* pyweb-compare: the questionnaire (/choose/). Ranks frameworks as answers are given.
   Plain JavaScript, no dependencies; without it the page reads as a guide.

   Scores come from /api/guides.json: Python (pywebcompare/guides.py) computes every criterion's
   credit (0-4, or null for no data) per framework; this script only adds them up with the same
   integer rule, so the site and the questionnaire show the same numbers:
     points = sum(credit * weight), best = sum(4 * weight) over needs with data,
     percent = floor((200 * points + best) / (2 * best)), place = 1 + number of higher percents. */
(function () {
  "use strict";
  var SUMMARY_NAMES = 6;  // names in the phone summary's one line; more leaders are counted, not named

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = text;
    if (cls) node.className = cls;
    return node;
  }

  // needs: [{criterion, weight, ...}]; tieKey: the criterion that orders a shared place.
  // keep (optional): which frameworks to rank, e.g. one kind or none unmaintained.
  function rank(api, needs, tieKey, keep) {
    var full = api.full;
    var tie = (api.criteria[tieKey] || { credits: {} }).credits;
    var rows = api.frameworks.filter(keep || function () { return true; }).map(function (fw, order) {
      var points = 0, best = 0;
      var reasons = needs.map(function (need) {
        var c = api.criteria[need.criterion].credits[fw.id];
        var r = { need: need, credit: c.credit, said: c.said, points: null, max: null };
        if (c.credit !== null) {
          r.points = c.credit * need.weight;
          r.max = full * need.weight;
          points += r.points;
          best += r.max;
        }
        return r;
      });
      var t = tie[fw.id] ? tie[fw.id].order : null;
      return { id: fw.id, name: fw.name, flags: fw.flags || [], points: points, best: best, reasons: reasons, order: order,
        tie: t === undefined ? null : t,
        percent: best ? Math.floor((200 * points + best) / (2 * best)) : null };
    });
    rows.sort(function (a, b) {
      if ((a.percent === null) !== (b.percent === null)) return a.percent === null ? 1 : -1;
      if (a.percent !== b.percent) return b.percent - a.percent;
      if ((a.tie === null) !== (b.tie === null)) return a.tie === null ? 1 : -1;
      if (a.tie !== b.tie) return a.tie - b.tie;
      return a.order - b.order;
    });
    var scored = rows.filter(function (r) { return r.percent !== null; }).map(function (r) { return r.percent; });
    rows.forEach(function (r) {
      r.place = r.percent === null ? scored.length + 1 : 1 + scored.filter(function (p) { return p > r.percent; }).length;
      r.tied = rows.filter(function (x) { return x.percent === r.percent; }).length > 1;
    });
    return rows;
  }

  function placeLabel(row) { return (row.tied ? "=" : "") + row.place; }

  function setUpChoose(root) {
    if (root.getAttribute("data-ready")) return;
    root.setAttribute("data-ready", "1");
    var form = root.querySelector("form");
    var result = root.querySelector("[data-result]");
    var summary = root.querySelector("[data-summary]");
    var copy = root.querySelector("[data-copy]");
    var copied = root.querySelector("[data-copied]");
    var base = root.getAttribute("data-base");
    var api = null;

    function answers() {
      var chosen = [];
      api.questions.forEach(function (q) {
        var box = form.querySelector("input[name='" + q.id + "']:checked");
        if (!box) return;
        q.answers.forEach(function (a) { if (a.id === box.value) chosen.push({ question: q, answer: a }); });
      });
      return chosen;
    }
    var kind = form.querySelector("[data-filter-kind]");
    var hide = form.querySelector("[data-hide-unmaintained]");
    function fromUrl() {
      var params = new URLSearchParams(location.search);
      form.querySelectorAll("input[type=radio]").forEach(function (r) { r.checked = params.get(r.name) === r.value; });
      var kinds = Array.prototype.map.call(kind.options, function (o) { return o.value; });
      kind.value = kinds.indexOf(params.get("kind")) > 0 ? params.get("kind") : "";
      hide.checked = params.get("hide") === "unmaintained";
    }
    // The kind and health filters (each framework's kind and health come with /api/guides.json).
    function kept(fw) {
      return (!kind.value || fw.kind === kind.value) && !(hide.checked && fw.health === "unmaintained");
    }
    function show(node, children) {
      node.replaceChildren.apply(node, children);
    }
    function reasonItem(row, r) {
      var crit = api.criteria[r.need.criterion];
      var text = "You answered \u201c" + r.need.answer + "\u201d, so " + crit.label + " counts as " +
        api.weights[String(r.need.weight)] + ": " + r.said +
        (r.points === null ? " (left out of the score)." : ", " + r.points + " of " + r.max + " points.");
      return el("li", text);
    }
    // The reasons in one line: what an important need gets poorly (as the guides' caveats), and what has no data.
    function gistOf(row) {
      var name = function (r) { return api.criteria[r.need.criterion].label; };
      var weak = row.reasons.filter(function (r) { return r.credit !== null && r.credit <= 1 && r.need.weight >= 2; });
      var none = row.reasons.filter(function (r) { return r.credit === null; });
      var parts = [];
      if (weak.length) parts.push("weak on " + weak.map(name).join(", "));
      if (none.length) parts.push("no data on " + none.map(name).join(", "));
      return parts.join("; ");
    }
    function draw() {
      var chosen = answers();
      var params = new URLSearchParams();
      chosen.forEach(function (c) { params.set(c.question.id, c.answer.id); });
      if (kind.value) params.set("kind", kind.value);
      if (hide.checked) params.set("hide", "unmaintained");
      var query = params.toString();
      history.replaceState(null, "", location.pathname + (query ? "?" + query : ""));
      var needs = [];
      chosen.forEach(function (c) {
        c.answer.needs.forEach(function (n) {
          needs.push({ criterion: n.criterion, weight: n.weight, why: n.why, answer: c.answer.label });
        });
      });
      if (!needs.length) {
        show(result, [el("p", chosen.length ? "Your answers so far change nothing in the ranking; answer another question." : "Answer a question to see the ranking.")]);
        summary.hidden = true;
        return;
      }
      var rows = rank(api, needs, api.tie_break, kept);
      if (!rows.length) {
        show(result, [el("p", "No framework of this kind is left to rank; widen the filters above.")]);
        summary.hidden = true;
        return;
      }
      var list = el("ol", null, "pwc-ranked");
      rows.forEach(function (row) {
        var li = el("li");
        li.setAttribute("data-framework", row.id);
        li.setAttribute("data-place", placeLabel(row));
        li.setAttribute("data-percent", row.percent === null ? "" : String(row.percent));
        li.appendChild(el("span", placeLabel(row), "pwc-place"));
        li.appendChild(document.createTextNode(" "));
        var link = el("a");
        link.href = base + "frameworks/" + encodeURIComponent(row.id) + "/";
        link.appendChild(el("strong", row.name));
        li.appendChild(link);
        li.appendChild(document.createTextNode(" " + (row.percent === null ? "no data" : row.percent + "%")));
        // Flagged whatever the place: no release in 18 months, no known user (guides.flags in Python).
        row.flags.forEach(function (f) {
          var flag = el("span", f.text, "pwc-flag pwc-flag--" + f.id);
          flag.title = f.title;
          li.appendChild(document.createTextNode(" "));
          li.appendChild(flag);
        });
        var gist = gistOf(row);
        if (gist) li.appendChild(el("small", " " + gist, "pwc-gist"));
        var details = el("details");
        details.appendChild(el("summary", "Why this place"));
        var ul = el("ul");
        row.reasons.forEach(function (r) { ul.appendChild(reasonItem(row, r)); });
        details.appendChild(ul);
        li.appendChild(details);
        list.appendChild(li);
      });
      var tie = api.criteria[api.tie_break] || { label: "", credits: {} };
      var measured = Object.keys(tie.credits).some(function (id) { return tie.credits[id].order !== null; });
      var note = el("p", "\u201c=\u201d marks a shared place: equal scores are ties. " + (measured ?
        "Within a tie, frameworks are listed by " + tie.label.toLowerCase() + " (best first), then by name." :
        "Within a tie, frameworks are listed by name: there is no data yet for the tie-break (" + tie.label.toLowerCase() + ")."), "pwc-rule");
      // What counts, each criterion with its weight: only what the answers asked for.
      var counts = el("ul", null, "pwc-counts");
      needs.forEach(function (n) {
        counts.appendChild(el("li", api.criteria[n.criterion].label + " (" + api.weights[String(n.weight)] +
          ", weight " + n.weight + "), from \u201c" + n.answer + "\u201d"));
      });
      show(result, [el("p", "What counts, from your answers:", "pwc-counts-title"), counts, list, note]);
      // The phone summary: the leading places, one line.
      var leading = rows.filter(function (r) { return r.place <= 3; });
      var top = leading.slice(0, SUMMARY_NAMES);
      var line = el("p");
      line.appendChild(el("strong", "Leading: "));
      line.appendChild(document.createTextNode(top.map(function (r) {
        // an unmaintained or unused framework is never named in the lead without saying so
        var flags = r.flags.map(function (f) { return f.text.split(":")[0].toLowerCase(); });
        return placeLabel(r) + " " + r.name + " " + r.percent + "%" + (flags.length ? " (" + flags.join(", ") + ")" : "");
      }).join(" \u00b7 ") + (leading.length > top.length ? " \u00b7 and " + (leading.length - top.length) + " more" : "")));
      var jump = el("a", "Full ranking");
      jump.href = "#ranking-title";
      show(summary, [line, jump]);
      summary.hidden = false;
    }
    function failed(reason) {
      var p = el("p", "The ranking could not be loaded (" + reason + "). Each answer above still says what it counts, and the decision guides rank frameworks for common projects.", "pwc-error");
      p.setAttribute("role", "alert");
      var link = el("a", "Open the decision guides");
      link.href = base + "guides/";
      show(result, [p, link]);
    }
    form.addEventListener("change", function () { if (api) draw(); });
    form.addEventListener("reset", function () { setTimeout(function () { if (api) draw(); }, 0); });
    copy.hidden = false;
    form.querySelector("[data-filters]").hidden = false;
    copy.addEventListener("click", function () {
      var url = location.href;
      var done = function () { copied.textContent = "Link copied."; };
      var manual = function () { copied.textContent = "Copy this address: " + url; };
      if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(url).then(done, manual);
      else manual();
    });
    fetch(root.getAttribute("data-api")).then(function (r) {
      if (!r.ok) throw new Error("HTTP " + r.status);
      return r.json();
    }).then(function (d) {
      api = d;
      fromUrl();
      draw();
    }).catch(function (err) { failed(err && err.message ? err.message : "network error"); });
  }

  function init() {
    document.querySelectorAll("[data-pwc-choose]").forEach(setUpChoose);
  }

  window.pwcChoose = { rank: rank };
  // Material publishes document$ for each page it shows; fall back to the plain DOM event.
  if (window.document$ && window.document$.subscribe) window.document$.subscribe(init);
  else document.addEventListener("DOMContentLoaded", init);
})();
