// The little the page needs from the browser: remembering the author's name in a cookie.
window.ippon = {
  setCookie: function (name, value) {
    document.cookie = name + "=" + encodeURIComponent(value) + "; path=/; max-age=31536000; samesite=lax";
  }
};
