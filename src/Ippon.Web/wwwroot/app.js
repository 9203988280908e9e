// The little the page needs from the browser: remembering the author's name in a cookie.
window.ippon = {
  setCookie: function (name, value) {
    document.cookie = name + "=" + encodeURIComponent(value) + "; path=/; max-age=31536000; samesite=lax";
  },
  // A link to cells (a reminder's ?tab=actuals&metric=…): scroll the cell into the middle of the view and put the cursor in it.
  focusCell: function (testId) {
    var cell = document.querySelector('[data-testid="' + testId + '"]');
    if (!cell) return false;
    cell.scrollIntoView({ block: "center", inline: "center" });
    cell.focus({ preventScroll: true });
    return true;
  },
  // The browser's IANA time zone (Europe/Paris), offered in the 表示 menu; times are JST until the user picks it.
  timeZone: function () {
    try { return Intl.DateTimeFormat().resolvedOptions().timeZone || ""; } catch (e) { return ""; }
  }
};

// On a phone the plan's tabs are one row that scrolls sideways (screens.css): keep the selected tab in sight after a
// reload, a language switch or a keyboard move put it off to the side. Only when the selected tab changes: the page
// changes all the time (presence, autosave, ripples), and snapping the bar back then fought the user's own sideways
// scroll (a tap on a tab scrolled into sight landed on another one).
(function () {
  var queued = false, shown = new WeakMap();
  function reveal() {
    queued = false;
    document.querySelectorAll('.ippon-tabs .mud-tabs-tabbar-content').forEach(function (bar) {
      var tab = bar.querySelector('.mud-tab-active');
      if (!tab || shown.get(bar) === tab) return;
      shown.set(bar, tab);
      if (bar.scrollWidth <= bar.clientWidth) return;
      var b = bar.getBoundingClientRect(), t = tab.getBoundingClientRect();
      if (t.left < b.left) bar.scrollLeft -= b.left - t.left + 24;
      else if (t.right > b.right) bar.scrollLeft += t.right - b.right + 24;
    });
  }
  new MutationObserver(function () {
    if (!queued) { queued = true; requestAnimationFrame(reveal); }
  }).observe(document.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ['class'] });
})();

// On a phone the editor sits under the whole tree (screens.css stacks them): a tap on a box opened an editor the user
// could not see. Bring a newly opened editor into sight, once per box (NodeEditor is keyed by its box, so another box
// is another element); the page's other changes (autosave, presence) never scroll.
(function () {
  var phone = window.matchMedia('(max-width: 700px)'), queued = false, shown = null;
  function reveal() {
    queued = false;
    var editor = document.querySelector('[data-testid="node-editor"]');
    if (!editor || editor === shown) return;
    shown = editor;
    if (!phone.matches || editor.offsetParent === null) return;
    var box = editor.getBoundingClientRect();
    if (box.top >= 0 && box.top < window.innerHeight * 0.6) return; // already in sight
    editor.scrollIntoView({ block: 'start' });
  }
  new MutationObserver(function () {
    if (!queued) { queued = true; requestAnimationFrame(reveal); }
  }).observe(document.documentElement, { subtree: true, childList: true });
})();
