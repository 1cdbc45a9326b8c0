// Service bar (统一服务): 无障碍 high contrast, 长者模式 large text, print. Pages work without it.
(function () {
  var body = document.body;
  function set(mode, on) {
    body.classList.toggle(mode, on);
    var button = document.querySelector('[data-toggle="' + mode + '"]');
    if (button) button.setAttribute('aria-pressed', on ? 'true' : 'false');
    try { localStorage.setItem('zq-' + mode, on ? '1' : ''); } catch (e) { /* private mode */ }
  }
  ['a11y', 'elder'].forEach(function (mode) {
    var saved = '';
    try { saved = localStorage.getItem('zq-' + mode) || ''; } catch (e) { /* private mode */ }
    if (saved) set(mode, true);
    var button = document.querySelector('[data-toggle="' + mode + '"]');
    if (button) button.addEventListener('click', function () { set(mode, !body.classList.contains(mode)); });
  });
  Array.prototype.forEach.call(document.querySelectorAll('[data-print]'), function (el) {
    el.addEventListener('click', function () { window.print(); });
  });
})();
