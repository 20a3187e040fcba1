// The presenter screen of a live workshop session follows the session's stream (Server-Sent Events):
// the count of answers and, when they move, the figures. The page works without it: its reload link
// shows the latest answers. Loaded by the presenter screen only (its Content-Security-Policy allows
// scripts and connections to this server, and nothing else); every other page runs no script at all.
(function () {
  'use strict';
  var screen = document.getElementById('screen');
  if (!screen || !window.EventSource || !window.DOMParser) {
    return;
  }
  var phase = screen.getAttribute('data-phase');
  if (phase === 'ENDED') {
    return;
  }
  var source = new EventSource(screen.getAttribute('data-events'));
  source.onmessage = function (event) {
    var update = JSON.parse(event.data);
    if (update.phase !== phase) {
      // a new round changes the page around the figures (joining, controls): show it afresh
      source.close();
      window.location.reload();
      return;
    }
    document.getElementById('answer-count').textContent = update.count;
    if (update.results) {
      var current = document.getElementById('results');
      var fresh = new DOMParser().parseFromString(update.results, 'text/html').getElementById('results');
      if (current && fresh) {
        current.replaceWith(document.importNode(fresh, true));
      }
    }
    screen.setAttribute('data-version', update.version);
  };
})();
