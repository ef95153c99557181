/*
 * Shows the city's current emergency at the top of any page that includes this script:
 *   <script src="https://alerts.example-city.jp/notices/banner.js" defer></script>
 * It reads banner.json from the same server as the script, checks again every minute, and stays out of the way
 * when there is no emergency. A cancelled emergency is shown for a while as cancelled (grey, its own headline), so
 * that whoever saw the alert here learns of the cancellation here, then the banner goes. Text is inserted as text,
 * never as HTML.
 */
(function () {
  var script = document.currentScript;
  var origin = new URL(script.src).origin;
  var id = 'tsutawaru-emergency-banner';

  function show(banner) {
    var box = document.getElementById(id);
    if (!banner.active) {
      if (box) box.remove();
      return;
    }
    if (!box) {
      box = document.createElement('div');
      box.id = id;
      box.setAttribute('role', 'alert');
      document.body.insertBefore(box, document.body.firstChild);
    }
    box.style.cssText = (banner.cancelled ? 'background:#454545;' : 'background:#b00020;')
      + 'color:#fff;padding:12px 16px;font:bold 18px/1.5 sans-serif;';
    box.dataset.cancelled = banner.cancelled ? 'true' : 'false';
    var link = document.createElement('a');
    link.href = banner.url;
    link.textContent = banner.headline;
    link.style.cssText = 'color:#fff;text-decoration:underline;';
    box.replaceChildren(link);
  }

  function check() {
    fetch(origin + '/notices/banner.json', { credentials: 'omit' })
      .then(function (response) { return response.ok ? response.json() : { active: false }; })
      .then(show)
      .catch(function () { /* The homepage keeps working when the alert service cannot be reached. */ });
  }

  check();
  setInterval(check, 60000);
})();
