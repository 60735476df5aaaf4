// Rates experiment tracks without reloading the page; the forms still work without scripts.
document.querySelectorAll('form.rate').forEach(function (form) {
  form.addEventListener('submit', function (event) {
    var button = event.submitter;
    if (!button || !window.fetch) { return; }
    event.preventDefault();
    var body = new URLSearchParams(new FormData(form));
    body.set('liked', button.value);
    fetch(form.action, { method: 'POST', body: body, credentials: 'same-origin',
                         headers: { 'Accept': 'application/json' } })
      .then(function (response) {
        if (response.ok) {
          form.closest('li').setAttribute('data-rated', button.value === 'true' ? 'liked' : 'disliked');
        } else {
          form.submit();
        }
      });
  });
});
