/*
 * The entity page's neighbourhood graph, drawn by cytoscape.js (served from this server's /assets/).
 * Reads the JSON named by the data-src attribute of #graph, colours nodes by kind and styles edges by the
 * status of their claims (both given by the server), and opens a node's or edge's page on click.
 * The panel stays hidden without JavaScript (the page's tables say the same) and when nothing is linked.
 */
(function () {
  'use strict';
  var panel = document.getElementById('graph-panel');
  var box = document.getElementById('graph');
  if (!panel || !box || typeof window.cytoscape !== 'function') {
    return;
  }

  var style = [
    { selector: 'node', style: {
      'background-color': 'data(color)', 'label': 'data(label)', 'width': 18, 'height': 18,
      'font-size': 11, 'color': '#222', 'text-valign': 'bottom', 'text-margin-y': 3,
      'text-wrap': 'wrap', 'text-max-width': 130,
      'text-background-color': '#fcfcfc', 'text-background-opacity': 0.8 } },
    { selector: 'node[?center]', style: {
      'width': 30, 'height': 30, 'border-width': 3, 'border-color': '#222', 'font-weight': 'bold',
      'font-size': 13 } },
    { selector: 'node[kind = "Event"]', style: { 'shape': 'round-rectangle' } },
    { selector: 'edge', style: {
      'curve-style': 'bezier', 'control-point-step-size': 36, 'width': 2, 'line-color': 'data(color)', 'line-style': 'data(lineStyle)',
      'target-arrow-shape': 'triangle', 'target-arrow-color': 'data(color)', 'arrow-scale': 0.8,
      'label': 'data(label)', 'font-size': 9, 'color': '#444', 'text-rotation': 'autorotate',
      'text-background-color': '#fcfcfc', 'text-background-opacity': 0.85,
      'text-background-padding': 1 } },
    { selector: 'node:active, edge:active', style: { 'overlay-opacity': 0.15 } }
  ];

  function draw(graph) {
    if (graph.edges.length === 0) { // nothing linked (a claim's page): no picture
      box.setAttribute('data-ready', 'empty');
      return;
    }
    panel.hidden = false;
    var cy = window.cytoscape({
      container: box,
      elements: { nodes: graph.nodes, edges: graph.edges },
      style: style,
      layout: { name: 'preset' },
      minZoom: 0.2, maxZoom: 1.4,
      wheelSensitivity: 0.3
    });
    var events = cy.nodes('[kind = "Event"][type != "NamedEvent"]');
    var toggle = document.getElementById('graph-events');
    if (toggle) {
      toggle.checked = false;
      toggle.addEventListener('change', function () { show(cy, events, toggle.checked); });
      document.getElementById('graph-events-count').textContent = String(events.length);
    }
    show(cy, events, false);
    cy.on('tap', 'node, edge', function (event) {
      var href = event.target.data('href');
      if (href && !event.target.data('center')) {
        window.location.assign(href);
      }
    });
    cy.on('mouseover', 'node, edge', function (event) {
      box.style.cursor = event.target.data('href') ? 'pointer' : 'default';
    });
    cy.on('mouseout', 'node, edge', function () { box.style.cursor = 'default'; });
    window.newsgraphGraph = cy;
    box.setAttribute('data-ready', 'true');
  }

  // The node in the middle, its neighbours on a ring around it (entities first, then events: events
  // hang off their participants and are shown on request).
  function show(cy, events, visible) {
    events.style('display', visible ? 'element' : 'none');
    box.classList.toggle('tall', visible); // a larger ring needs more room
    cy.resize();
    var shown = cy.elements(':visible');
    shown.layout({
      name: 'concentric', animate: false, padding: 25, minNodeSpacing: visible ? 25 : 60,
      spacingFactor: Math.max(1, 10 / shown.nodes().length), // a few neighbours: a wider ring
      concentric: function (n) { return n.data('center') ? 2 : 1; },
      levelWidth: function () { return 1; },
      sort: function (a, b) {
        var ka = a.data('kind') === 'Event' ? 1 : 0;
        var kb = b.data('kind') === 'Event' ? 1 : 0;
        return ka - kb || (a.data('label') < b.data('label') ? -1 : a.data('label') > b.data('label') ? 1 : 0);
      }
    }).run();
    cy.fit(shown, 25);
  }

  fetch(box.getAttribute('data-src'), { headers: { 'Accept': 'application/json' } })
    .then(function (r) {
      if (!r.ok) { throw new Error('HTTP ' + r.status); }
      return r.json();
    })
    .then(draw)
    .catch(function (e) {
      panel.hidden = false;
      box.textContent = 'The graph could not be drawn (' + e.message + '); the tables below list the same.';
      box.setAttribute('data-ready', 'error');
    });
}());
