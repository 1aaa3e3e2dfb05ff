// Reloads the page when the preview rebuilds the site. The page's build number travels in
// data-build, so a page that was served just before a rebuild reloads as soon as it connects.
(() => {
  'use strict';
  const script = document.currentScript;
  const shown = script ? script.dataset.build : undefined;
  const events = new EventSource('/__preview/events');
  const reloadIfNewer = (event) => {
    if (event.data !== shown) {
      events.close();
      window.location.reload();
    }
  };
  events.addEventListener('hello', reloadIfNewer);
  events.addEventListener('reload', reloadIfNewer);
  events.addEventListener('failed', reloadIfNewer);
})();
