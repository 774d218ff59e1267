// Small enhancements on top of pages that already work without JavaScript: toggles, favourites,
// random draws, live card filters, and the service worker that keeps the site readable offline.
(function () {
  "use strict";
  var root = document.documentElement;
  var manifest = document.querySelector('link[rel="manifest"]');
  var base = new URL(".", manifest ? manifest.href : location.href);
  var store = null;
  try { store = window.localStorage; store.getItem("x"); } catch (e) { store = null; }
  var get = function (key) { return store ? store.getItem(key) : null; };
  var set = function (key, value) { if (store) store.setItem(key, value); };
  var all = function (selector) { return Array.prototype.slice.call(document.querySelectorAll(selector)); };
  var show = function (el) { el.hidden = false; };

  all("[data-nojs]").forEach(function (el) { el.hidden = true; });

  // Night theme: follows the system until the reader chooses, then remembers the choice.
  var dark = window.matchMedia("(prefers-color-scheme: dark)");
  var isDark = function () { var t = root.getAttribute("data-theme"); return t ? t === "dark" : dark.matches; };
  all('[data-toggle="theme"]').forEach(function (button) {
    var sync = function () { button.setAttribute("aria-pressed", String(isDark())); };
    sync();
    show(button);
    dark.addEventListener("change", sync);
    button.addEventListener("click", function () {
      var next = isDark() ? "light" : "dark";
      root.setAttribute("data-theme", next);
      set("afterglow-theme", next);
      sync();
    });
  });

  // Discreet mode: a neutral tab title and icon, remembered on this device.
  var icon = document.querySelector('link[rel="icon"]');
  var applyDiscreet = function (on) {
    if (on) {
      if (!root.hasAttribute("data-title")) root.setAttribute("data-title", document.title);
      root.setAttribute("data-discreet", "");
      document.title = "Notes";
      if (icon) icon.setAttribute("href", icon.getAttribute("href").replace(/icon\.svg$/, "icon-discreet.svg"));
    } else {
      root.removeAttribute("data-discreet");
      if (root.hasAttribute("data-title")) document.title = root.getAttribute("data-title");
      if (icon) icon.setAttribute("href", icon.getAttribute("href").replace("icon-discreet.svg", "icon.svg"));
    }
  };
  all('[data-toggle="discreet"]').forEach(function (button) {
    button.setAttribute("aria-pressed", String(root.hasAttribute("data-discreet")));
    show(button);
    button.addEventListener("click", function () {
      var on = !root.hasAttribute("data-discreet");
      set("afterglow-discreet", on ? "1" : "0");
      applyDiscreet(on);
      button.setAttribute("aria-pressed", String(on));
    });
  });

  // Favourites: a list of card ids in localStorage, nothing else, nowhere else.
  var readFavourites = function () { try { return JSON.parse(get("afterglow-favourites") || "[]"); } catch (e) { return []; } };
  all("[data-fav]").forEach(function (button) {
    var id = button.getAttribute("data-fav");
    var sync = function () {
      var saved = readFavourites().indexOf(id) >= 0;
      button.setAttribute("aria-pressed", String(saved));
      button.textContent = saved ? "Saved to favourites" : "Save to favourites";
    };
    sync();
    show(button);
    button.addEventListener("click", function () {
      var list = readFavourites().filter(function (x) { return x !== id; });
      if (button.getAttribute("aria-pressed") !== "true") list.push(id);
      set("afterglow-favourites", JSON.stringify(list));
      sync();
    });
  });
  all("[data-favourites]").forEach(function (list) {
    var saved = readFavourites();
    var any = false;
    all("[data-favourites] [data-id]").forEach(function (item) {
      item.hidden = saved.indexOf(item.getAttribute("data-id")) < 0;
      any = any || !item.hidden;
    });
    all("[data-fav-empty]").forEach(function (el) { el.hidden = any; });
  });

  // Draws: without JavaScript the links follow a fixed shuffled order; with it, each tap is random.
  all("a[data-draw]").forEach(function (link) {
    link.addEventListener("click", function () {
      var count = Number(link.getAttribute("data-draw"));
      var current = Number(link.getAttribute("data-current") || 0);
      if (count < 2) return;
      var pick;
      do { pick = 1 + Math.floor(Math.random() * count); } while (pick === current);
      link.setAttribute("href", link.getAttribute("href").replace(/\d+\/$/, pick + "/"));
    });
  });

  // Live filters on the full card list: facets combine, and nothing reloads.
  all("[data-filter-live]").forEach(function (nav) {
    var chosen = {};
    var count = document.querySelector("[data-count]");
    nav.addEventListener("click", function (event) {
      var link = event.target.closest && event.target.closest("a[data-facet]");
      if (!link) return;
      event.preventDefault();
      var facet = link.getAttribute("data-facet");
      chosen[facet] = link.getAttribute("data-value");
      all('[data-filter-live] a[data-facet="' + facet + '"]').forEach(function (a) {
        if (a === link) a.setAttribute("aria-current", "true"); else a.removeAttribute("aria-current");
      });
      var shown = 0;
      all("[data-card]").forEach(function (card) {
        var match = Object.keys(chosen).every(function (key) { return !chosen[key] || card.getAttribute("data-" + key) === chosen[key]; });
        card.hidden = !match;
        if (match) shown++;
      });
      if (count) count.textContent = shown === 1 ? "1 card" : shown + " cards";
    });
  });

  // Registered after the page has loaded, so precaching never competes with the first paint.
  if ("serviceWorker" in navigator && location.protocol !== "file:") {
    var register = function () { navigator.serviceWorker.register(new URL("sw.js", base).href).catch(function () {}); };
    if (document.readyState === "complete") register(); else window.addEventListener("load", register);
  }
})();
