// The segment rule builder: ticking values writes the rule in the notifier's rule language, staff may edit the
// rule as text, and the reach per channel is asked of the server (GET /api/segments/preview) as they go. A rule
// edited by hand is read back into the checkboxes (segment-rule-choices.js); one they cannot express is shown as
// custom, with the checkboxes set aside until staff start again from them.
(() => {
  const builder = document.getElementById('segment-builder');
  if (!builder) return;
  const ruleInput = document.getElementById('segmentRule');
  const error = document.getElementById('rule-error');
  const errorText = document.getElementById('rule-error-text');
  const errorAt = document.getElementById('rule-error-at');
  const errorWhere = document.getElementById('rule-error-where');
  const custom = document.getElementById('rule-custom');
  const boxes = [...builder.querySelectorAll('fieldset[data-attribute] input')];
  const figures = {
    line: document.getElementById('reach-line'),
    email: document.getElementById('reach-email'),
    residents: document.getElementById('reach-residents'),
  };
  const number = new Intl.NumberFormat(document.documentElement.lang || 'ja');
  const offered = {};
  builder.querySelectorAll('fieldset[data-attribute]').forEach((group) => {
    offered[group.dataset.attribute] = [...group.querySelectorAll('input')].map((box) => box.value);
  });
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

  // The checkboxes show what the rule text says, or step aside when they cannot say it.
  function choicesFromRule() {
    const choices = window.segmentRuleChoices(ruleInput.value, offered);
    const isCustom = choices === null;
    boxes.forEach((box) => {
      const attribute = box.closest('fieldset[data-attribute]').dataset.attribute;
      box.checked = !isCustom && (choices[attribute] || []).includes(box.value);
      box.disabled = isCustom;
    });
    custom.hidden = !isCustom;
    builder.classList.toggle('custom-rule', isCustom);
  }

  // The error's words, and the rule with the character the notifier stopped at marked (after the end when the rule
  // ended too soon).
  function showError(body, rule) {
    errorText.textContent = problemInWords(body) || body.detail || body.title;
    errorAt.replaceChildren();
    const position = Number.isInteger(body.position) ? Math.min(Math.max(body.position, 0), rule.length) : null;
    if (position !== null) {
      const mark = document.createElement('mark');
      if (position < rule.length) {
        mark.textContent = [...rule.slice(position)][0];
      } else {
        mark.textContent = '\u00a0';
        mark.className = 'at-end';
      }
      errorAt.append(document.createTextNode(rule.slice(0, position)), mark,
        document.createTextNode(rule.slice(position + (position < rule.length ? mark.textContent.length : 0))));
    }
    errorWhere.hidden = position === null;
    error.hidden = false;
    // A rule with an error is neither the choices nor a custom rule yet: the error is what to fix.
    custom.hidden = true;
    ruleInput.setAttribute('aria-invalid', 'true');
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
        showError(body, rule);
        Object.values(figures).forEach((f) => { f.textContent = '–'; });
        return;
      }
      error.hidden = true;
      ruleInput.removeAttribute('aria-invalid');
      choicesFromRule();
      figures.line.textContent = number.format(body.line);
      figures.email.textContent = number.format(body.email);
      figures.residents.textContent = number.format(body.residents);
      builder.dataset.reachRule = rule;
    } catch (e) {
      errorText.textContent = e.message;
      errorWhere.hidden = true;
      error.hidden = false;
    }
  }

  // The notifier gives a code, its arguments and a position; the page holds the texts in its language
  // (fragments/segment.html), so the problem is said in the staff's language; showError marks the place.
  const texts = document.getElementById('rule-problems');
  const text = (key, args = []) => {
    const span = texts && texts.content.querySelector(`[data-key="${key}"]`);
    return span ? span.textContent.replace(/\{(\d)\}/g, (m, i) => String(args[Number(i)] ?? '')) : null;
  };

  function problemInWords(body) {
    let args = body.arguments || [];
    if (body.code === 'EXPECTED') {
      args = [text(`expected.${args[0]}`), args[1] ? text('found', [args[1]]) : text('end')];
    }
    const said = body.code && text(body.code, args);
    if (!said || !Number.isInteger(body.position)) {
      return said;
    }
    return text('at', [body.position + 1, said]);
  }

  function later() {
    clearTimeout(timer);
    timer = setTimeout(showReach, 250);
  }

  boxes.forEach((box) => box.addEventListener('change', () => {
    ruleInput.value = ruleFromChoices();
    later();
  }));
  ruleInput.addEventListener('input', () => {
    choicesFromRule();
    later();
  });
  document.getElementById('rule-reset').addEventListener('click', () => {
    ruleInput.value = 'all';
    choicesFromRule();
    later();
    boxes[0]?.focus();
  });
  choicesFromRule();
  showReach();
})();
