// Reads a segment rule back into the builder's choices: the rule text and the checkboxes must say the same thing.
// Only the shapes the builder itself writes are read (`area in (…)`, `attr = "v"`, `"v" in interests`, their `or`
// for interests, all joined by `and`); anything else is a rule the checkboxes cannot express: null.
window.segmentRuleChoices = (() => {
  const ATTRIBUTES = ['area', 'age', 'language'];

  function tokens(text) {
    const found = [];
    let i = 0;
    while (i < text.length) {
      const c = text[i];
      if (/\s/.test(c)) { i += 1; continue; }
      if ('(),='.includes(c)) { found.push({ kind: c }); i += 1; continue; }
      if (c === '"' || c === '「') {
        const close = text.indexOf(c === '"' ? '"' : '」', i + 1);
        if (close < 0) return null;
        found.push({ kind: 'value', text: text.slice(i + 1, close) });
        i = close + 1;
        continue;
      }
      const word = /^[A-Za-z_][A-Za-z_-]*/.exec(text.slice(i));
      if (!word) return null;
      found.push({ kind: 'word', text: word[0] });
      i += word[0].length;
    }
    return found;
  }

  // rule := term ('and' term)* ; term := attr 'in' '(' values ')' | attr '=' value | interest | '(' interest ('or' interest)* ')'
  function parse(list) {
    let at = 0;
    const peek = () => list[at];
    const take = (kind, text) => {
      const t = list[at];
      if (!t || t.kind !== kind || (text !== undefined && t.text !== text)) throw new Error('shape');
      at += 1;
      return t;
    };
    const isWord = (text) => peek() && peek().kind === 'word' && peek().text === text;
    const interest = () => { const v = take('value').text; take('word', 'in'); take('word', 'interests'); return v; };
    const groups = [];
    const term = () => {
      if (peek() && peek().kind === '(') {
        take('(');
        const values = [interest()];
        while (isWord('or')) { take('word'); values.push(interest()); }
        take(')');
        return { attribute: 'interests', values };
      }
      if (peek() && peek().kind === 'value') return { attribute: 'interests', values: [interest()] };
      const attribute = take('word').text;
      if (!ATTRIBUTES.includes(attribute)) throw new Error('shape');
      if (peek() && peek().kind === '=') { take('='); return { attribute, values: [take('value').text] }; }
      take('word', 'in');
      take('(');
      const values = [take('value').text];
      while (peek() && peek().kind === ',') { take(','); values.push(take('value').text); }
      take(')');
      return { attribute, values };
    };
    groups.push(term());
    // A rule of interests alone may be written without brackets: "a" in interests or "b" in interests.
    if (groups[0].attribute === 'interests' && isWord('or')) {
      while (isWord('or')) { take('word'); groups[0].values.push(interest()); }
    }
    while (isWord('and')) { take('word'); groups.push(term()); }
    if (at !== list.length) throw new Error('shape');
    return groups;
  }

  /** @return {Object<string, string[]>|null} the values to tick per attribute, or null when the rule is custom */
  return (text, offered) => {
    const rule = text.trim();
    if (rule === '' || rule === 'all') return {};
    const list = tokens(rule);
    if (!list) return null;
    let groups;
    try { groups = parse(list); } catch (e) { return null; }
    const choices = {};
    for (const group of groups) {
      // The same attribute twice (area in (…) and area in (…)) is an intersection no checkbox expresses.
      if (choices[group.attribute]) return null;
      const values = [...new Set(group.values)];
      if (!values.every((v) => (offered[group.attribute] || []).includes(v))) return null;
      choices[group.attribute] = values;
    }
    return choices;
  };
})();
