// Keepup web UI: a small hash-routed page over the JSON API. No framework, no build step.
const main = document.getElementById('main');

const esc = (s) => String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
// Snippets and title highlights come as escaped text with <mark> around matches: keep the marks,
// turn anything else into plain text (template content is inert, so nothing in it runs).
function highlighted(html) {
  const t = document.createElement('template');
  t.innerHTML = String(html ?? '');
  t.content.querySelectorAll('*').forEach((el) => {
    if (el.tagName !== 'MARK') el.replaceWith(document.createTextNode(el.textContent));
  });
  t.content.querySelectorAll('mark').forEach((m) => { for (const a of [...m.attributes]) m.removeAttribute(a.name); });
  return t.innerHTML;
}
// Abstracts keep their LaTeX; inline math is shown in a monospace span instead of raw dollars.
const withMath = (s) => esc(s).replace(/\$([^$]{1,200})\$/g, '<code class="math">$1</code>');
const day = (t) => (t ? String(t).slice(0, 10) : '');
const enc = encodeURIComponent;

async function api(path) {
  const response = await fetch(path, { headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => ({ error: 'bad answer', detail: response.statusText }));
  if (!response.ok) {
    throw new Error(body.detail ? `${body.error}: ${body.detail}` : body.error || response.statusText);
  }
  return body;
}

// A write request: JSON in, the answer's JSON out, the API's error detail as the message on failure.
async function send(method, path, body) {
  const init = { method, headers: { Accept: 'application/json' } };
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  const response = await fetch(path, init);
  const answer = response.status === 204 ? {} : await response.json().catch(() => ({ error: response.statusText }));
  if (!response.ok) throw new Error(answer.detail || answer.error || response.statusText);
  return answer;
}

function show(html, title) {
  main.innerHTML = html;
  document.title = title ? `${title} · Keepup` : 'Keepup';
}

function showError(e) {
  show(`<p class="error" role="alert">${esc(e.message)}</p>`, 'Error');
}

function params(query) {
  return Object.fromEntries(new URLSearchParams(query || ''));
}

function authorLinks(authors) {
  return (authors || []).map((a) => {
    const name = typeof a === 'string' ? a : a.name;
    return `<a href="#/researcher/${enc(name)}">${esc(name)}</a>`;
  }).join(', ');
}

function tagList(kind, tags) {
  if (!tags || tags.length === 0) return '';
  return `<ul class="tags" aria-label="${kind}s">${tags.map((t) => {
    const id = typeof t === 'string' ? t : t.id;
    const label = typeof t === 'string' ? t : t.label || t.id;
    return `<li><a href="#/${kind}/${enc(id)}">${esc(label)}</a></li>`;
  }).join('')}</ul>`;
}

function hitItem(h) {
  return `<li class="hit">
    <h2><a href="#/paper/${enc(h.id)}">${h.title_highlight ? highlighted(h.title_highlight) : esc(h.title)}</a></h2>
    <div class="meta">${authorLinks(h.authors)} · ${esc(day(h.published))} · ${esc((h.categories || []).join(', '))}</div>
    ${h.snippet ? `<p class="snippet">${highlighted(h.snippet)}</p>` : ''}
    ${tagList('topic', h.topics)}
  </li>`;
}

function facetBlock(name, label, counts, p) {
  if (!counts || counts.length === 0) return '';
  return `<h3>${esc(label)}</h3><ul>${counts.map((c) => {
    const filter = name === 'year' ? { from: `${c.value}-01-01`, to: `${c.value}-12-31` } : { [name]: c.value };
    const next = { ...p, ...filter, cursor: '' };
    return `<li><a href="#/?${new URLSearchParams(next)}">${esc(c.value)}</a> <span class="count">${c.count}</span></li>`;
  }).join('')}</ul>`;
}

async function searchPage(query) {
  const p = params(query);
  const q = p.q || '';
  const form = `<form class="search" role="search" id="search-form">
      <label class="visually-hidden" for="q">Search papers</label>
      <input type="search" id="q" name="q" value="${esc(q)}" placeholder='diffusion models, "graph neural networks", author:hinton, cat:cs.LG' autofocus>
      <label for="sort">Sort</label>
      <select id="sort" name="sort">
        ${['relevance', 'newest', 'fresh'].map((s) => `<option value="${s}" ${p.sort === s ? 'selected' : ''}>${s}</option>`).join('')}
      </select>
      <button type="submit">Search</button>
    </form>`;
  if (!q) {
    show(`${form}<p class="empty">Search recent papers by words, "phrases", <code>author:</code>, <code>title:</code>, <code>cat:</code>, <code>topic:</code>, <code>skill:</code>, <code>year:2025</code>; combine with AND, OR, NOT.</p>`, 'Search');
    bindSearch(p);
    return;
  }
  show(`${form}<p class="loading">Searching…</p>`, q);
  bindSearch(p);
  try {
    const r = await api(`/api/search?${new URLSearchParams({ facets: 'all', ...p, limit: p.limit || '20' })}`);
    const facets = r.facets || {};
    const results = r.hits.length === 0
      ? '<p class="empty">No paper matches.</p>'
      : `<ol class="hits">${r.hits.map(hitItem).join('')}</ol>`;
    const next = r.next_cursor ? `<div class="pager"><a class="next" href="#/?${new URLSearchParams({ ...p, cursor: r.next_cursor })}">Next page</a></div>` : '';
    show(`${form}<p class="meta" id="total">${r.total} ${r.total === 1 ? 'paper' : 'papers'}</p>
      <div class="layout">
        <aside class="facets" aria-label="Filters">
          ${facetBlock('cat', 'Categories', facets.categories || facets.category, p)}
          ${facetBlock('topic', 'Topics', facets.topics || facets.topic, p)}
          ${facetBlock('skill', 'Skills', facets.skills || facets.skill, p)}
          ${facetBlock('year', 'Years', facets.years || facets.year, p)}
          ${facetBlock('author', 'Authors', facets.authors || facets.author, p)}
          <p><a href="#/subscriptions?q=${enc(q)}">Subscribe to this search</a></p>
        </aside>
        <section aria-label="Results">${results}${next}</section>
      </div>`, q);
    bindSearch(p);
  } catch (e) {
    show(`${form}<p class="error" role="alert">${esc(e.message)}</p>`, q);
    bindSearch(p);
  }
}

function bindSearch(p) {
  const formElement = document.getElementById('search-form');
  formElement?.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(formElement);
    const next = new URLSearchParams({ q: data.get('q'), sort: data.get('sort') });
    location.hash = `#/?${next}`;
  });
}

