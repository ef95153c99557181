// Live previews of a notice as residents will see it: a LINE bubble, an e-mail and the city website's page.
(() => {
  const form = document.getElementById('compose-form') || document.getElementById('emergency-form');
  if (!form) return;
  const field = (id) => document.getElementById(id);
  const exercise = () => form.querySelector('input[name="status"][value="exercise"]')?.checked;

  function render() {
    const mark = exercise() ? '【訓練】' : '';
    const title = mark + (field('title')?.value.trim() || '');
    const body = field('body')?.value.trim() || '';
    const link = field('link')?.value.trim() || '';
    if (field('preview-line')) field('preview-line').textContent = [title, body, link].filter(Boolean).join('\n\n');
    if (field('preview-mail-subject')) field('preview-mail-subject').textContent = title;
    if (field('preview-mail-body')) field('preview-mail-body').textContent = [body, link].filter(Boolean).join('\n\n');
    if (field('preview-web-title')) field('preview-web-title').textContent = title;
    const web = field('preview-web-body');
    if (web) {
      web.replaceChildren(...body.split(/\n{2,}/).filter(Boolean).map((text) => {
        const p = document.createElement('p');
        p.textContent = text;
        return p;
      }));
    }
    const anchor = field('preview-web-link');
    if (anchor) {
      anchor.hidden = !link;
      anchor.textContent = link;
      // Only a web address becomes a link: the notifier refuses any other, and javascript: would run here.
      anchor.href = /^https?:\/\//i.test(link) ? link : '#';
    }
  }

  form.addEventListener('input', render);
  form.addEventListener('change', render);
  render();
})();
