// The article form's preview panel (templates/admin/blog/post/change_form.html). Its buttons work without
// this script: they post the form to the preview, into the panel's frame or a new tab. With it, the panel
// shows the article as soon as the page opens, a chosen picture is not uploaded again with every refresh,
// and the panel says when the preview is ready.
"use strict";
(function () {
  const refresh = document.getElementById("refresh-preview");
  if (!refresh) {
    return;
  }
  const form = document.getElementById(refresh.getAttribute("form"));
  const frame = document.querySelector("iframe[name='article-preview']");
  const status = document.getElementById("preview-status");
  const previewUrl = refresh.getAttribute("formaction");
  let waiting = false;

  form.addEventListener("submit", function (event) {
    if (!event.submitter || event.submitter.getAttribute("formaction") !== previewUrl) {
      return;
    }
    // The form's entries are gathered after this event: disabled inputs are left out, for this send only.
    const pictures = Array.from(form.querySelectorAll("input[type=file]:not(:disabled)"));
    pictures.forEach(function (input) { input.disabled = true; });
    window.setTimeout(function () {
      pictures.forEach(function (input) { input.disabled = false; });
    }, 0);
    if (event.submitter === refresh) {
      waiting = true;
      status.textContent = "Updating the preview…";
    }
  });

  frame.addEventListener("load", function () {
    if (waiting) {
      waiting = false;
      status.textContent = "Preview updated from the form as it stands.";
    }
  });

  const title = form.querySelector("[name=title]");
  if (title && title.value.trim()) {
    form.requestSubmit(refresh);
  }
})();
