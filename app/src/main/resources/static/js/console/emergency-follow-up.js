// An update or a cancellation of an alert is confirmed like the first send: the update's dialog lists what changes
// (the text now and after, field by field, and translations left behind), the cancellation's shows the message
// residents will receive, as the server renders it; both say who receives it. Nothing is sent before that.
(() => {
  const update = document.getElementById('update-form');
  if (update) {
    const dialog = document.getElementById('update-confirm');
    const fields = [...update.querySelectorAll('input[name], textarea[name]')];
    const label = (field) => update.querySelector(`label[for="${field.id}"]`).textContent;
    const changed = (field) => field.value.trim() !== field.defaultValue.trim();

    document.getElementById('update-review').addEventListener('click', () => {
      if (!update.reportValidity()) return;
      const rows = document.querySelector('#update-changes tbody');
      rows.replaceChildren();
      fields.filter(changed).forEach((field) => {
        const row = document.createElement('tr');
        row.dataset.field = field.name;
        const name = document.createElement('th');
        name.scope = 'row';
        name.textContent = label(field);
        const before = document.createElement('td');
        before.className = 'before';
        before.textContent = field.defaultValue;
        const after = document.createElement('td');
        after.className = 'after';
        after.textContent = field.value;
        row.append(name, before, after);
        rows.append(row);
      });
      document.getElementById('update-unchanged').hidden = rows.children.length > 0;
      // A translation left as it was would tell its readers the old text as an update.
      const japanese = ['title', 'body'].some((name) => changed(update.elements[name]));
      const behind = japanese ? [...new Set(fields.filter((field) => field.dataset.language && field.defaultValue.trim()
        && !fields.some((other) => other.dataset.language === field.dataset.language && changed(other)))
        .map((field) => field.dataset.language))] : [];
      const warning = document.getElementById('update-untranslated');
      warning.querySelector('span').textContent = behind.join('、');
      warning.hidden = behind.length === 0;
      dialog.showModal();
      document.getElementById('update-send').focus();
    });
    dialog.querySelector('.back').addEventListener('click', () => dialog.close());
    update.addEventListener('submit', () => { document.getElementById('update-send').disabled = true; });
  }

  const cancel = document.getElementById('cancel-form');
  if (cancel) {
    const dialog = document.getElementById('cancel-confirm');
    const message = document.getElementById('cancel-message');
    const send = document.getElementById('cancel-send');
    const problem = document.getElementById('cancel-problem');

    document.getElementById('cancel-review').addEventListener('click', async () => {
      if (!cancel.reportValidity()) return;
      send.disabled = true;
      problem.hidden = true;
      message.dataset.ready = 'false';
      message.replaceChildren();
      dialog.showModal();
      const reason = document.getElementById('cancel-reason').value;
      try {
        const response = await fetch(`${message.dataset.url}?reason=${encodeURIComponent(reason)}`,
          { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
        const answer = await response.json();
        if (!response.ok) throw new Error(answer.problem || String(response.status));
        Object.entries(answer.languages).forEach(([language, text]) => {
          const block = document.createElement('div');
          block.className = 'message';
          block.lang = language === 'easy-ja' ? 'ja' : language;
          const headline = document.createElement('strong');
          headline.textContent = text.headline;
          const body = document.createElement('p');
          body.className = 'pre';
          body.textContent = text.body;
          block.append(headline, body);
          message.append(block);
        });
        message.dataset.ready = 'true';
        send.disabled = false;
        send.focus();
      } catch (e) {
        problem.textContent = e.message;
        problem.hidden = false;
      }
    });
    dialog.querySelector('.back').addEventListener('click', () => dialog.close());
    cancel.addEventListener('submit', () => { send.disabled = true; });
  }
})();
