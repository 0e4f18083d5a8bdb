// Applies a saved theme before first paint so a chosen theme never flashes the other one.
(function () {
  try {
    var theme = localStorage.getItem('warmstart.theme');
    if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
  } catch {
    /* storage blocked: follow the system theme */
  }
})();
