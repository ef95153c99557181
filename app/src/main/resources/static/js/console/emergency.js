// The emergency screen: a template and the picked areas write the text (until staff edit it themselves), and
// one confirmation dialog shows exactly what will go out, and to how many residents per channel and per area,
// before it is sent. The head-count comes from the server, which builds the alert's rule the same way.
(() => {
  const form = document.getElementById('emergency-form');
  if (!form) return;
  const words = {};
  document.getElementById('emergency-words').content.querySelectorAll('[data-word]').forEach((w) => {
    words[w.dataset.word] = w.textContent;
  });
  const fields = ['title', 'body', 'titleEn', 'bodyEn', 'titleEasy', 'bodyEasy'];
  const sources = { title: 'title', body: 'body', titleEn: 'titleEn', bodyEn: 'bodyEn', titleEasy: 'titleEasy', bodyEasy: 'bodyEasy' };
  let edited = false;

  const pickedBoxes = () => [...form.querySelectorAll('input[name="areas"]:checked')];
  const pickedAreas = () => pickedBoxes().map((box) => box.value);
  const template = () => form.querySelector('input[name="kind"]:checked');

  function fill() {
    const chosen = template();
    if (!chosen) return;
    const boxes = pickedBoxes();
    fields.forEach((name) => {
      const english = name.endsWith('En');
      // Each text names the areas in its own language: Central district, ちゅうおう.
      const names = boxes.map((box) => (english ? box.dataset.en : name.endsWith('Easy') ? box.dataset.easy : box.value));
      const joined = names.length === 0 ? (english ? 'the city' : words.city) : names.join(english ? ', ' : '・');
      const key = sources[name].replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
      document.getElementById(name).value = (chosen.dataset[toDataKey(key)] || '').replaceAll('{areas}', joined);
    });
  }

  // data-title-en is dataset.titleEn; data-body-easy is dataset.bodyEasy.
  function toDataKey(key) {
    return key.replace(/-([a-z])/g, (m, c) => c.toUpperCase());
  }

  form.querySelectorAll('input[name="kind"]').forEach((radio) => radio.addEventListener('change', () => {
    edited = false;
    fill();
  }));
  form.querySelectorAll('input[name="areas"]').forEach((box) => box.addEventListener('change', () => {
    if (!edited) fill();
  }));
  fields.forEach((name) => document.getElementById(name).addEventListener('input', () => { edited = true; }));

  const dialog = document.getElementById('confirm');
  const send = document.getElementById('confirm-send');
  const headcount = document.getElementById('headcount');
  const headcountState = document.getElementById('headcount-state');
  const number = new Intl.NumberFormat(document.documentElement.lang || 'ja');
  let asked = 0;

  function cell(tag, text, className) {
    const element = document.createElement(tag);
    element.textContent = text;
    if (className) element.className = className;
    return element;
  }

  // Nothing can be sent until staff have seen whom it reaches.
  async function count(areas, channels) {
    const mine = ++asked;
    send.disabled = true;
    headcount.dataset.counted = 'false';
    headcount.tBodies[0].replaceChildren();
    headcountState.hidden = false;
    const query = new URLSearchParams();
    areas.forEach((area) => query.append('areas', area));
    channels.forEach((channel) => query.append('channels', channel));
    try {
      const response = await fetch(`${headcount.dataset.url}?${query}`,
        { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
      if (!response.ok) throw new Error(String(response.status));
      const figures = await response.json();
      if (mine !== asked) return;
      figures.areas.forEach((area) => {
        const row = document.createElement('tr');
        row.dataset.area = area.area === null ? '' : area.area;
        row.append(cell('th', area.area === null ? words['no-area'] : area.area), cell('td', number.format(area.line), 'line'),
          cell('td', number.format(area.email), 'email'), cell('td', number.format(area.residents), 'residents'));
        row.firstChild.scope = 'row';
        headcount.tBodies[0].append(row);
      });
      const total = headcount.tFoot.rows[0];
      total.querySelector('.line').textContent = number.format(figures.line);
      total.querySelector('.email').textContent = number.format(figures.email);
      total.querySelector('.residents').textContent = number.format(figures.residents);
      headcountState.hidden = true;
      headcount.dataset.counted = 'true';
      send.disabled = false;
      send.focus();
    } catch (e) {
      if (mine !== asked) return;
      headcountState.textContent = words['count-failed'];
    }
  }

  document.getElementById('review').addEventListener('click', () => {
    if (!form.reportValidity()) return;
    const status = form.querySelector('input[name="status"]:checked')?.value || 'actual';
    document.getElementById('confirm-kind').textContent = words[status];
    const areas = pickedAreas();
    document.getElementById('confirm-areas').textContent = areas.length === 0 ? words['all-areas']
      : `${areas.join('、')}${words['and-no-area']}`;
    const channels = [...form.querySelectorAll('input[name="channels"]:checked')];
    document.getElementById('confirm-channels').textContent = channels
      .map((box) => box.parentElement.textContent.trim()).join('、');
    document.getElementById('confirm-title-text').textContent = document.getElementById('title').value;
    document.getElementById('confirm-body').textContent = document.getElementById('body').value;
    dialog.showModal();
    count(areas, channels.map((box) => box.value));
  });
  document.getElementById('confirm-back').addEventListener('click', () => dialog.close());
  form.addEventListener('submit', () => {
    // One alert per confirmation: a second click while the page changes must not send it twice.
    document.getElementById('confirm-send').disabled = true;
  });
  if (!document.getElementById('title').value) fill();
})();
