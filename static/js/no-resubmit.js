// The form came back with errors as the answer to a POST. Replacing that history entry with
// a plain visit to the same address means that going back to it later (from the thank-you
// page) or reloading it shows the form again instead of asking to send the data once more.
"use strict";

window.history.replaceState(null, "", window.location.href);