async function paperPage(id) {
  try {
    const p = await api(`/api/papers/${id}`);
    const similar = await api(`/api/papers/${id}/similar`).catch(() => ({ hits: [] }));
    show(`<article class="paper">
        <h1>${esc(p.title)}</h1>
        <p class="meta">${authorLinks(p.authors)}</p>
        <p class="meta">arXiv:${esc(p.id)}v${p.version} · submitted ${esc(day(p.published))} · updated ${esc(day(p.updated))} ·
          first seen by Keepup ${esc(day(p.first_seen))} · ${esc((p.categories || []).join(', '))}</p>
        ${tagList('topic', p.topics)}${tagList('skill', p.skills)}
        <h2>Abstract</h2>
        <p class="abstract">${withMath(p.summary)}</p>
        ${p.comment ? `<p class="meta">Comment: ${esc(p.comment)}</p>` : ''}
        ${p.journal_ref ? `<p class="meta">Journal: ${esc(p.journal_ref)}</p>` : ''}
        ${p.doi ? `<p class="meta">DOI: <a href="https://doi.org/${enc(p.doi)}">${esc(p.doi)}</a></p>` : ''}
        <p><a href="${esc(p.abs_url)}">Abstract on arXiv</a> · <a href="${esc(p.pdf_url)}">PDF</a></p>
        <h2>Similar papers</h2>
        ${similar.hits && similar.hits.length ? `<ol class="hits">${similar.hits.map(hitItem).join('')}</ol>` : '<p class="empty">None yet.</p>'}
      </article>`, p.title);
  } catch (e) {
    showError(e);
  }
}

