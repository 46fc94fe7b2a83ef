/* timeline: progressive enhancement only. Every page reads fine without this file.
   - copies permalinks to the clipboard when one is clicked (the link still works as a link);
   - opens the quotes before printing;
   - search and filters: loads MiniSearch and the index as <script>s on first use, because a page
     opened from file:// may not fetch() files, and folds diacritics so `ha noi` finds `Hà Nội`. */
(function () {
  "use strict";

  var toast = document.getElementById("toast");
  var toastTimer = 0;

  function announce(text) {
    if (!toast) return;
    toast.textContent = text;
    toast.classList.add("show");
    clearTimeout(toastTimer);
    toastTimer = setTimeout(function () { toast.classList.remove("show"); }, 2500);
  }

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    return new Promise(function (resolve, reject) {
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.style.position = "fixed";
      area.style.opacity = "0";
      document.body.appendChild(area);
      area.select();
      var ok = false;
      try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
      document.body.removeChild(area);
      if (ok) resolve(); else reject(new Error("copy"));
    });
  }

  var copied = document.body.dataset.copied;

  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a.permalink");
    if (!link) return;
    var url = location.href.split("#")[0] + link.getAttribute("href");
    copyText(url).then(function () { announce(copied); }, function () { announce(url); });
  });

  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details").forEach(function (d) { d.open = true; });
  });

  var form = document.getElementById("finder");
  if (!form) return;
  form.hidden = false;
  if (window.matchMedia("(min-width: 40rem)").matches) document.getElementById("filters").open = true;
  /* Showing the form moved everything below it: put a permalink's target back in view. */
  var target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
  if (target) target.scrollIntoView();

  var input = form.elements.q;
  var status = document.getElementById("finder-status");
  var loading = null;
  var engine = null;
  var records = null;
  var cards = null;
  var sections = null;
  var timer = 0;

  /* Lower case, no diacritics, đ -> d, and Telex `dd` -> d: the same on both sides of a match. */
  function fold(term) {
    return term.normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .replace(/[đĐ]/g, "d").toLowerCase().replace(/dd/g, "d");
  }

  function addScript(src) {
    return new Promise(function (resolve, reject) {
      var s = document.createElement("script");
      s.src = src;
      s.onload = resolve;
      s.onerror = function () { reject(new Error(src)); };
      document.head.appendChild(s);
    });
  }

  function load() {
    if (!loading) {
      status.textContent = form.dataset.loading;
      loading = addScript(form.dataset.lib)
        .then(function () { return addScript(form.dataset.index); })
        .then(function () {
          records = window.TIMELINE_INDEX || [];
          engine = new window.MiniSearch({
            fields: ["h", "x"],
            processTerm: fold,
            searchOptions: { prefix: true, combineWith: "AND", boost: { h: 2 }, processTerm: fold }
          });
          engine.addAll(records);
          cards = {};
          records.forEach(function (r) { cards[r.id] = document.getElementById(r.id); });
          sections = Array.prototype.slice.call(document.querySelectorAll(".chrono section[id]"));
          status.textContent = "";
        });
    }
    return loading;
  }

  function overlaps(r, from, to) {
    if (!from && !to) return true;
    if (!r.f) return false;
    return (!from || r.t >= from) && (!to || r.f <= to);
  }

  function apply() {
    var q = input.value.trim();
    var entity = form.elements.entity ? form.elements.entity.value : "";
    var source = form.elements.source.value;
    var from = form.elements.from.value;
    var to = form.elements.to.value;
    var active = q || entity || source || from || to;
    var hits = q ? new Set(engine.search(q).map(function (h) { return h.id; })) : null;
    var open = new Set();
    var shown = 0;
    records.forEach(function (r) {
      var keep = (!hits || hits.has(r.id)) && (!entity || r.e.indexOf(entity) >= 0) &&
        (!source || r.s.indexOf(source) >= 0) && overlaps(r, from, to);
      var card = cards[r.id];
      if (card && card.hidden === keep) card.hidden = !keep;
      if (keep) { shown += 1; open.add(r.b); open.add(r.m); open.add(r.y); }
    });
    sections.forEach(function (s) {
      var hide = active && !open.has(s.id);
      if (s.hidden !== hide) s.hidden = hide;
    });
    status.textContent = !active ? "" : shown ? form.dataset.found.replace("{n}", shown) : form.dataset.none;
    var params = new URLSearchParams();
    if (q) params.set("q", q);
    var search = params.toString();
    if (location.protocol !== "file:") {
      history.replaceState(null, "", (search ? "?" + search : location.pathname) + location.hash);
    }
  }

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(function () { load().then(apply, fail); }, 120);
  }

  function fail(error) {
    status.textContent = String(error && error.message || error);
  }

  form.addEventListener("focusin", function () { load().catch(fail); }, { once: true });
  form.addEventListener("input", schedule);
  form.addEventListener("change", schedule);
  form.addEventListener("reset", function () { setTimeout(schedule, 0); });
  form.addEventListener("submit", function (event) { event.preventDefault(); schedule(); });

  var initial = new URLSearchParams(location.search).get("q");
  if (initial) {
    input.value = initial;
    schedule();
  }
})();
