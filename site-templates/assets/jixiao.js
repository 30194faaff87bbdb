/* Jixiao (绩效): table sort, table filter, site search. Progressive enhancement,
 * no dependencies, no eval. Contract: scripts/verify/CONTRACT.md */
(function () {
  'use strict';
  var doc = document;
  var collator = new Intl.Collator(doc.documentElement.lang || undefined, { numeric: true, sensitivity: 'base' });
  // Interface text comes from the page (locale files → data-text-* / data-kind-* attributes);
  // without it the script shows bare numbers.
  function fill(pattern, values) {
    return String(pattern).replace(/\{(\w+)\}/g, function (m, k) { return k in values ? values[k] : m; });
  }
  function attr(el, name, fallback) {
    var v = el ? el.getAttribute(name) : null;
    return v === null ? fallback : v;
  }

  function each(list, fn) { Array.prototype.forEach.call(list, fn); }
  function norm(s) { return String(s || '').toLowerCase().replace(/\s+/g, ' ').trim(); }
  function terms(q) { q = norm(q); return q ? q.split(' ') : []; }
  function hasAll(text, ts) {
    for (var i = 0; i < ts.length; i++) { if (text.indexOf(ts[i]) < 0) { return false; } }
    return true;
  }
  function bodyRows(table) {
    return Array.prototype.concat.apply([], Array.prototype.map.call(table.tBodies, function (tb) { return Array.prototype.slice.call(tb.rows); }));
  }

  // sort
  function key(cell) {
    var v = cell ? cell.getAttribute('data-value') : null;
    if (v !== null && v.trim() !== '' && isFinite(Number(v))) { return { n: Number(v) }; }
    var t = cell ? cell.textContent.trim() : '';
    return t ? { t: t } : { e: true };
  }
  function cmp(a, b, dir) {
    if (a.e || b.e) { return a.e && b.e ? 0 : (a.e ? 1 : -1); }
    var an = 'n' in a, bn = 'n' in b;
    if (an && bn) { return dir * (a.n - b.n); }
    if (an !== bn) { return an ? -1 : 1; }
    return dir * collator.compare(a.t, b.t);
  }
  function sortBy(table, th) {
    var dir = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
    var col = th.cellIndex;
    each(table.tBodies, function (tb) {
      var items = Array.prototype.map.call(tb.rows, function (r, i) { return { r: r, k: key(r.cells[col]), i: i }; });
      items.sort(function (x, y) { return cmp(x.k, y.k, dir) || x.i - y.i; });
      var frag = doc.createDocumentFragment();
      items.forEach(function (it) { frag.appendChild(it.r); });
      tb.appendChild(frag);
    });
    each(th.parentNode.cells, function (c) { if (c !== th) { c.removeAttribute('aria-sort'); } });
    th.setAttribute('aria-sort', dir === 1 ? 'ascending' : 'descending');
  }
  each(doc.querySelectorAll('table[data-sortable]'), function (table) {
    each(table.querySelectorAll('thead th button.sort'), function (btn) {
      var th = btn.closest('th');
      btn.addEventListener('click', function () { sortBy(table, th); });
    });
  });

  // filter
  each(doc.querySelectorAll('input.table-filter[data-filter-for]'), function (input) {
    var id = input.getAttribute('data-filter-for');
    var table = doc.getElementById(id);
    if (!table) { return; }
    var status = doc.querySelector('[data-filter-status-for="' + id.replace(/["\\]/g, '') + '"]');
    function apply() {
      var ts = terms(input.value), rows = bodyRows(table), shown = 0;
      rows.forEach(function (r) {
        var hide = ts.length > 0 && !hasAll(norm(r.textContent), ts);
        r.hidden = hide;
        if (!hide) { shown++; }
      });
      if (status) { status.textContent = ts.length ? fill(attr(status, 'data-text', '{shown} / {total}'), { shown: shown, total: rows.length }) : ''; }
    }
    input.addEventListener('input', apply);
    if (input.value) { apply(); }
  });

  // search
  var box = doc.getElementById('site-search');
  var list = doc.getElementById('search-results');
  var index = window.JIXIAO_SEARCH;
  if (!box || !list || !Array.isArray(index)) { return; }
  var rootMeta = doc.querySelector('meta[name="jixiao-root"]');
  var root = rootMeta ? rootMeta.getAttribute('content') || '' : '';
  if (root && root.slice(-1) !== '/') { root += '/'; }
  var status = doc.getElementById('search-status');
  if (!status) {
    status = doc.createElement('p');
    status.id = 'search-status';
    status.className = 'search-status';
    list.parentNode.insertBefore(status, list);
  }
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  function kind(k) { return attr(list, 'data-kind-' + k, k); }
  var header = doc.getElementById('header-search');
  // Policy bodies come as [id, heading, text] per section; text is already normalised.
  var prepared = index.map(function (e, i) {
    var t = norm(e.t);
    var secs = (Array.isArray(e.p) ? e.p : []).map(function (s) {
      var x = String(s[2] || ''), h = String(s[1] || '');
      // Numbers also match without their thousands separators ("20000" finds "20,000").
      var nx = x.replace(/(\d),(?=\d{3})/g, '$1');
      return { id: String(s[0] || ''), h: h, x: x, lh: norm(h), lx: x.toLowerCase(), nx: nx, ln: nx.toLowerCase() };
    });
    return { e: e, i: i, t: t, all: t + ' ' + norm(e.s) + ' ' + norm(kind(e.k)), secs: secs };
  });
  function safeURL(u) { return !/^[a-z][a-z0-9+.-]*:|^[\/\\]/i.test(u); } // site-relative URLs only
  // The text around the first match, matches in <mark> (DOM nodes, never markup from data).
  function snippet(x, lx, ts) {
    var first = -1;
    ts.forEach(function (t) { var at = lx.indexOf(t); if (at >= 0 && (first < 0 || at < first)) { first = at; } });
    if (lx.length !== x.length) { x = lx; }
    var from = Math.max(0, first - 30), to = Math.min(x.length, from + 120);
    var p = doc.createElement('p');
    p.className = 'snippet';
    if (from > 0) { p.appendChild(doc.createTextNode('…')); }
    var i = from;
    while (i < to) {
      var next = -1, len = 0;
      ts.forEach(function (t) { var at = lx.indexOf(t, i); if (at >= 0 && at < to && (next < 0 || at < next)) { next = at; len = t.length; } });
      if (next < 0) { p.appendChild(doc.createTextNode(x.slice(i, to))); break; }
      if (next > i) { p.appendChild(doc.createTextNode(x.slice(i, next))); }
      var mark = doc.createElement('mark');
      mark.textContent = x.slice(next, next + len);
      p.appendChild(mark);
      i = next + len;
    }
    if (to < x.length) { p.appendChild(doc.createTextNode('…')); }
    return p;
  }
  function find(q, ts) {
    var hits = [];
    prepared.forEach(function (p) {
      if (hasAll(p.all, ts)) {
        hits.push({ p: p, rank: p.t.indexOf(q) === 0 ? 0 : (p.t.indexOf(q) > 0 ? 1 : (hasAll(p.t, ts) ? 2 : 3)) });
      }
      if (q.length < 2) { return; }
      p.secs.forEach(function (s, n) {
        // Sections of a policy whose title holds the query come right after the title matches.
        if (hasAll(s.lh + ' ' + s.lx, ts) || hasAll(s.lh + ' ' + s.ln, ts)) { hits.push({ p: p, s: s, n: n, rank: p.t.indexOf(q) >= 0 ? 1.5 : (hasAll(s.lh, ts) ? 4 : 5) }); }
      });
    });
    hits.sort(function (a, b) { return a.rank - b.rank || a.p.i - b.p.i || (a.n || 0) - (b.n || 0); });
    return hits;
  }
  function result(h, ts) {
    var e = h.p.e, s = h.s;
    var li = doc.createElement('li');
    var a = doc.createElement('a');
    a.href = root + String(e.u) + (s && s.id ? '#' + encodeURIComponent(s.id) : '');
    var title = doc.createElement('span');
    title.className = 'result-title';
    title.textContent = e.t;
    a.appendChild(title);
    li.appendChild(a);
    if (s && s.h) {
      var sec = doc.createElement('span');
      sec.className = 'result-section';
      sec.textContent = s.h;
      li.appendChild(doc.createTextNode(' '));
      li.appendChild(sec);
    }
    if (e.k && !s) {
      var k = doc.createElement('span');
      k.className = 'kind';
      k.textContent = kind(e.k);
      li.appendChild(doc.createTextNode(' '));
      li.appendChild(k);
    }
    if (s) { li.appendChild(hasAll(s.lh + ' ' + s.lx, ts) ? snippet(s.x, s.lx, ts) : snippet(s.nx, s.ln, ts)); }
    return li;
  }
  function search() {
    var q = norm(box.value), ts = terms(q);
    list.textContent = '';
    if (header && header !== doc.activeElement) { header.value = box.value; }
    try { window.history.replaceState(null, '', q ? '?q=' + encodeURIComponent(box.value.trim()) : window.location.pathname); } catch (err) { /* file:// */ }
    if (!ts.length) { status.textContent = ''; return; }
    var hits = find(q, ts).filter(function (h) { return safeURL(String(h.p.e.u || '')); });
    var frag = doc.createDocumentFragment();
    hits.slice(0, 100).forEach(function (h) { frag.appendChild(result(h, ts)); });
    list.appendChild(frag);
    status.textContent = fill(attr(list, hits.length ? (hits.length > 1 ? 'data-text-hits' : 'data-text-hit') : 'data-text-none', hits.length ? '{count}' : '0'),
                             { count: hits.length });
  }
  // Arrow keys move from the box through the results; Enter on a result follows its link.
  function move(from, step) {
    var links = Array.prototype.slice.call(list.querySelectorAll('a'));
    var at = links.indexOf(from) + step;
    if (at < 0) { box.focus(); } else if (at < links.length) { links[at].focus(); }
  }
  function onKey(ev) {
    if (ev.key !== 'ArrowDown' && ev.key !== 'ArrowUp') { return; }
    if (ev.target === box && ev.key === 'ArrowUp') { return; }
    ev.preventDefault();
    move(ev.target === box ? null : ev.target, ev.key === 'ArrowDown' ? 1 : -1);
  }
  box.addEventListener('keydown', onKey);
  list.addEventListener('keydown', onKey);
  box.addEventListener('input', search);
  var m = /[?&]q=([^&#]*)/.exec(window.location.search);
  if (m && !box.value) {
    try { box.value = decodeURIComponent(m[1].replace(/\+/g, ' ')); } catch (err) { box.value = ''; }
  }
  if (header && box.value) { header.value = box.value; }
  if (box.value) { search(); }
}());

/* Dashboards (issue 19): the header cell of a table's name column sticks with the column. */
(function () {
  'use strict';
  Array.prototype.forEach.call(document.querySelectorAll('table.data'), function (table) {
    var row = table.tBodies.length ? table.tBodies[0].rows[0] : null;
    var head = table.tHead ? table.tHead.rows[0] : null;
    if (!row || !head) { return; }
    for (var i = 0; i < row.cells.length; i++) {
      if (row.cells[i].classList.contains('name')) {
        if (head.cells[i]) { head.cells[i].classList.add('name'); }
        return;
      }
    }
  });
}());
