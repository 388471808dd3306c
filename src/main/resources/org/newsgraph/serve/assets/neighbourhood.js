/*
 * The entity page's neighbourhood graph, drawn by cytoscape.js (served from this server's /assets/).
 * Reads the JSON named by the data-src attribute of #graph, colours nodes by kind and styles edges by the
 * status of their claims (both given by the server), and opens a node's or edge's page on click.
 * Without JavaScript the panel stays hidden and the page's tables say the same.
 */
(function () {
  'use strict';
  var panel = document.getElementById('graph-panel');
  var box = document.getElementById('graph');
  if (!panel || !box || typeof window.cytoscape !== 'function') {
    return;
  }
  panel.hidden = false;

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
      'curve-style': 'bezier', 'width': 2, 'line-color': 'data(color)', 'line-style': 'data(lineStyle)',
      'target-arrow-shape': 'triangle', 'target-arrow-color': 'data(color)', 'arrow-scale': 0.8,
      'label': 'data(label)', 'font-size': 9, 'color': '#444', 'text-rotation': 'autorotate',
      'text-background-color': '#fcfcfc', 'text-background-opacity': 0.85,
      'text-background-padding': 1 } },
    { selector: 'node:active, edge:active', style: { 'overlay-opacity': 0.15 } }
  ];

  function draw(graph) {
    var cy = window.cytoscape({
      container: box,
      elements: { nodes: graph.nodes, edges: graph.edges },
      style: style,
      layout: {
        name: 'concentric', animate: false, padding: 30, minNodeSpacing: 40,
        concentric: function (n) { return n.data('center') ? 3 : (n.data('kind') === 'Event' ? 1 : 2); },
        levelWidth: function () { return 1; }
      },
      wheelSensitivity: 0.3
    });
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

  fetch(box.getAttribute('data-src'), { headers: { 'Accept': 'application/json' } })
    .then(function (r) {
      if (!r.ok) { throw new Error('HTTP ' + r.status); }
      return r.json();
    })
    .then(draw)
    .catch(function (e) {
      box.textContent = 'The graph could not be drawn (' + e.message + '); the tables below list the same.';
      box.setAttribute('data-ready', 'error');
    });
}());
