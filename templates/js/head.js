// Applies the remembered theme and discreet mode before the page paints (an external file: the CSP allows no inline script).
(function () {
  var root = document.documentElement;
  var store;
  try { store = window.localStorage; } catch (e) { return; }
  var theme = store.getItem("afterglow-theme");
  if (theme === "dark" || theme === "light") root.setAttribute("data-theme", theme);
  if (store.getItem("afterglow-discreet") === "1") {
    root.setAttribute("data-discreet", "");
    root.setAttribute("data-title", document.title);
    document.title = "Notes";
    var icon = document.querySelector('link[rel="icon"]');
    if (icon) icon.setAttribute("href", icon.getAttribute("href").replace("icon.svg", "icon-discreet.svg"));
  }
})();
