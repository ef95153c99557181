// The answers to an alert that asks, kept current over server-sent events: the tally per area and per channel, and
// the residents who did not answer reached again on another channel, and the list of residents who need help (event
// "help", sent whenever it changes: a new request, a place or note shared, a request marked handled by anyone). The
// server records the list as read before it sends it; the page tells it which list it already shows (help=<version>),
// so an unchanged list is not sent again when the stream reopens.
(function () {
  const section = document.getElementById('answers');
  if (!section || !window.EventSource) {
    return;
  }
  const list = section.querySelector('.help-list');
  let open = list ? Number(list.dataset.open) : 0;
  let version = section.dataset.helpVersion || '';
  const csrf = document.querySelector('meta[name="_csrf"]');
  const fill = (row, figures) => {
    ['asked', 'acknowledged', 'safe', 'needHelp', 'noAnswer'].forEach((name) => {
      const cell = row.querySelector('.' + name);
      if (cell) {
        cell.textContent = figures[name];
      }
    });
  };
  const span = (text, className) => {
    const element = document.createElement('span');
    element.textContent = text;
    if (className) {
      element.className = className;
    }
    return element;
  };
  // One request as the page's own template draws it; every text comes from the server in the staff's language.
  const item = (request) => {
    const li = document.createElement('li');
    li.dataset.subscriber = request.subscriber;
    if (request.handled) {
      li.classList.add('handled');
    }
    const area = span(request.area);
    area.setAttribute('translate', 'no');
    li.append(span(request.resident), ' · ', area, ' · ', span(request.channel), ' · ', span(request.answeredAt));
    if (request.map) {
      const map = document.createElement('a');
      map.className = 'map-link';
      map.href = request.map;
      map.target = '_blank';
      map.rel = 'noopener';
      map.textContent = section.dataset.map;
      li.append(' ', map);
    }
    if (request.note) {
      const note = document.createElement('p');
      note.className = 'note pre';
      note.setAttribute('translate', 'no');
      note.textContent = request.note;
      li.append(note);
    }
    if (request.handled) {
      li.append(' ', span(request.handled, 'badge'));
    }
    if (request.markHandled) {
      const form = document.createElement('form');
      form.method = 'post';
      form.action = request.markHandled;
      if (csrf) {
        const token = document.createElement('input');
        token.type = 'hidden';
        token.name = '_csrf';
        token.value = csrf.content;
        form.append(token);
      }
      const button = document.createElement('button');
      button.type = 'submit';
      button.textContent = section.dataset.markHandled;
      form.append(button);
      li.append(' ', form);
    }
    return li;
  };
  const onAnswers = (event) => {
    const tally = JSON.parse(event.data);
    fill(document.getElementById('answers-total'), tally.responses);
    const body = section.querySelector('#answers-by-area tbody');
    Object.entries(tally.responses.byArea).forEach(([area, figures]) => {
      let row = body.querySelector('tr[data-area="' + CSS.escape(area) + '"]');
      if (!row) {
        row = body.insertRow();
        row.dataset.area = area;
        const head = document.createElement('th');
        head.scope = 'row';
        head.textContent = area;
        row.appendChild(head);
        ['asked', 'acknowledged', 'safe', 'needHelp', 'noAnswer'].forEach((name) => {
          row.insertCell().className = name;
        });
      }
      fill(row, figures);
    });
    section.querySelectorAll('#answers-by-channel td[data-answer]').forEach((cell) => {
      const channel = cell.parentElement.dataset.channel;
      const found = tally.byChannel.find((t) => t.channel === channel && t.answer === cell.dataset.answer);
      cell.textContent = found ? found.residents : 0;
    });
    const escalated = document.getElementById('answers-escalated');
    if (escalated && tally.responses.escalated) {
      ['email', 'line', 'noOtherChannel'].forEach((name) => {
        escalated.querySelector('td.' + name).textContent = tally.responses.escalated[name];
      });
      escalated.hidden = false;
    }
    if (tally.openHelp > open) {
      document.getElementById('answers-new-help').hidden = false;
    }
    open = tally.openHelp;
  };
  const onHelp = (event) => {
    const help = JSON.parse(event.data);
    version = help.version;
    // A staff member in the middle of typing or clicking keeps their place: the list is replaced as a whole, which
    // is what the server says it is now.
    list.replaceChildren(...help.rows.map(item));
    document.getElementById('help-none').hidden = help.rows.length > 0;
  };
  let failures = 0;
  // The stream ends every few seconds by design; it is opened again with the list the page now shows.
  const connect = () => {
    const source = new EventSource(section.dataset.stream + '?help=' + encodeURIComponent(version));
    source.addEventListener('answers', onAnswers);
    source.addEventListener('help', onHelp);
    source.addEventListener('open', () => {
      failures = 0;
    });
    source.addEventListener('error', () => {
      source.close();
      failures += 1;
      setTimeout(connect, Math.min(500 * failures, 5000));
    });
  };
  connect();
})();
