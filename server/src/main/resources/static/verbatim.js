// Verbatim web UI: small enhancements only; every page works without this file.
// (Served as a file: the Content-Security-Policy forbids inline scripts and handlers.)
"use strict";

document.addEventListener("DOMContentLoaded", function () {
  // A stable link relative to the server (no --base-url configured) is shown in full, as the
  // browser resolves it against the address this page was opened at.
  document.querySelectorAll("a.stable-link").forEach(function (link) {
    if (link.getAttribute("href").charAt(0) === "/") {
      link.textContent = link.href;
    }
  });

  // "Copy citation": copies the text of the element named by data-copy.
  document.querySelectorAll("button[data-copy]").forEach(function (button) {
    var source = document.getElementById(button.getAttribute("data-copy"));
    if (!source || !navigator.clipboard) {
      return;
    }
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(source.textContent).then(
        function () { button.textContent = "Copied"; },
        function () { button.textContent = "Copy failed: select the text"; }
      );
    });
  });

  // "/" focuses the query box, as on many search sites (not while typing in a field).
  var box = document.getElementById("q");
  if (box) {
    document.addEventListener("keydown", function (event) {
      var tag = (event.target && event.target.tagName) || "";
      if (event.key === "/" && tag !== "INPUT" && tag !== "SELECT" && tag !== "TEXTAREA") {
        event.preventDefault();
        box.focus();
      }
    });
  }

  // Empty form fields are left out of the submitted address, so shared links stay short.
  document.querySelectorAll("form.query-form").forEach(function (form) {
    form.addEventListener("submit", function () {
      form.querySelectorAll("input, select").forEach(function (field) {
        if (field.name && field.value === "") {
          field.disabled = true;
        }
      });
    });
  });
});

// Back/forward cache: re-enable fields disabled at submit.
window.addEventListener("pageshow", function () {
  document.querySelectorAll("form.query-form [disabled]").forEach(function (field) {
    field.disabled = false;
  });
});
