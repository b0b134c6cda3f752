// Enhancements only: every page works without this script.
(function () {
  'use strict';
  document.body.classList.add('js-enabled');

  // The level picker navigates as soon as a level is picked with a pointer, as its hint says. Keyboard users
  // move between radio buttons with the arrow keys, so for them the choice waits for the submit button.
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

  // A problem with a choice is read out first: focus moves to its summary, as in the GOV.UK error summary.
  var summary = document.querySelector('[data-focus-on-load]');
  if (summary) {
    summary.focus();
  }

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
