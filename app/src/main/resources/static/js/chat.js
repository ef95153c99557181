// The resident chat page: sends what a resident does as signed webhooks (through the sandbox) and shows what
// the bot delivered by reply, push, multicast or broadcast, as a LINE app would.
(() => {
  const timeline = document.getElementById('timeline');
  const quickReplies = document.getElementById('quick-replies');
  const status = document.getElementById('status');
  const nameInput = document.getElementById('resident-name');
  let lastSeq = 0;
  let polling = null;

  const resident = () => nameInput.value.trim() || '山田花子';
  const jsonHeaders = { 'Content-Type': 'application/json' };

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function scrollDown() { timeline.scrollTop = timeline.scrollHeight; }

  function showMine(text) {
    const item = el('li', 'me');
    item.appendChild(el('div', 'bubble', text));
    timeline.appendChild(item);
    scrollDown();
  }

  function showSystem(text) {
    const item = el('li', 'bot');
    item.appendChild(el('div', 'bubble system', text));
    timeline.appendChild(item);
    scrollDown();
  }

  async function act(action, shown) {
    status.textContent = '';
    if (shown) showMine(shown);
    try {
      const response = await fetch('/sandbox/chat/events', {
        method: 'POST', headers: jsonHeaders, body: JSON.stringify({ name: resident(), ...action })
      });
      const result = await response.json();
      if (!response.ok) status.textContent = result.detail || 'エラーが発生しました';
      else if (result.webhookStatus !== 200) status.textContent = 'Webhook の応答: ' + result.webhookStatus;
    } catch (e) {
      status.textContent = '送信できませんでした: ' + e.message;
    }
  }

  function runAction(action) {
    switch (action.type) {
      case 'message': act({ type: 'text', text: action.text }, action.text); break;
      case 'postback': act({ type: 'postback', data: action.data }, action.displayText || action.label); break;
      case 'uri': window.open(action.uri, '_blank', 'noopener'); break;
      case 'location': document.getElementById('location-form').hidden = false; break;
      case 'datetimepicker': act({ type: 'postback', data: action.data }, action.label); break;
      default: status.textContent = '未対応のアクション: ' + action.type;
    }
  }

  function actionButton(action, tag) {
    const button = el(tag || 'button', null, action.label || action.text || action.type);
    button.type = 'button';
    button.addEventListener('click', () => runAction(action));
    return button;
  }

  function flexTexts(node, out) {
    if (!node || typeof node !== 'object') return out;
    if (node.type === 'text' && node.text) out.push(node.text);
    if (node.type === 'span' && node.text) out.push(node.text);
    ['header', 'hero', 'body', 'footer'].forEach(k => flexTexts(node[k], out));
    (node.contents || []).forEach(c => flexTexts(c, out));
    return out;
  }

  function flexActions(node, out) {
    if (!node || typeof node !== 'object') return out;
    if (node.type === 'button' && node.action) out.push(node.action);
    ['header', 'hero', 'body', 'footer'].forEach(k => flexActions(node[k], out));
    (node.contents || []).forEach(c => flexActions(c, out));
    return out;
  }

  function renderMessage(message) {
    const item = el('li', 'bot');
    if (message.type === 'text') {
      item.appendChild(el('div', 'bubble', message.text));
    } else if (message.type === 'image') {
      const bubble = el('div', 'bubble');
      const img = el('img');
      img.src = message.previewImageUrl || message.originalContentUrl;
      img.alt = '画像';
      bubble.appendChild(img);
      item.appendChild(bubble);
    } else if (message.type === 'template') {
      const card = el('div', 'card');
      const t = message.template || {};
      const body = el('div', 'card-body');
      if (t.title) body.appendChild(el('div', 'card-title', t.title));
      body.appendChild(el('div', null, t.text || message.altText));
      card.appendChild(body);
      (t.actions || []).forEach(a => card.appendChild(actionButton(a)));
      item.appendChild(card);
    } else if (message.type === 'flex') {
      const card = el('div', 'card');
      const texts = flexTexts(message.contents, []);
      const body = el('div', 'card-body');
      const emergency = JSON.stringify(message.contents || {}).includes('#d32f2f') || /緊急|避難|警報/.test(message.altText || '');
      if (emergency) card.classList.add('emergency');
      body.appendChild(el('div', 'card-title', texts.shift() || message.altText));
      if (texts.length) body.appendChild(el('div', null, texts.join('\n')));
      card.appendChild(body);
      flexActions(message.contents, []).forEach(a => card.appendChild(actionButton(a)));
      item.appendChild(card);
    } else {
      item.appendChild(el('div', 'bubble system', '[' + message.type + ' メッセージ]'));
    }
    timeline.appendChild(item);
    quickReplies.replaceChildren();
    const items = (message.quickReply && message.quickReply.items) || [];
    items.forEach(qr => quickReplies.appendChild(actionButton(qr.action)));
  }

  async function poll() {
    try {
      const response = await fetch('/sandbox/chat/messages?name=' + encodeURIComponent(resident()) + '&after=' + lastSeq);
      if (!response.ok) return;
      const delivered = await response.json();
      delivered.forEach(d => { renderMessage(d.message); lastSeq = Math.max(lastSeq, d.seq); });
      if (delivered.length) scrollDown();
    } catch (e) { /* the next poll tries again */ }
  }

  // The resident's rich menu (issue 18): the image LINE was given, with each tap area as a labelled button laid
  // over it, so screen readers and keyboards reach every area. Asked again with every few polls: staff may
  // switch the whole account to the disaster menu at any time.
  const menuBox = document.getElementById('rich-menu');
  let shownMenu = null;
  async function loadMenu() {
    const asked = resident();
    try {
      const response = await fetch('/sandbox/chat/menu?name=' + encodeURIComponent(asked));
      if (!response.ok || asked !== resident()) return; // another resident was chosen meanwhile
      const shown = response.status === 204 ? null : await response.json();
      const key = shown ? shown.richMenuId : null;
      if (key === shownMenu) return;
      shownMenu = key;
      renderMenu(shown);
    } catch (e) { /* the next look tries again */ }
  }
  function renderMenu(shown) {
    const areas = document.getElementById('rich-menu-areas');
    areas.replaceChildren();
    menuBox.hidden = !shown;
    if (!shown) return;
    const size = shown.menu.size;
    menuBox.dataset.richMenuId = shown.richMenuId;
    menuBox.dataset.resident = resident();
    // The menu's own proportions, so its buttons are in place before the image has loaded.
    menuBox.style.aspectRatio = size.width + ' / ' + size.height;
    menuBox.setAttribute('aria-label', 'リッチメニュー: ' + (shown.menu.chatBarText || ''));
    const image = document.getElementById('rich-menu-image');
    image.src = '/sandbox/chat/menu/' + encodeURIComponent(shown.richMenuId) + '/image';
    (shown.menu.areas || []).forEach(area => {
      const button = actionButton(area.action);
      const b = area.bounds;
      button.className = 'rich-menu-area';
      button.style.left = (100 * b.x / size.width) + '%';
      button.style.top = (100 * b.y / size.height) + '%';
      button.style.width = (100 * b.width / size.width) + '%';
      button.style.height = (100 * b.height / size.height) + '%';
      areas.appendChild(button);
    });
  }

  function restart() {
    timeline.replaceChildren();
    quickReplies.replaceChildren();
    lastSeq = 0;
    if (polling) clearInterval(polling);
    shownMenu = undefined;
    poll();
    loadMenu();
    let ticks = 0;
    polling = setInterval(() => { poll(); if (++ticks % 3 === 0) loadMenu(); }, 700);
  }

  document.getElementById('composer').addEventListener('submit', e => {
    e.preventDefault();
    const input = document.getElementById('message');
    const text = input.value;
    if (!text.trim()) return;
    input.value = '';
    act({ type: 'text', text }, text);
  });
  document.getElementById('follow').addEventListener('click', () => { showSystem('友だち追加しました'); act({ type: 'follow' }); });
  document.getElementById('unfollow').addEventListener('click', () => { showSystem('ブロックしました'); act({ type: 'unfollow' }); });
  document.getElementById('sticker').addEventListener('click', () => act({ type: 'sticker' }, '（スタンプ）'));
  document.getElementById('show-location').addEventListener('click', () => {
    const form = document.getElementById('location-form');
    form.hidden = !form.hidden;
  });
  document.getElementById('location-form').addEventListener('submit', e => {
    e.preventDefault();
    const latitude = parseFloat(document.getElementById('latitude').value);
    const longitude = parseFloat(document.getElementById('longitude').value);
    const address = document.getElementById('address').value;
    e.target.hidden = true;
    act({ type: 'location', latitude, longitude, address }, '📍 ' + address);
  });
  document.getElementById('image').addEventListener('change', async e => {
    const file = e.target.files[0];
    if (!file) return;
    showMine('🖼 ' + file.name);
    const form = new FormData();
    form.append('name', resident());
    form.append('image', file);
    const response = await fetch('/sandbox/chat/images', { method: 'POST', body: form });
    if (!response.ok) status.textContent = ((await response.json()).error) || '画像を送れませんでした';
    e.target.value = '';
  });
  nameInput.addEventListener('change', restart);
  restart();
})();
