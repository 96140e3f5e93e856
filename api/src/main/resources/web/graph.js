// The graph explorer: Cytoscape.js (served from its WebJar) over GET /api/graph.
const CYTOSCAPE = '/webjars/cytoscape/3.33.1/dist/cytoscape.min.js';
const COLORS = { Paper: '#8c959f', Researcher: '#0b5cad', Topic: '#bf3989', Skill: '#1a7f37' };

function loadScript(src) {
  return new Promise((resolve, reject) => {
    if (window.cytoscape) return resolve(window.cytoscape);
    const s = document.createElement('script');
    s.src = src;
    s.onload = () => resolve(window.cytoscape);
    s.onerror = () => reject(new Error('cannot load the graph library'));
    document.head.append(s);
  });
}

async function neighbourhood(center) {
  const response = await fetch(`/api/graph?${new URLSearchParams({ center, depth: '1', limit: '80' })}`);
  const body = await response.json();
  if (!response.ok) throw new Error(body.detail ? `${body.error}: ${body.detail}` : body.error);
  return body;
}

function elements(graph) {
  return [
    ...graph.nodes.map((n) => ({ group: 'nodes', data: { id: n.id, label: n.name, type: n.label } })),
    ...graph.edges.map((e) => ({ group: 'edges', data: { id: `${e.source}>${e.type}>${e.target}`, source: e.source, target: e.target, type: e.type } })),
  ];
}

function pageOf(node) {
  const [kind, ...rest] = node.id().split(':');
  const id = encodeURIComponent(rest.join(':'));
  return { paper: `#/paper/${id}`, researcher: `#/researcher/${id}`, topic: `#/topic/${id}`, skill: `#/skill/${id}` }[kind.toLowerCase()];
}

export default async function draw(container, center, form) {
  const cytoscape = await loadScript(CYTOSCAPE);
  const cy = cytoscape({
    container,
    elements: elements(await neighbourhood(center)),
    style: [
      { selector: 'node', style: { label: 'data(label)', 'font-size': 10, 'text-wrap': 'ellipsis', 'text-max-width': 120, 'background-color': (n) => COLORS[n.data('type')] || '#999' } },
      { selector: 'edge', style: { width: 1, 'line-color': '#d0d7de', 'curve-style': 'bezier' } },
      { selector: '.hidden', style: { display: 'none' } },
    ],
    layout: { name: 'cose', animate: false },
  });
  container.dataset.nodes = String(cy.nodes().length);
  window.keepupGraph = cy; // for tests and the browser console
  cy.on('tap', 'node', async (event) => {
    const more = await neighbourhood(event.target.id().replace(/^([A-Za-z]+):/, (m, k) => `${k.toLowerCase()}:`));
    cy.add(elements(more).filter((e) => cy.getElementById(e.data.id).empty()));
    cy.layout({ name: 'cose', animate: false }).run();
    container.dataset.nodes = String(cy.nodes().length);
  });
  cy.on('dbltap', 'node', (event) => {
    const page = pageOf(event.target);
    if (page) location.hash = page;
  });
  form.querySelectorAll('input[name=type]').forEach((box) => box.addEventListener('change', () => {
    cy.nodes(`[type = "${box.value}"]`).toggleClass('hidden', !box.checked);
  }));
  return cy;
}