const paperList = (papers) => (papers || []).map((p) => `<li class="hit"><h2><a href="#/paper/${enc(p.id)}">${esc(p.title)}</a></h2><div class="meta">${esc(day(p.published))}</div></li>`).join('');
const rankedLinks = (kind, list) => (list || []).map((r) => `<li><a href="#/${kind}/${enc(r.id)}">${esc(r.name)}</a> <span class="count">${Number(r.score).toFixed(2)}</span></li>`).join('');
const rankedTags = (kind, list) => tagList(kind, (list || []).map((r) => ({ id: r.id, label: r.name })));

async function researcherPage(key) {
  try {
    const r = await api(`/api/researchers/${key}`);
    show(`<h1>${esc(r.name)}</h1>
      <p><a href="#/graph?center=${enc('researcher:' + r.key)}">Explore in the graph</a>
        ${(r.organizations || []).length ? ` · ${esc(r.organizations.join('; '))}` : ''}</p>
      ${rankedTags('topic', r.topics)}${rankedTags('skill', r.skills)}
      <div class="layout"><aside><h2>Co-authors</h2><ul id="coauthors">${rankedLinks('researcher', r.coauthors) || '<li class="empty">None</li>'}</ul></aside>
      <section><h2>Papers</h2><ol class="hits">${paperList(r.papers)}</ol></section></div>`, r.name);
  } catch (e) {
    showError(e);
  }
}

async function topicPage(id) {
  try {
    const t = await api(`/api/topics/${id}`);
    show(`<h1>${esc(t.label)}</h1>
      <p class="meta">${t.papers} papers in the last year (${t.previous_papers} the year before) ·
        <a href="#/graph?center=${enc('topic:' + t.id)}">Explore in the graph</a> · <a href="#/subscriptions?topic=${enc(t.id)}">Subscribe</a></p>
      ${rankedTags('topic', t.broader)}
      <div class="layout"><aside><h2>Most influential</h2><ul>${rankedLinks('researcher', t.influential) || '<li class="empty">None yet</li>'}</ul>
        <h2>Most active</h2><ul>${rankedLinks('researcher', t.active) || '<li class="empty">None yet</li>'}</ul>
        <h2>Related topics</h2><ul>${rankedLinks('topic', t.related) || '<li class="empty">None yet</li>'}</ul></aside>
      <section><h2>Newest papers</h2><ol class="hits">${paperList(t.newest) || '<li class="empty">None yet</li>'}</ol></section></div>`, t.label);
  } catch (e) {
    showError(e);
  }
}

async function skillPage(id) {
  try {
    const [s, path] = await Promise.all([api(`/api/skills/${id}`), api(`/api/skills/${id}/path`).catch(() => ({ steps: [] }))]);
    const steps = (path.steps || []).map((step) => `<li><a href="#/skill/${enc(step.skill.id)}">${esc(step.skill.name)}</a>
      ${step.reading.length ? `<ul>${step.reading.map((p) => `<li><a href="#/paper/${enc(p.id)}">${esc(p.title)}</a></li>`).join('')}</ul>` : ''}</li>`).join('');
    show(`<h1>${esc(s.label)}</h1>
      <p><a href="#/graph?center=${enc('skill:' + s.id)}">Explore in the graph</a> · <a href="#/subscriptions?skill=${enc(s.id)}">Subscribe</a></p>
      <h2>Learning path</h2><ol id="learning-path">${steps || '<li class="empty">Nothing to learn first.</li>'}</ol>
      <div class="layout"><aside><h2>Researchers strong in it</h2><ul>${rankedLinks('researcher', s.researchers) || '<li class="empty">None yet</li>'}</ul></aside>
      <section><h2>Papers that use it</h2><ol class="hits">${paperList(s.papers) || '<li class="empty">None yet</li>'}</ol></section></div>`, s.label);
  } catch (e) {
    showError(e);
  }
}

