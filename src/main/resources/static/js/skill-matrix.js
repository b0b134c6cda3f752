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

  // A self-check answers as its boxes are ticked. The address follows the ticks, as the form's button would send
  // them, so that it stays the one to bookmark or share; the answer is the server's own for that address, fetched
  // and put in place of the old one with the parts of the page that name the address.
  var answerParts = ['[data-self-check-answer]', '.site-footer__print-url', 'link[rel=canonical]',
    'meta[name=description]', 'meta[property="og:description"]', 'meta[property="og:url"]'];
  document.querySelectorAll('form[data-self-check]').forEach(function (form) {
    var latest = 0;
    form.addEventListener('change', function (event) {
      var address = form.action + '?' + new URLSearchParams(new FormData(form)).toString();
      var request = ++latest;
      history.replaceState(null, '', address);
      fetch(address, { headers: { Accept: 'text/html' } })
        .then(function (response) {
          if (!response.ok) {
            throw new Error('status ' + response.status);
          }
          return response.text();
        })
        .then(function (html) {
          if (request !== latest) {
            return;
          }
          var page = new DOMParser().parseFromString(html, 'text/html');
          // The box just ticked stays where it is on the screen, however much the answer above it grows.
          var top = event.target.getBoundingClientRect().top;
          answerParts.forEach(function (selector) {
            var old = document.querySelector(selector);
            var fresh = page.querySelector(selector);
            if (old && fresh) {
              old.replaceWith(document.adoptNode(fresh));
            }
          });
          window.scrollBy(0, event.target.getBoundingClientRect().top - top);
          var status = document.querySelector('[data-self-check-status]');
          if (status) {
            status.textContent = Array.from(document.querySelectorAll('.answer__verdict, .answer__progress'))
              .map(function (part) { return part.textContent; })
              .join(' ');
          }
        })
        .catch(function () {
          // The button still shows the answer for the ticks.
        });
    });
  });

  // A printed plan carries the day it is printed. Pages are kept as they were first rendered, so the day is the
  // browser's; without script the print leaves a line to write it on.
  document.querySelectorAll('[data-today]').forEach(function (date) {
    date.textContent = new Date().toLocaleDateString(document.documentElement.lang || undefined,
      { year: 'numeric', month: 'long', day: 'numeric' });
  });
})();
