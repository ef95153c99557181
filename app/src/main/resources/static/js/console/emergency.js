// The emergency screen: a template and the picked areas write the text (until staff edit it themselves), and
// one confirmation dialog shows exactly what will go out before it is sent.
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

  const pickedAreas = () => [...form.querySelectorAll('input[name="areas"]:checked')].map((box) => box.value);
  const template = () => form.querySelector('input[name="template"]:checked');

  function fill() {
    const chosen = template();
    if (!chosen) return;
    const areas = pickedAreas();
    fields.forEach((name) => {
      const english = name.endsWith('En');
      const joined = areas.length === 0 ? (english ? 'the city' : words.city) : areas.join(english ? ', ' : '・');
      const key = sources[name].replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
      document.getElementById(name).value = (chosen.dataset[toDataKey(key)] || '').replaceAll('{areas}', joined);
    });
  }

  // data-title-en is dataset.titleEn; data-body-easy is dataset.bodyEasy.
  function toDataKey(key) {
    return key.replace(/-([a-z])/g, (m, c) => c.toUpperCase());
  }

  form.querySelectorAll('input[name="template"]').forEach((radio) => radio.addEventListener('change', () => {
    edited = false;
    fill();
  }));
  form.querySelectorAll('input[name="areas"]').forEach((box) => box.addEventListener('change', () => {
    if (!edited) fill();
  }));
  fields.forEach((name) => document.getElementById(name).addEventListener('input', () => { edited = true; }));

  const dialog = document.getElementById('confirm');
  document.getElementById('review').addEventListener('click', () => {
    if (!form.reportValidity()) return;
    const status = form.querySelector('input[name="status"]:checked')?.value || 'actual';
    document.getElementById('confirm-kind').textContent = words[status];
    const areas = pickedAreas();
    document.getElementById('confirm-areas').textContent = areas.length === 0 ? words['all-areas'] : areas.join('、');
    document.getElementById('confirm-channels').textContent = [...form.querySelectorAll('input[name="channels"]:checked')]
      .map((box) => box.parentElement.textContent.trim()).join('、');
    document.getElementById('confirm-title-text').textContent = document.getElementById('title').value;
    document.getElementById('confirm-body').textContent = document.getElementById('body').value;
    dialog.showModal();
    document.getElementById('confirm-send').focus();
  });
  document.getElementById('confirm-back').addEventListener('click', () => dialog.close());
  form.addEventListener('submit', () => {
    // One alert per confirmation: a second click while the page changes must not send it twice.
    document.getElementById('confirm-send').disabled = true;
  });
  if (!document.getElementById('title').value) fill();
})();
