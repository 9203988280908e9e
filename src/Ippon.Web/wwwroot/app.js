// The little the page needs from the browser: remembering the author's name in a cookie.
window.ippon = {
  setCookie: function (name, value) {
    document.cookie = name + "=" + encodeURIComponent(value) + "; path=/; max-age=31536000; samesite=lax";
  },
  // The browser's IANA time zone (Europe/Paris), offered in the 表示 menu; times are JST until the user picks it.
  timeZone: function () {
    try { return Intl.DateTimeFormat().resolvedOptions().timeZone || ""; } catch (e) { return ""; }
  }
};
