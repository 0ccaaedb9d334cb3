// Filters findings by rule and severity; the counts follow. No network, no dependencies.
(function () {
  var rule = document.getElementById('filter-rule');
  var levels = Array.prototype.slice.call(document.querySelectorAll('input[data-level]'));
  var rows = Array.prototype.slice.call(document.querySelectorAll('tr.finding'));
  var shown = document.getElementById('shown');
  function apply() {
    var wanted = {};
    levels.forEach(function (box) { wanted[box.dataset.level] = box.checked; });
    var count = 0;
    rows.forEach(function (row) {
      var visible = wanted[row.dataset.level] && (rule.value === '' || rule.value === row.dataset.rule);
      row.classList.toggle('hidden', !visible);
      if (visible) { count++; }
    });
    shown.textContent = String(count);
  }
  rule.addEventListener('change', apply);
  levels.forEach(function (box) { box.addEventListener('change', apply); });
  apply();
})();