async function graphPage(query) {
  const p = params(query);
  show(`<h1>Graph explorer</h1>
    <form class="toolbar" id="graph-form">
      <label for="center">Centre</label><input id="center" name="center" value="${esc(p.center || '')}" placeholder="researcher:Yoshua Bengio or topic:diffusion-models">
      <fieldset class="toolbar"><legend class="visually-hidden">Show</legend>
        ${['Paper', 'Researcher', 'Topic', 'Skill'].map((k) => `<label><input type="checkbox" name="type" value="${k}" checked> ${k}s</label>`).join('')}
      </fieldset>
      <button type="submit">Show</button>
    </form>
    <div id="graph" role="img" aria-label="Graph of researchers, topics, skills and papers"></div>
    <p class="meta">Click a node to expand it; double-click to open its page.</p>`, 'Graph');
  const formElement = document.getElementById('graph-form');
  formElement.addEventListener('submit', (event) => {
    event.preventDefault();
    location.hash = `#/graph?center=${enc(new FormData(formElement).get('center'))}`;
  });
  if (!p.center) return;
  const { default: draw } = await import('/graph.js');
  draw(document.getElementById('graph'), p.center, formElement).catch(showError);
}

// A subscription name is a key: lower case, digits, '.', '_' or '-'.
const slug = (text) => String(text || '').toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 64);

async function subscriptionsPage(query) {
  const p = params(query);
  try {
    const list = (await api('/api/subscriptions')).subscriptions;
    const rows = list.map((s) => `<tr><td>${esc(s.name)}</td><td>${esc(s.query || '')} ${esc([...(s.topics || []), ...(s.skills || [])].join(', '))}</td>
      <td>${esc(s.cadence)}</td><td><a href="/feeds/${enc(s.name)}.atom">Atom feed</a></td><td>${esc(day(s.watermark))}</td></tr>`).join('');
    show(`<h1>Subscriptions</h1>
      <form id="subscribe" class="toolbar">
        <label for="name">Name</label><input id="name" name="name" required pattern="[a-z0-9][a-z0-9._-]{0,63}" value="${esc(slug(p.q || p.topic || p.skill))}">
        <label for="sq">Query</label><input id="sq" name="query" value="${esc(p.q || '')}">
        <label for="topics">Topics</label><input id="topics" name="topics" value="${esc(p.topic || '')}">
        <label for="skills">Skills</label><input id="skills" name="skills" value="${esc(p.skill || '')}">
        <label for="cadence">Cadence</label><select id="cadence" name="cadence"><option>daily</option><option>weekly</option></select>
        <button type="submit">Subscribe</button>
      </form>
      <p id="subscribe-result" role="status"></p>
      <div class="table-scroll"><table><caption class="visually-hidden">Your subscriptions</caption>
        <thead><tr><th scope="col">Name</th><th scope="col">What</th><th scope="col">Cadence</th><th scope="col">Feed</th><th scope="col">Digested up to</th></tr></thead>
        <tbody>${rows}</tbody></table></div>`, 'Subscriptions');
    document.getElementById('subscribe').addEventListener('submit', async (event) => {
      event.preventDefault();
      const data = new FormData(event.target);
      const list = (name) => String(data.get(name) || '').split(',').map((v) => v.trim()).filter(Boolean);
      const body = { name: data.get('name'), query: data.get('query') || null, cadence: data.get('cadence'), topics: list('topics'), skills: list('skills') };
      const result = document.getElementById('subscribe-result');
      try {
        const answer = await send('POST', '/api/subscriptions', body);
        result.innerHTML = `Subscribed. <a id="feed-link" href="/feeds/${enc(answer.name)}.atom">Atom feed of ${esc(answer.name)}</a>`;
      } catch (e) {
        result.innerHTML = `<span class="error">${esc(e.message)}</span>`;
      }
    });
  } catch (e) {
    showError(e);
  }
}

