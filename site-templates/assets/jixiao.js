/* Jixiao (绩效): table sort, table filter, site search. Progressive enhancement,
 * no dependencies, no eval. Contract: scripts/verify/CONTRACT.md */
// The moment the page's script starts: a query that arrives by ?q= is timed from here
// (scripts/verify/check_search_scale.py), as a typed one is timed from the keystroke.
if (window.performance && window.performance.mark) { window.performance.mark('jixiao-start'); }
// A compact table's number cell carries data-value only where it differs from its text: a
// cell's value is its data-value where it has one, else its text; in a column the table
// aligns by class (nK), the text is read as the generator wrote it (TableView.plainValue):
// a leading − is -, a leading + is dropped (a change: −5.63, +9.82). Sorting and the CSV
// download both read cells through this one rule.
function jixiaoPlainValue(table, cell) {
  'use strict';
  if (cell.hasAttribute('data-value')) { return cell.getAttribute('data-value'); }
  var t = cell.textContent;
  if (!table.classList.contains('n' + (cell.cellIndex + 1))) { return t; }
  return t.replace(/^\u2212/, '-').replace(/^\+/, '');
}
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

  // sort: a number where the cell's plain value (jixiaoPlainValue) is its data-value or, in a
  // number column (th.num), a plain number; text otherwise (— sorts as text, after numbers).
  function key(table, cell, numeric) {
    if (!cell) { return { e: true }; }
    var p = jixiaoPlainValue(table, cell).trim();
    var number = cell.hasAttribute('data-value') ? isFinite(Number(p)) : numeric && /^-?\d+(\.\d+)?$/.test(p);
    if (p !== '' && number) { return { n: Number(p) }; }
    var t = cell.textContent.trim();
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
    var col = th.cellIndex, numeric = th.classList.contains('num');
    each(table.tBodies, function (tb) {
      var items = Array.prototype.map.call(tb.rows, function (r, i) { return { r: r, k: key(table, r.cells[col], numeric), i: i }; });
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
  function prepare(e, i) {
    var t = norm(e.t);
    var secs = (Array.isArray(e.p) ? e.p : []).map(function (s) {
      var x = String(s[2] || ''), h = String(s[1] || '');
      // Numbers also match without their thousands separators ("20000" finds "20,000").
      var nx = x.replace(/(\d),(?=\d{3})/g, '$1');
      return { id: String(s[0] || ''), h: h, x: x, lh: norm(h), lx: x.toLowerCase(), nx: nx, ln: nx.toLowerCase() };
    });
    return { e: e, i: i, t: t, all: t + ' ' + norm(e.s) + ' ' + kindName(e.k), secs: secs };
  }
  var kinds = {}; // kind → its name, normalised (looked up once, not once per person)
  function kindName(k) {
    if (!(k in kinds)) { kinds[k] = norm(kind(k)); }
    return kinds[k];
  }
  // The policy and department entries, prepared on the first query: a query that needs
  // people parts asks for them first and prepares these while they load.
  var prepared = null;
  function ready() { if (!prepared) { prepared = index.map(prepare); } return prepared; }
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
  function rankOf(t, q, ts) { return t.indexOf(q) === 0 ? 0 : (t.indexOf(q) > 0 ? 1 : (hasAll(t, ts) ? 2 : 3)); }
  function find(q, ts) {
    var hits = [];
    ready().forEach(function (p) {
      if (hasAll(p.all, ts)) { hits.push({ p: p, rank: rankOf(p.t, q, ts) }); }
      if (q.length < 2) { return; }
      p.secs.forEach(function (s, n) {
        // Sections of a policy whose title holds the query come right after the title matches.
        if (hasAll(s.lh + ' ' + s.lx, ts) || hasAll(s.lh + ' ' + s.ln, ts)) { hits.push({ p: p, s: s, n: n, rank: p.t.indexOf(q) >= 0 ? 1.5 : (hasAll(s.lh, ts) ? 4 : 5) }); }
      });
    });
    hits = hits.filter(function (h) { return safeURL(String(h.p.e.u || '')); });
    hits.sort(function (a, b) { return a.rank - b.rank || a.p.i - b.p.i || (a.n || 0) - (b.n || 0); });
    return parts ? merge(hits, findPeople(q, ts)) : hits;
  }
  function result(h, ts) {
    var e = h.p.e || personEntry(h.p), s = h.s;
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
  // Search at scale (issue 15): people come in parts (assets/search-people.js, see
  // SearchParts.swift); a query loads, with <script> elements (they work from file://, fetch
  // does not), only the parts whose bitmaps hold every character pair of every query word
  // (its one character when it has only one).
  var parts = window.JIXIAO_SEARCH_PARTS, partState = {};
  if (!parts || typeof parts !== 'object' || typeof parts.keys !== 'string' || !Array.isArray(parts.ids) || !safeURL(String(parts.path || ''))) { parts = null; }
  // keys is one line per key, '\n<key> <bitmap>', searched rather than parsed into an object.
  function bitsOf(key) {
    var at = parts.keys.indexOf('\n' + key + ' ');
    if (at < 0) { return ''; }
    var from = at + key.length + 2, to = parts.keys.indexOf('\n', from);
    return parts.keys.slice(from, to < 0 ? parts.keys.length : to);
  }
  function has(bits, k) { return (parseInt(bits.charAt(k >> 2) || '0', 16) & (1 << (k & 3))) !== 0; }
  // Whether an id of part k (ids: its first and last, in string order) can start with term.
  function idFrom(k, term) {
    var first = String(parts.ids[2 * k] || ''), last = String(parts.ids[2 * k + 1] || '');
    return first.slice(0, term.length) <= term && term <= last.slice(0, term.length);
  }
  function partsFor(ts) {
    var want = [], n, own = norm(kind('person'));
    for (n = 0; n < parts.count; n++) { want.push(true); }
    ts.forEach(function (term) {
      if (own.indexOf(term) >= 0) { return; } // the kind's name matches every person
      var cs = Array.from(term), keys = cs.length < 2 ? cs : cs.slice(1).map(function (c, k) { return cs[k] + c; });
      var bits = keys.map(bitsOf);
      for (var k = 0; k < parts.count; k++) {
        if (!bits.every(function (b) { return has(b, k); }) && !(cs.length > 1 && idFrom(k, term))) { want[k] = false; }
      }
    });
    return want.map(function (w, k) { return w ? k : -1; }).filter(function (k) { return k >= 0; });
  }
  // A part is [n, {k: kind, u: 'people/{}.html', t: [title, …], f: [fill, …], w: 'line\nline…'}]:
  // one line per person, its title and its other searchable words (id, department, role)
  // normalised by the build as norm() would (SearchParts.swift), a tab between the two; the
  // title as written (0: as in the line) and what fills the URL pattern's {} (0: the id, the
  // first word after the tab). Nothing is made per person when a part arrives; a query splits
  // a part's lines once and makes objects only for the people it finds.
  var people = [];
  function drain() {
    var got = window.JIXIAO_SEARCH_LOADED || [];
    while (got.length) {
      var p = got.shift(), k = p && p[0], part = p && p[1];
      if (typeof k !== 'number' || partState[k] === 'done' || !part || typeof part.w !== 'string' || !Array.isArray(part.t) || !Array.isArray(part.f)) { continue; }
      partState[k] = 'done';
      var u = String(part.u || '{}'), at = u.indexOf('{}');
      // Every URL is site-relative when the text before {} settles it (people/…), else each is checked.
      people[k] = { n: k, k: part.k, u: u, t: part.t, f: part.f, w: part.w, rows: null,
                    safe: at > 0 && /^(?:[a-z][a-z0-9+.-]*[^a-z0-9+.:-]|[^a-z\/\\])/i.test(u.slice(0, at)) };
    }
  }
  function rowsOf(part) { return part.rows || (part.rows = part.w.split('\n')); }
  function personEntry(p) {
    var row = rowsOf(p.part)[p.j], title = p.part.t[p.j], fill = p.part.f[p.j];
    if (fill === 0) { fill = row.slice(row.indexOf('\t') + 1).split(' ')[0]; }
    return { t: title === 0 ? p.t : String(title || ''), u: p.part.u.replace('{}', function () { return String(fill || ''); }), k: p.part.k, s: '' };
  }
  // The people a query finds, by rank (0–3), each rank in index order. A person matches when
  // its line holds every term the kind's name does not (the kind's name is part of every
  // entry's searchable text, as for policies and departments); only the parts whose bitmaps
  // allow a match are read.
  function findPeople(q, ts) {
    var ranks = [[], [], [], []];
    partsFor(ts).forEach(function (k) {
      var part = people[k];
      if (!part) { return; }
      var named = kindName(part.k), need = ts.filter(function (t) { return named.indexOf(t) < 0; }), rows = rowsOf(part);
      for (var j = 0; j < rows.length; j++) {
        if (!hasAll(rows[j], need)) { continue; }
        var p = { part: part, j: j, i: parts.base + k * parts.size + j, t: rows[j].slice(0, rows[j].indexOf('\t')) };
        if (part.safe || safeURL(personEntry(p).u)) { ranks[rankOf(p.t, q, ts)].push({ p: p }); }
      }
    });
    return ranks;
  }
  // The sorted policy and department hits with the people's ranks merged in: at equal rank
  // the people come after them (their index is higher), as one sort of everything would give.
  function merge(hits, ranks) {
    var out = [], r = 0;
    hits.forEach(function (h) {
      for (; r < ranks.length && r < h.rank; r++) { out = out.concat(ranks[r]); }
      out.push(h);
    });
    for (; r < ranks.length; r++) { out = out.concat(ranks[r]); }
    return out;
  }
  // The query waits only for the parts it needs, not for parts the background preload is
  // still fetching; when the last of its parts is in, it runs again. A query that needs more
  // than a few parts loads them all in one file (people-all.js: every part's script, one
  // after the other), which is faster than many small loads, and so does the preload.
  var waiting = [], allState = '';
  var idle = window.requestIdleCallback || function (f) { return window.setTimeout(f, 200); };
  function resolved(k) { return partState[k] === 'done' || partState[k] === 'failed'; }
  function arrived() {
    drain();
    if (waiting.length && waiting.every(resolved)) { search(); }
  }
  function script(src, onload, onerror) {
    var el = doc.createElement('script');
    el.src = root + parts.path + src + '.js';
    el.onload = onload;
    el.onerror = onerror;
    doc.head.appendChild(el);
  }
  function load(k) {
    partState[k] = 'loading';
    function failed() { if (partState[k] === 'loading') { partState[k] = 'failed'; } arrived(); }
    script(String(k), function () { drain(); failed(); }, failed);
  }
  function loadAll() {
    allState = 'loading';
    script('all', function () {
      allState = 'done';
      drain();
      for (var k = 0; k < parts.count; k++) { if (!partState[k]) { partState[k] = 'failed'; } }
      arrived();
      idle(function () { people.forEach(rowsOf); }); // ready for the next query
    }, function () {
      allState = 'failed';
      waiting.forEach(function (k) { if (!partState[k]) { load(k); } });
      arrived();
    });
  }
  function need(want) {
    var missing = want.filter(function (k) { return !resolved(k); });
    if (missing.length > 3 && !allState) { loadAll(); }
    if (missing.length <= 3 || allState === 'failed') { missing.forEach(function (k) { if (!partState[k]) { load(k); } }); }
    return missing;
  }
  function search() {
    var q = norm(box.value), ts = terms(q);
    list.textContent = '';
    if (header && header !== doc.activeElement) { header.value = box.value; }
    try { window.history.replaceState(null, '', q ? '?q=' + encodeURIComponent(box.value.trim()) : window.location.pathname); } catch (err) { /* file:// */ }
    if (!ts.length) { waiting = []; status.textContent = ''; return; }
    if (parts) {
      waiting = need(partsFor(ts));
      if (waiting.length) { ready(); return; } // search() runs again when they are in
    }
    var hits = find(q, ts);
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
  // Once the search page is idle, the other parts load in the background, so a broad first
  // query typed here (one common character, an employee number) finds them prepared instead
  // of waiting for every part; other pages never load them.
  if (parts) {
    idle(function () { for (var k = 0; k < parts.count; k++) { if (!partState[k] && !allState) { loadAll(); } } });
  }
}());

/* Output size (issue 14): a compact table's CSV download (a[data-csv] pointing at the table)
 * is made here from the table as the page was built, in the bytes the generator writes
 * (CSVWriter): a byte-order mark, CRLF line ends, fields quoted when they hold a quote,
 * comma or line break, and a cell that would start a formula (=, +, -, @, tab, CR after
 * leading spaces; not a plain negative number) prefixed with '. A cell's value is read by
 * jixiaoPlainValue (above); in a compact number column, — is no value. */
(function () {
  'use strict';
  function field(t) {
    if (!t) { return ''; }
    var s = t.replace(/^ +/, ''), c = s.charAt(0);
    var formula = c !== '' && ('=+@\t\r'.indexOf(c) >= 0 || (c === '-' && !/^[0-9]+(\.[0-9]+)?$/.test(s.slice(1))));
    var quote = /[",\n\r]/.test(t);
    return (quote ? '"' : '') + (formula ? "'" : '') + t.replace(/"/g, '""') + (quote ? '"' : '');
  }
  function line(cells, value) { return Array.prototype.map.call(cells, function (c) { return field(value(c)); }).join(',') + '\r\n'; }
  // A cell's value by jixiaoPlainValue; in a compact number column (nK) — is no value.
  function cellValue(table, c) {
    var compact = !c.hasAttribute('data-value') && table.classList.contains('n' + (c.cellIndex + 1));
    return compact && c.textContent === '\u2014' ? '' : jixiaoPlainValue(table, c);
  }
  function csv(table) {
    var out = '\ufeff' + line(table.tHead.rows[0].cells, function (c) { return c.textContent; });
    Array.prototype.forEach.call(table.tBodies, function (tb) {
      Array.prototype.forEach.call(tb.rows, function (r) {
        out += line(r.cells, function (c) { return cellValue(table, c); });
      });
    });
    return out;
  }
  Array.prototype.forEach.call(document.querySelectorAll('a.download[data-csv]'), function (a) {
    var table = document.getElementById((a.getAttribute('href') || '').slice(1));
    if (table && table.tHead) { a.setAttribute('href', 'data:text/csv;charset=utf-8,' + encodeURIComponent(csv(table))); }
  });
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

/* Policy pages: calculators (issue 15). Each div.calculator carries its rate table in
 * data-calc (exact decimal strings); the result is computed in integer millionths with
 * BigInt exactly as the engine does (RateTable+Evaluation.swift, DecimalNumber): products
 * rounded to six places half away from zero, a pay item rounded to the cent half-up. */
(function () {
  'use strict';
  var boxes = document.querySelectorAll('div.calculator[data-calc]');
  var payBoxes = document.querySelectorAll('div.calculator[data-pay-calc]');
  if ((!boxes.length && !payBoxes.length) || typeof BigInt !== 'function') { return; }
  var SCALE = BigInt(1000000), ZERO = BigInt(0), ONE = BigInt(1), TWO = BigInt(2), TEN = BigInt(10);
  var MAX = BigInt('1000000000000000') * SCALE;
  function abs(a) { return a < ZERO ? -a : a; }
  function divRound(a, b) {
    var q = a / b, r = a % b;
    if (abs(r) * TWO >= abs(b)) { return (a < ZERO) !== (b < ZERO) ? q - ONE : q + ONE; }
    return q;
  }
  function mul(a, b) { return divRound(a * b, SCALE); }
  // Decimal text (as an <input type="number"> gives it, exponent allowed) → millionths; null when not a number.
  function parse(text) {
    var m = /^\s*([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?\s*$/.exec(String(text));
    if (!m || (m[2] + (m[3] || '')) === '') { return null; }
    var digits = m[2] + (m[3] || ''), places = (m[3] || '').length - (m[4] ? parseInt(m[4], 10) : 0);
    if (places < 0) { digits += new Array(-places + 1).join('0'); places = 0; }
    if (places > 12) { return null; }
    var units = BigInt(digits || '0'), value;
    if (places <= 6) { value = units * TEN ** BigInt(6 - places); } else { value = divRound(units, TEN ** BigInt(places - 6)); }
    if (value > MAX) { return null; }
    return m[1] === '-' ? -value : value;
  }
  function num(s) { return s === null || s === undefined ? null : parse(s); }
  function reaches(b, x) { return b.inclusive ? x >= b.lower : x > b.lower; }
  function evaluate(t, x) {
    if (t.minimum !== null && x < t.minimum) { return ZERO; }
    var top = -1;
    for (var i = 0; i < t.brackets.length && reaches(t.brackets[i], x); i++) { top = i; }
    if (top < 0) { return ZERO; }
    var b = t.brackets[top];
    switch (t.method) {
      case 'progressive':
        var total = ZERO;
        for (var k = 0; k <= top; k++) {
          var upper = x, next = k + 1 < t.brackets.length ? t.brackets[k + 1].lower : null;
          if (next !== null && next < x) { upper = next; }
          var part = upper - t.brackets[k].lower;
          if (part > ZERO) { total += mul(part, t.brackets[k].rate); }
        }
        return total + b.fixed;
      case 'bracket': return mul(x - (b.base === null ? b.lower : b.base), b.rate) + b.fixed;
      case 'retroactive': return mul(x, b.rate) + b.fixed;
      default: return b.value === null ? ZERO : b.value;
    }
  }
  // Millionths → text: shortest exact ("1234.5"), or with exactly `fixed` places; grouped by thousands when asked.
  function text(v, fixed, group) {
    var neg = v < ZERO, a = abs(v), whole = (a / SCALE).toString(), frac = (a % SCALE).toString();
    frac = ('000000' + frac).slice(-6);
    frac = fixed === null ? frac.replace(/0+$/, '') : frac.slice(0, fixed);
    if (group) { whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ','); }
    return (neg ? '-' : '') + whole + (frac ? '.' + frac : '');
  }
  function table(json) {
    var t = typeof json === 'string' ? JSON.parse(json) : json;
    return {
      method: t.method, minimum: num(t.minimum), round: !!t.round,
      brackets: t.brackets.map(function (b) {
        return { lower: num(b.lower), inclusive: !!b.inclusive, rate: num(b.rate), fixed: num(b.fixed), base: num(b.base), value: num(b.value) };
      })
    };
  }
  Array.prototype.forEach.call(boxes, function (box) {
    var input = box.querySelector('input'), out = box.querySelector('output');
    if (!input || !out) { return; }
    var t;
    try { t = table(box.getAttribute('data-calc')); } catch (err) { return; }
    var money = box.getAttribute('data-calc-money') || '';
    function show() {
      var raw = input.value, x = raw === '' ? null : parse(raw);
      if (x === null) {
        out.removeAttribute('data-value');
        out.textContent = box.getAttribute(raw === '' && !(input.validity && input.validity.badInput) ? 'data-text-empty' : 'data-text-invalid') || '';
        return;
      }
      var v = evaluate(t, x);
      if (t.round) { v = divRound(v, BigInt(10000)) * BigInt(10000); }
      out.setAttribute('data-value', text(v, null, false));
      var shown = money ? (v < ZERO ? '-' : '') + money + text(abs(v), 2, true) : text(v, null, true);
      out.textContent = String(box.getAttribute('data-text-result') || '{value}').replace('{value}', shown);
    }
    input.addEventListener('input', show);
    input.addEventListener('change', show);
    show();
  });

  /* Pay-item calculators: data-pay-calc holds {inputs, tables, f}, f the formula's tree
   * (PayCalculator+Data.swift). Evaluated as the engine's stack machine does
   * (FormulaProgram+Steps.swift): + and - exact, * / % rounded to six places half away from
   * zero, IF lazy, every other argument evaluated; a fault (division by zero, overflow, a bad
   * ROUND place count) gives no amount, like the engine; the item is rounded to the cent. */
  var FAULT = { fault: true }, INT128 = (ONE << BigInt(127)) - ONE, HUNDRED = BigInt(100);
  function fits(v) { if (v === null || abs(v) > INT128) { throw FAULT; } return v; }
  function bool(b) { return b ? SCALE : ZERO; }
  function run(node, xs, tables) {
    var op = node[0];
    if (op === 'n') { if (node[1] === null) { throw FAULT; } return parse(node[1]); }
    if (op === 'x') { return xs[node[1]]; }
    if (op === 'IF') {
      if (run(node[1], xs, tables) !== ZERO) { return run(node[2], xs, tables); }
      return node.length > 3 ? run(node[3], xs, tables) : ZERO;
    }
    if (op === 't') { return fits(evaluate(tables[node[1]], run(node[2], xs, tables))); }
    var v = node.slice(1).map(function (n) { return run(n, xs, tables); }), a = v[0], b = v[1];
    switch (op) {
      case '+': return fits(a + b);
      case '-': return fits(a - b);
      case '*': return divRound(fits(a * b), SCALE);
      case '/': if (b === ZERO) { throw FAULT; } return divRound(fits(a * SCALE), b);
      case '=': return bool(a === b);
      case '<>': return bool(a !== b);
      case '<': return bool(a < b);
      case '<=': return bool(a <= b);
      case '>': return bool(a > b);
      case '>=': return bool(a >= b);
      case 'and': case 'AND': return bool(v.every(function (x) { return x !== ZERO; }));
      case 'or': case 'OR': return bool(v.some(function (x) { return x !== ZERO; }));
      case 'not': case 'NOT': return bool(a === ZERO);
      case 'neg': return fits(-a);
      case 'pct': return divRound(a, HUNDRED);
      case 'ABS': return fits(abs(a));
      case 'MIN': return v.reduce(function (m, x) { return x < m ? x : m; });
      case 'MAX': return v.reduce(function (m, x) { return x > m ? x : m; });
      case 'SUM': return fits(v.reduce(function (s, x) { return s + x; }, ZERO));
      case 'AVERAGE':
        return divRound(fits(fits(v.reduce(function (s, x) { return s + x; }, ZERO)) * SCALE), BigInt(v.length) * SCALE);
      case 'CLAMP': if (b > v[2]) { throw FAULT; } return a < b ? b : (a > v[2] ? v[2] : a);
      case 'ROUND': case 'ROUNDDOWN': return round(a, v.length > 1 ? b : ZERO, op === 'ROUNDDOWN');
      default: throw FAULT;
    }
  }
  function round(x, places, down) {
    if (places % SCALE !== ZERO) { throw FAULT; }
    var n = places / SCALE;
    if (n >= BigInt(6)) { return x; }
    if (n < BigInt(-30)) { return ZERO; }
    var unit = TEN ** (BigInt(6) - n);
    return fits((down ? x / unit : divRound(x, unit)) * unit);
  }
  Array.prototype.forEach.call(payBoxes, function (box) {
    var spec, tables, inputs = box.querySelectorAll('input'), out = box.querySelector('output');
    try {
      spec = JSON.parse(box.getAttribute('data-pay-calc'));
      tables = spec.tables.map(table);
    } catch (err) { return; }
    if (!out || inputs.length !== spec.inputs.length) { return; }
    var money = box.getAttribute('data-calc-money') || '';
    function say(value) { return String(box.getAttribute('data-text-result') || '{value}').replace('{value}', value); }
    function show() {
      var xs = [], state = '';
      Array.prototype.forEach.call(inputs, function (input) {
        var raw = input.value, x = raw === '' ? null : parse(raw);
        if (x === null && !state) { state = raw === '' && !(input.validity && input.validity.badInput) ? 'data-text-empty' : 'data-text-invalid'; }
        xs.push(x);
      });
      out.removeAttribute('data-value');
      if (state) { out.textContent = box.getAttribute(state) || ''; return; }
      var v;
      try { v = run(spec.f, xs, tables); } catch (err) { if (err !== FAULT) { throw err; } out.textContent = say('\u2014'); return; }
      v = divRound(v, BigInt(10000)) * BigInt(10000);
      out.setAttribute('data-value', text(v, null, false));
      out.textContent = say((v < ZERO ? '-' : '') + money + text(abs(v), 2, true));
    }
    Array.prototype.forEach.call(inputs, function (input) {
      input.addEventListener('input', show);
      input.addEventListener('change', show);
    });
    show();
  });
}());

/* Staff home (issue 15): "applies to me" — choosing a role hides the policies limited to
 * other roles (data-roles, space-separated; empty = every role) and empty department groups. */
(function () {
  'use strict';
  var select = document.querySelector('select[data-role-filter]');
  if (!select) { return; }
  var status = document.getElementById('role-filter-status');
  var items = document.querySelectorAll('li[data-roles]');
  function apply() {
    var role = select.value, shown = 0;
    Array.prototype.forEach.call(items, function (li) {
      var roles = (li.getAttribute('data-roles') || '').split(' ').filter(Boolean);
      li.hidden = !!role && roles.length > 0 && roles.indexOf(role) < 0;
      if (!li.hidden) { shown += 1; }
    });
    Array.prototype.forEach.call(document.querySelectorAll('section.policy-group'), function (group) {
      group.hidden = !group.querySelector('li[data-roles]:not([hidden])');
    });
    if (status) {
      status.textContent = role ? String(select.getAttribute('data-text-status') || '{shown} / {total}')
        .replace('{shown}', shown).replace('{total}', items.length) : '';
    }
  }
  select.addEventListener('change', apply);
  apply();
}());

/* UX (issue 19, item 5): alerts that triage. The alerts page carries every alert in a JSON
 * island (#alerts-data: look-up lists and one row of indexes per alert, in triage order);
 * the filter form (hidden without a script) filters ALL of them by severity, department
 * (with its sub-departments), kind, month and text, renders the matches into the table,
 * updates the counts in the options and the status line, and keeps the state in the URL. */
(function () {
  'use strict';
  var doc = document;
  var form = doc.getElementById('alert-filters');
  var island = doc.getElementById('alerts-data');
  var table = form ? doc.getElementById(form.getAttribute('data-alerts-for') || '') : null;
  if (!form || !island || !table || !table.tBodies.length) { return; }
  var data;
  try { data = JSON.parse(island.textContent); } catch (err) { return; }
  if (!data || !Array.isArray(data.rows)) { return; }
  var LIMIT = 1000;
  var names = ['severity', 'department', 'kind', 'month'];
  var status = form.querySelector('.alert-filter-status');
  var q = form.querySelector('input[name="q"]');
  function text(pattern, values) {
    return String(pattern || '').replace(/\{(\w+)\}/g, function (m, k) { return k in values ? values[k] : m; });
  }
  function norm(s) { return String(s || '').toLowerCase().replace(/\s+/g, ' ').trim(); }
  function safe(u) { return !!u && !/^[a-z][a-z0-9+.-]*:|^[\/\\]/i.test(u); }
  var deptIndex = {};
  data.departments.forEach(function (d, i) { deptIndex[d[0]] = i; });
  // Each row once: its keys for the selects and its words for the text box.
  var rows = data.rows.map(function (r) {
    var m = data.months[r[0]] || ['', ''], s = data.severities[r[1]] || ['', ''], d = data.departments[r[4]] || ['', '', '', []];
    var p = r[3] >= 0 ? data.people[r[3]] : null, y = r[6] >= 0 ? data.policies[r[6]] : null;
    return {
      r: r, p: p, y: y, m: m, s: s, d: d, kind: String(data.kinds[r[2]] || r[2]),
      keys: { severity: s[0], kind: r[2], month: m[0] }, chain: d[3] || [],
      words: norm([m[1], s[1], data.kinds[r[2]], p ? p[0] : '', d[1], r[5], y ? y[0] : ''].join(' '))
    };
  });
  function select(name) { return form.querySelector('select[name="' + name + '"]'); }
  function state() {
    var st = { q: norm(q ? q.value : '') };
    names.forEach(function (n) { var s = select(n); st[n] = s ? s.value : ''; });
    return st;
  }
  function matches(row, st, skip) {
    for (var i = 0; i < names.length; i++) {
      var n = names[i], v = st[n];
      if (!v || n === skip) { continue; }
      if (n === 'department') {
        if (!(v in deptIndex) || row.chain.indexOf(deptIndex[v]) < 0) { return false; }
      } else if (row.keys[n] !== v) { return false; }
    }
    if (st.q) {
      var ts = st.q.split(' ');
      for (var t = 0; t < ts.length; t++) { if (row.words.indexOf(ts[t]) < 0) { return false; } }
    }
    return true;
  }
  function cell(tr, value, cls, href) {
    var td = doc.createElement('td');
    if (cls) { td.className = cls; }
    if (href && safe(href)) {
      var a = doc.createElement('a');
      a.href = href;
      a.textContent = value;
      td.appendChild(a);
    } else {
      td.textContent = value;
    }
    tr.appendChild(td);
  }
  function render(list) {
    var frag = doc.createDocumentFragment();
    list.slice(0, LIMIT).forEach(function (row) {
      var tr = doc.createElement('tr');
      cell(tr, row.m[1]);
      cell(tr, row.s[1], 'severity severity-' + row.s[0]);
      cell(tr, row.kind);
      if (row.p) { cell(tr, row.p[0], 'name', row.p[1]); } else { cell(tr, ''); }
      cell(tr, row.d[1], 'name', row.d[2]);
      cell(tr, row.r[5], 'wrap');
      if (row.y) { cell(tr, row.y[0], '', row.y[1]); } else { cell(tr, ''); }
      frag.appendChild(tr);
    });
    var body = table.tBodies[0];
    while (body.firstChild) { body.removeChild(body.firstChild); }
    body.appendChild(frag);
    Array.prototype.forEach.call(table.querySelectorAll('th[aria-sort]'), function (th) { th.removeAttribute('aria-sort'); });
  }
  function counts(st) {
    names.forEach(function (n) {
      var s = select(n), tally = {};
      if (!s) { return; }
      rows.forEach(function (row) {
        if (!matches(row, st, n)) { return; }
        if (n === 'department') {
          row.chain.forEach(function (i) { var id = data.departments[i] ? data.departments[i][0] : ''; tally[id] = (tally[id] || 0) + 1; });
        } else {
          tally[row.keys[n]] = (tally[row.keys[n]] || 0) + 1;
        }
      });
      Array.prototype.forEach.call(s.options, function (o) {
        if (!o.value) { return; }
        o.textContent = text(form.getAttribute('data-text-option') || '{label} ({count})', { label: o.getAttribute('data-label') || o.value, count: tally[o.value] || 0 });
      });
    });
  }
  function remember(st) {
    var parts = [];
    names.concat(['q']).forEach(function (n) {
      var v = n === 'q' ? (q ? q.value.trim() : '') : st[n];
      if (v) { parts.push(n + '=' + encodeURIComponent(v)); }
    });
    try {
      window.history.replaceState(null, '', (parts.length ? '?' + parts.join('&') : window.location.pathname) + window.location.hash);
    } catch (err) { /* file:// in some browsers */ }
  }
  function apply(keepURL) {
    var st = state();
    var list = rows.filter(function (row) { return matches(row, st, null); });
    render(list);
    counts(st);
    if (status) {
      status.textContent = text(form.getAttribute('data-text-status') || '{matched} / {total}', { matched: list.length, total: rows.length, shown: Math.min(list.length, LIMIT) });
    }
    var cap = table.caption ? table.caption.querySelector('.muted') : null;
    if (cap) { cap.hidden = list.length <= LIMIT; }
    if (!keepURL) { remember(st); }
  }
  // The state from the URL (?severity=critical&department=cs&kind=streak&month=2026-11&q=…).
  window.location.search.replace(/^\?/, '').split('&').forEach(function (pair) {
    var kv = pair.split('='), n = kv[0], v;
    try { v = decodeURIComponent((kv[1] || '').replace(/\+/g, ' ')); } catch (err) { return; }
    if (n === 'q' && q) { q.value = v; return; }
    var s = names.indexOf(n) >= 0 ? select(n) : null;
    if (s && Array.prototype.some.call(s.options, function (o) { return o.value === v; })) { s.value = v; }
  });
  // The note "download the CSV for all rows" no longer applies: every alert can be shown.
  var wrap = table.closest('.table-wrap');
  var note = wrap ? wrap.nextElementSibling : null;
  if (note && note.tagName === 'P' && note.className === 'muted') { note.hidden = true; }
  form.hidden = false;
  form.addEventListener('change', function () { apply(false); });
  form.addEventListener('input', function () { apply(false); });
  form.addEventListener('submit', function (ev) { ev.preventDefault(); });
  form.addEventListener('reset', function () { window.setTimeout(function () { apply(false); }, 0); });
  apply(true);
}());

/* UX (issue 19, item 12): chart data tables print open; closed ones close again afterwards. */
(function () {
  'use strict';
  var opened = [];
  window.addEventListener('beforeprint', function () {
    Array.prototype.forEach.call(document.querySelectorAll('details.chart-data:not([open])'), function (d) {
      d.open = true;
      opened.push(d);
    });
  });
  window.addEventListener('afterprint', function () {
    opened.forEach(function (d) { d.open = false; });
    opened = [];
  });
}());
