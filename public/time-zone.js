// Tells the server this browser's time zone (a first-party cookie, nothing else), so times show
// in the person's own zone until they choose one in their account. Same-origin file: no inline
// script, so a strict Content-Security-Policy allows it.
(function () {
  try {
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!zone) return;
    var value = encodeURIComponent(zone);
    if (document.cookie.split("; ").indexOf("tz=" + value) !== -1) return;
    document.cookie = "tz=" + value + "; path=/; max-age=31536000; samesite=lax" + (location.protocol === "https:" ? "; secure" : "");
  } catch {
    // An old browser without Intl time zones: the app falls back to US Central time.
  }
})();
