/* The front desk's forms that update the page in place. No library; loaded with `defer` (CSP script-src 'self').

   The contract, for any screen of the front desk:
   - A form with data-in-place="ID" is sent with fetch: POST to its action, its fields and the button pressed,
     the header X-Front-Desk-Fragment: 1, the session's cookies (the CSRF token is one of the form's fields).
   - The server answers with the part of the page to put in place of the element with that id: its root element
     carries the same id. 200 when the step is done; 400 with the form's errors and what was typed.
   - The root may carry data-front-desk-status="…": read out in the polite live region #front-desk-status.
   - Focus then goes to the first [aria-invalid="true"] or [data-error] of the new part (a 400), else to its
     [data-focus-after-update], else to the part itself.
   - A button with data-full-page (it opens a page of its own) sends its form the ordinary way, not in place.
   - Any other answer (a network failure, a 5xx, a 403, a redirect to the sign-in) sends the form the ordinary
     way instead, so that nothing typed is lost. */
(function () {
  "use strict";

  var HEADER = "X-Front-Desk-Fragment";

  function announce(text) {
    var region = document.getElementById("front-desk-status");
    if (!region || !text) {
      return;
    }
    region.textContent = "";
    // A moment later: the same words as last time are read out again.
    window.setTimeout(function () {
      region.textContent = text;
    }, 100);
  }

  function partFrom(html, id) {
    var template = document.createElement("template");
    template.innerHTML = html;
    return template.content.getElementById(id);
  }

  function focusIn(part, invalid) {
    var target =
      (invalid && part.querySelector('[aria-invalid="true"], [data-error]')) ||
      part.querySelector("[data-focus-after-update]");
    if (!target) {
      part.setAttribute("tabindex", "-1");
      target = part;
    }
    target.focus();
  }

  function sendPlainly(form, submitter) {
    form.setAttribute("data-in-place-off", "");
    if (form.requestSubmit) {
      form.requestSubmit(submitter || undefined);
    } else {
      form.submit();
    }
  }

  function send(form, submitter) {
    var id = form.getAttribute("data-in-place");
    var data = new FormData(form);
    if (submitter && submitter.name) {
      data.set(submitter.name, submitter.value); // FormData(form) leaves out the button that was pressed
    }
    var headers = {};
    headers[HEADER] = "1";
    form.setAttribute("aria-busy", "true");
    return fetch(form.action, { method: "POST", body: data, headers: headers, credentials: "same-origin" })
      .then(function (response) {
        if (response.redirected || (response.status !== 200 && response.status !== 400)) {
          throw new Error("not an in-place answer: " + response.status);
        }
        return response.text().then(function (html) {
          var part = partFrom(html, id);
          var current = document.getElementById(id);
          if (!part || !current) {
            throw new Error("no #" + id + " in the answer");
          }
          current.replaceWith(part);
          announce(part.getAttribute("data-front-desk-status"));
          focusIn(part, response.status === 400);
        });
      })
      .catch(function () {
        form.removeAttribute("aria-busy");
        sendPlainly(form, submitter);
      });
  }

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.hasAttribute("data-in-place")) {
      return;
    }
    // A button marked data-full-page (one that opens a page of its own) sends its form the ordinary way.
    var opensAPage = event.submitter && event.submitter.hasAttribute("data-full-page");
    var sendsItself = form.hasAttribute("data-in-place-off") || opensAPage || !window.fetch;
    if (sendsItself || !document.getElementById(form.getAttribute("data-in-place"))) {
      return; // the ordinary way
    }
    event.preventDefault();
    if (form.getAttribute("aria-busy") === "true") {
      return; // a second click while the first is on its way
    }
    send(form, event.submitter);
  });
})();
