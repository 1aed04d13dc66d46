/* global cytoscape, document, window, location */
// The bare page: bench/bare.html loads Cytoscape's UMD build, then this module.

const params = new URLSearchParams(location.search);
const container = document.getElementById("canvas");
container.style.width = `${Number(params.get("w") ?? "800")}px`;
container.style.height = `${Number(params.get("h") ?? "800")}px`;

const response = await fetch(`/graphs/${params.get("graph") ?? "article"}.json`);
const graph = await response.json();
const nodesById = new Map(graph.nodes.map((n) => [n.id, n]));
const passages = new Map(graph.passages.map((p) => [p.id, p]));

// The same element data as the app's, and its viewport options; Cytoscape's default style.
const cy = cytoscape({
  container,
  elements: [
    ...graph.nodes.map((n) => ({
      group: "nodes",
      data: { id: n.id, label: n.label, kind: n.kind },
      position: { ...n.position },
    })),
    ...graph.edges.map((e) => ({
      group: "edges",
      data: { id: e.id, source: e.source, target: e.target, label: e.label, type: e.type },
    })),
  ],
  style: [
    { selector: ".hidden", style: { display: "none" } },
    { selector: ".faded", style: { opacity: 0.22 } },
  ],
  layout: { name: "preset" },
  autounselectify: true,
  boxSelectionEnabled: false,
  minZoom: 0.1,
  maxZoom: 4,
});
cy.one("render", () => {
  container.dataset.ready = "true";
  performance.mark("graph-drawn");
});

// Click: write the node's label and its passages into the Details section.
const heading = document.querySelector('[aria-label="Details"] h2');
const quotes = document.getElementById("passages");
cy.on("tap", "node", (event) => {
  const node = nodesById.get(event.target.id());
  heading.textContent = node.label;
  const shown = new Set();
  const blocks = [];
  for (const mention of node.mentions) {
    if (shown.has(mention.passage)) continue;
    shown.add(mention.passage);
    const block = document.createElement("blockquote");
    block.textContent = passages.get(mention.passage).exact;
    blocks.push(block);
  }
  quotes.replaceChildren(...blocks);
  // The same view as the app's: everything outside the neighbourhood dimmed, the camera on it.
  const near = event.target.closedNeighborhood();
  cy.batch(() => {
    cy.elements().forEach((ele) => {
      ele.toggleClass("faded", !near.has(ele));
    });
  });
  cy.animate({ fit: { eles: near, padding: 30 } }, { duration: 300 });
});

// Topic: keep the topic, its neighbours and its meetings' neighbours; hide the rest in one batch.
const topic = cy.getElementById(params.get("topic") ?? "");
const checkbox = document.getElementById("topic");
document.getElementById("topic-label").textContent = topic.data("label");
checkbox.addEventListener("change", () => {
  const near = topic.closedNeighborhood();
  const tied = checkbox.checked
    ? near.union(near.nodes('[kind = "event"]').closedNeighborhood())
    : cy.elements();
  cy.batch(() => {
    cy.elements().forEach((ele) => {
      ele.toggleClass("hidden", !tied.has(ele));
    });
  });
});

// The same read-only handle as the app's (src/app/canvas/controllers/testHandle.ts).
window.__explorer = {
  nodePosition: (id) => {
    const node = cy.getElementById(id);
    return node.nonempty() && node.isNode() ? node.renderedPosition() : null;
  },
  edgeMidpoint: (id) => {
    const edge = cy.getElementById(id);
    return edge.nonempty() && edge.isEdge() ? edge.renderedMidpoint() : null;
  },
  visibleNodes: () => cy.nodes(":visible").map((n) => n.id()),
  visibleEdges: () => cy.edges(":visible").map((e) => e.id()),
  zoom: () => cy.zoom(),
  pan: () => cy.pan(),
  fadedCount: () => cy.$(".faded").length,
};
