/*
 * Office.js from our own server when Microsoft's CDN did not deliver it. This file runs right after the CDN's
 * <script> tag in <head> (parser-blocking, as Microsoft documents it), so `Office` is defined here exactly when the
 * CDN answered. If it is not, the failed tag is removed and a tag for the copy shipped in office-js/ (from the
 * @microsoft/office-js package, copied at build time) is written in its place, still while the head is parsed, so
 * Office.js is initialised before the body as with the CDN.
 * Why the removal: office.js finds the folder of its own host scripts (excel-win32-16.01.js, de-de/office_strings.js)
 * in the first <script> whose src ends in "office.js" (getOfficeJsBasePath in office.debug.js of the package); with
 * the failed CDN tag first it would fetch them from the CDN again.
 * ES5 only, no build step: it must run in every webview, also those the pane itself does not support.
 */
(function (window, document) {
  if (typeof window.Office !== "undefined") return;
  var failed = document.getElementById("office-js-cdn");
  if (failed && failed.parentNode) failed.parentNode.removeChild(failed);
  document.write('<script src="office-js/office.js"><\/script>');
})(window, document);
