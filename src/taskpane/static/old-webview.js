/*
 * Office versions whose add-ins run in Internet Explorer 11 ("Trident") or Edge Legacy ("EdgeHTML") cannot run the
 * pane: it is ES2020 with React 18 and Fluent UI 9, and in those webviews the page stays blank and the ribbon button
 * does nothing. Microsoft recommends a graceful failure message there and shows how to tell the webview from the user
 * agent: "Trident" for IE 11, "Edge" for EdgeHTML (WebView2 says "Edg/") — docs/develop/support-ie-11.md in
 * OfficeDev/office-js-docs-pr. Volume-licensed Office up to 2019 uses them (docs/concepts/browsers-used-by-office-web-
 * add-ins.md); the manifest already asks for ExcelApi 1.13, so they meet this page only in the cases it cannot exclude.
 *
 * One ES5 file, no build step, for three pages (the data-page attribute of its script tag):
 *  - "taskpane": in an old webview, go to nicht-unterstuetzt.html (the query kept: Office's host information);
 *  - "commands": in an old webview, the ribbon's "Aktualisieren" opens that page in a dialog instead of doing nothing;
 *  - "unsupported": on that page (its tag at the end of the body), let Office know the add-in started and show the
 *    address of the browser mode.
 */
(function (window, document, navigator) {
  var agent = navigator.userAgent || "";
  var oldWebview = agent.indexOf("Trident") !== -1 || agent.indexOf("Edge") !== -1;
  var scripts = document.getElementsByTagName("script");
  var page = scripts[scripts.length - 1].getAttribute("data-page");
  var here = window.location.href.split("?")[0].split("#")[0];
  var base = here.substring(0, here.lastIndexOf("/") + 1);

  function started(ready) {
    if (!window.Office) return;
    if (window.Office.onReady) window.Office.onReady(ready);
    else window.Office.initialize = ready;
  }

  if (page === "taskpane") {
    if (oldWebview) window.location.replace(base + "nicht-unterstuetzt.html" + window.location.search);
    return;
  }
  if (page === "commands") {
    if (!oldWebview) return;
    var refresh = function (event) {
      var done = function () {
        if (event && event.completed) event.completed();
      };
      try {
        window.Office.context.ui.displayDialogAsync(base + "nicht-unterstuetzt.html", { height: 50, width: 40, displayInIframe: true }, done);
      } catch (e) { // eslint-disable-line @typescript-eslint/no-unused-vars -- ES5 has no catch without a binding
        done();
      }
    };
    window.refreshReport = refresh;
    started(function () {
      if (window.Office.actions && window.Office.actions.associate) window.Office.actions.associate("refreshReport", refresh);
    });
    return;
  }
  if (page === "unsupported") {
    // The tag stands at the end of the body: the element is there.
    started(function () {});
    var target = document.getElementById("browser-url");
    if (target) target.appendChild(document.createTextNode(base + "taskpane.html"));
  }
})(window, document, navigator);
