// Service bar (统一服务): 无障碍 (high contrast), 长者模式 (large text), print.
// Loaded in <head> so a saved mode applies before the first paint; pages work without it.
(function () {
  var root = document.documentElement;
  var modes = ['a11y', 'elder'];
  function saved(mode) {
    try { return localStorage.getItem('zq-' + mode) === '1'; } catch (e) { return false; }
  }
  function set(mode, on) {
    root.classList.toggle(mode, on);
    var button = document.querySelector('[data-toggle="' + mode + '"]');
    if (button) button.setAttribute('aria-pressed', on ? 'true' : 'false');
    try { localStorage.setItem('zq-' + mode, on ? '1' : '0'); } catch (e) { /* storage disabled */ }
  }
  modes.forEach(function (mode) { if (saved(mode)) root.classList.add(mode); });
  document.addEventListener('DOMContentLoaded', function () {
    modes.forEach(function (mode) {
      var button = document.querySelector('[data-toggle="' + mode + '"]');
      if (!button) return;
      button.setAttribute('aria-pressed', root.classList.contains(mode) ? 'true' : 'false');
      button.addEventListener('click', function () { set(mode, !root.classList.contains(mode)); });
    });
    Array.prototype.forEach.call(document.querySelectorAll('[data-print]'), function (el) {
      el.addEventListener('click', function () { window.print(); });
    });
  });
})();
