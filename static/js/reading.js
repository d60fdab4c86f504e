// Counts this reading of the article (blog/readership.py): one small request once the page has loaded,
// whether the page came from Django, its cache or the proxy's page files. No cookie of ours, nothing
// about the reader; without JavaScript nothing is counted.
"use strict";

const article = document.querySelector("[data-reading]");
if (article && navigator.sendBeacon) {
  navigator.sendBeacon(article.dataset.reading);
}
