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
  var prepared = index.map(function (e, i) {
    var t = norm(e.t);
    return { e: e, i: i, t: t, all: t + ' ' + norm(e.s) + ' ' + norm(kind(e.k)) };
  });
  function search() {
    var q = norm(box.value), ts = terms(q);
    list.textContent = '';
    if (!ts.length) { status.textContent = ''; return; }
    var hits = [];
    prepared.forEach(function (p) {
      if (!hasAll(p.all, ts)) { return; }
      var rank = p.t.indexOf(q) === 0 ? 0 : (p.t.indexOf(q) > 0 ? 1 : (hasAll(p.t, ts) ? 2 : 3));
      hits.push({ p: p, rank: rank });
    });
    hits.sort(function (a, b) { return a.rank - b.rank || a.p.i - b.p.i; });
    var frag = doc.createDocumentFragment();
    hits.slice(0, 100).forEach(function (h) {
      var e = h.p.e, u = String(e.u || '');
      if (/^[a-z][a-z0-9+.-]*:|^[\/\\]/i.test(u)) { return; } // site-relative URLs only
      var li = doc.createElement('li');
      var a = doc.createElement('a');
      a.href = root + u;
      a.textContent = e.t;
      li.appendChild(a);
      if (e.k) {
        var k = doc.createElement('span');
        k.className = 'kind';
        k.textContent = kind(e.k);
        li.appendChild(doc.createTextNode(' '));
        li.appendChild(k);
      }
      frag.appendChild(li);
    });
    list.appendChild(frag);
    status.textContent = fill(attr(list, hits.length ? (hits.length > 1 ? 'data-text-hits' : 'data-text-hit') : 'data-text-none', hits.length ? '{count}' : '0'),
                             { count: hits.length });
  }
  box.addEventListener('input', search);
  var m = /[?&]q=([^&#]*)/.exec(window.location.search);
  if (m && !box.value) {
    try { box.value = decodeURIComponent(m[1].replace(/\+/g, ' ')); } catch (err) { box.value = ''; }
  }
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
