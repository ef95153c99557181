// Keeps the per-channel progress bars current with the server's events until the notice has settled.
(() => {
  const section = document.getElementById('progress');
  if (!section || section.dataset.finished === 'true' || !window.EventSource) return;
  const stateWords = {};
  document.getElementById('state-words').content.querySelectorAll('[data-state]').forEach((word) => {
    stateWords[word.dataset.state] = word.textContent;
  });
  // Every place the page shows the notice's state shows the same live one: the header's (data-live-state) too,
  // which otherwise kept the state of when the page was opened (送信中 beside a delivery already 送信済み).
  const states = [document.getElementById('progress-state'), ...document.querySelectorAll('[data-live-state]')];
  const source = new EventSource(section.dataset.stream);

  source.addEventListener('progress', (event) => {
    const figures = JSON.parse(event.data);
    states.forEach((state) => {
      state.dataset.state = figures.state;
      state.textContent = stateWords[figures.state] || figures.state;
    });
    figures.channels.forEach((c) => {
      const row = section.querySelector(`li[data-channel="${c.channel}"]`);
      if (!row) return;
      const percent = c.planned === 0 ? 0 : Math.min(100, Math.floor((c.sent + c.failed) * 100 / c.planned));
      const bar = row.querySelector('progress');
      bar.value = percent;
      bar.textContent = `${percent}%`;
      row.querySelector('.percent').textContent = `${percent}%`;
      row.querySelector('.sent').textContent = c.sent;
      row.querySelector('.planned').textContent = c.planned;
      row.querySelector('.failed').textContent = c.failed;
      row.querySelector('.failed-note').classList.toggle('hidden', c.failed === 0);
      // When each channel got there, for whoever wants to see which channel was slowest (the browser test does).
      if (c.planned > 0 && c.sent + c.failed >= c.planned && !row.dataset.doneAt) row.dataset.doneAt = String(Date.now());
    });
    if (figures.finished) {
      section.dataset.finished = 'true';
      document.getElementById('all-sent').hidden = false;
      source.close();
    }
  });
  // The server ends the stream once the notice settled; the browser would otherwise reconnect for ever.
  source.addEventListener('error', () => {
    if (section.dataset.finished === 'true') source.close();
  });
})();