function sourceRow(s) {
  const state = s.state || {};
  const remove = s.added
    ? `<button type="button" class="secondary" data-remove="${esc(s.id)}" aria-label="Stop following ${esc(s.name || s.id)}">Remove</button>`
    : '<span class="meta">configured</span>';
  return `<tr><th scope="row">${esc(s.name || s.id)}<div class="meta">${esc(s.url)}</div></th><td>${esc(s.kind)}</td><td>${esc(s.health)}</td>
    <td>${esc(day(state.last_success)) || 'never'}</td><td>${state.items_seen ?? 0}</td><td>${esc(state.last_error || '')}</td><td>${remove}</td></tr>`;
}

async function sourcesPage(message) {
  try {
    const list = await api('/api/sources');
    show(`<h1>Sources</h1>
      <form id="add-source" class="toolbar">
        <label for="source-url">Blog or feed URL</label>
        <input id="source-url" name="url" type="url" required maxlength="2000" placeholder="https://example.org/blog/">
        <label for="source-name">Name (optional)</label><input id="source-name" name="name" maxlength="200">
        <button type="submit">Follow</button>
      </form>
      <p id="source-result" role="status" tabindex="-1">${message || ''}</p>
      <div class="table-scroll"><table><caption class="visually-hidden">Sources and their health</caption>
        <thead><tr><th scope="col">Source</th><th scope="col">Kind</th><th scope="col">Health</th><th scope="col">Last success</th>
          <th scope="col">Items</th><th scope="col">Last error</th><th scope="col"><span class="visually-hidden">Action</span></th></tr></thead>
        <tbody>${list.sources.map(sourceRow).join('')}</tbody></table></div>`, 'Sources');
    const result = document.getElementById('source-result');
    const form = document.getElementById('add-source');
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const data = new FormData(form);
      const button = form.querySelector('button');
      button.disabled = true;
      result.textContent = 'Looking for the feed…';
      try {
        const added = await send('POST', '/api/sources', { url: data.get('url'), name: data.get('name') || null });
        await sourcesPage(`Following <strong>${esc(added.name)}</strong>: ${esc(added.feed)}`);
        document.getElementById('source-url').focus();
      } catch (e) {
        result.innerHTML = `<span class="error">${esc(e.message)}</span>`;
        button.disabled = false;
      }
    });
    main.querySelectorAll('button[data-remove]').forEach((button) => button.addEventListener('click', async () => {
      try {
        await send('DELETE', `/api/sources/${enc(button.dataset.remove)}`);
        await sourcesPage(`No longer following <strong>${esc(button.dataset.remove)}</strong>.`);
        document.getElementById('source-result').focus();
      } catch (e) {
        result.innerHTML = `<span class="error">${esc(e.message)}</span>`;
      }
    }));
  } catch (e) {
    showError(e);
  }
}

function route() {
  const hash = location.hash.replace(/^#/, '') || '/';
  const [path, query] = hash.split('?');
  const parts = path.split('/').filter(Boolean);
  const rest = parts.slice(1).join('/');
  switch (parts[0]) {
    case undefined: return searchPage(query);
    case 'paper': return paperPage(rest);
    case 'researcher': return researcherPage(rest);
    case 'topic': return topicPage(rest);
    case 'skill': return skillPage(rest);
    case 'graph': return graphPage(query);
    case 'subscriptions': return subscriptionsPage(query);
    case 'sources': return sourcesPage();
    default: return showError(new Error(`no page ${path}`));
  }
}

window.addEventListener('hashchange', () => {
  main.focus({ preventScroll: true });
  route();
});
route();
