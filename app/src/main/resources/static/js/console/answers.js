// The answers to an alert that asks, kept current over server-sent events: the tally per area and per channel, and
// the residents who did not answer reached again on another channel.
// A request for help arriving while the page is open is announced; the list itself comes with a reload, because
// reading it is recorded as a reading of residents' personal data.
(function () {
  const section = document.getElementById('answers');
  if (!section || !window.EventSource) {
    return;
  }
  const list = section.querySelector('.help-list');
  let open = list ? Number(list.dataset.open) : 0;
  const fill = (row, figures) => {
    ['asked', 'acknowledged', 'safe', 'needHelp', 'noAnswer'].forEach((name) => {
      const cell = row.querySelector('.' + name);
      if (cell) {
        cell.textContent = figures[name];
      }
    });
  };
  const source = new EventSource(section.dataset.stream);
  source.addEventListener('answers', (event) => {
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
  });
})();
