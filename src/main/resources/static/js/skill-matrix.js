// Enhancements only: every page works without this script.
(function () {
  'use strict';
  document.body.classList.add('js-enabled');

  // The level picker navigates as soon as a level is picked with a pointer. Keyboard users move between
  // radio buttons with the arrow keys, so for them the choice waits for the submit button (WCAG 3.2.2).
  document.querySelectorAll('form[data-navigate-on-pick]').forEach(function (form) {
    var pointer = false;
    form.addEventListener('pointerdown', function () { pointer = true; });
    form.addEventListener('keydown', function () { pointer = false; });
    form.addEventListener('change', function () {
      if (pointer) {
        form.submit();
      }
    });
  });

  // A table row that leads somewhere can be clicked anywhere; its link stays the keyboard's way in.
  document.querySelectorAll('tr[data-href]').forEach(function (row) {
    row.classList.add('row-link--active');
    row.addEventListener('click', function (event) {
      if (event.target.closest('a, button, input, label, select, textarea') || window.getSelection().toString()) {
        return;
      }
      window.location.assign(row.getAttribute('data-href'));
    });
  });
})();
