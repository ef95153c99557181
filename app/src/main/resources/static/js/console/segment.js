// The segment rule builder: ticking values writes the rule in the notifier's rule language, staff may edit the
// rule as text, and the reach per channel is asked of the server (GET /api/segments/preview) as they go.
(() => {
  const builder = document.getElementById('segment-builder');
  if (!builder) return;
  const ruleInput = document.getElementById('segmentRule');
  const error = document.getElementById('rule-error');
  const figures = {
    line: document.getElementById('reach-line'),
    email: document.getElementById('reach-email'),
    residents: document.getElementById('reach-residents'),
  };
  const number = new Intl.NumberFormat(document.documentElement.lang || 'ja');
  let timer = null;
  let asked = 0;

  // Values are quoted with "" unless they hold a quote themselves; the language also reads 「」.
  const quote = (value) => value.includes('"') ? `「${value}」` : `"${value}"`;

  function ruleFromChoices() {
    const parts = [];
    builder.querySelectorAll('fieldset[data-attribute]').forEach((group) => {
      const attribute = group.dataset.attribute;
      const values = [...group.querySelectorAll('input:checked')].map((box) => box.value);
      if (values.length === 0) return;
      if (attribute === 'interests') {
        const any = values.map((v) => `${quote(v)} in interests`).join(' or ');
        parts.push(values.length > 1 ? `(${any})` : any);
      } else {
        parts.push(`${attribute} in (${values.map(quote).join(', ')})`);
      }
    });
    return parts.length === 0 ? 'all' : parts.join(' and ');
  }

  async function showReach() {
    const mine = ++asked;
    const rule = ruleInput.value.trim() || 'all';
    try {
      const response = await fetch(`${builder.dataset.previewUrl}?rule=${encodeURIComponent(rule)}`,
        { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
      if (mine !== asked) return; // an answer to an older rule arrived late
      const body = await response.json();
      if (!response.ok) {
        showProblem(body, rule);
        error.hidden = false;
        ruleInput.setAttribute('aria-invalid', 'true');
        Object.values(figures).forEach((f) => { f.textContent = '–'; });
        return;
      }
      error.hidden = true;
      ruleInput.removeAttribute('aria-invalid');
      figures.line.textContent = number.format(body.line);
      figures.email.textContent = number.format(body.email);
      figures.residents.textContent = number.format(body.residents);
      builder.dataset.reachRule = rule;
    } catch (e) {
      error.textContent = e.message;
      error.hidden = false;
    }
  }

  // The notifier gives a code, its arguments and a position; the page holds the texts in its language
  // (fragments/segment.html). The rule is shown again with the place of the problem marked.
  const texts = document.getElementById('rule-problems');
  const text = (key, args = []) => {
    const span = texts && texts.content.querySelector(`[data-key="${key}"]`);
    return span ? span.textContent.replace(/\{(\d)\}/g, (m, i) => String(args[Number(i)] ?? '')) : null;
  };

  function showProblem(body, rule) {
    let args = body.arguments || [];
    if (body.code === 'EXPECTED') {
      args = [text(`expected.${args[0]}`), args[1] ? text('found', [args[1]]) : text('end')];
    }
    const said = body.code && text(body.code, args);
    if (!said || typeof body.position !== 'number') {
      error.textContent = body.detail || body.title;
      return;
    }
    error.textContent = text('at', [body.position + 1, said]);
    const shown = document.createElement('code');
    shown.className = 'rule-marked';
    const mark = document.createElement('mark');
    mark.textContent = rule.slice(body.position, body.position + 1) || '␣';
    shown.append(rule.slice(0, body.position), mark, rule.slice(body.position + 1));
    error.append(document.createElement('br'), shown);
  }

  function later() {
    clearTimeout(timer);
    timer = setTimeout(showReach, 250);
  }

  builder.querySelectorAll('fieldset[data-attribute] input').forEach((box) => box.addEventListener('change', () => {
    ruleInput.value = ruleFromChoices();
    later();
  }));
  ruleInput.addEventListener('input', later);
  showReach();
})();
