// The InclusionMap workbench page. Plain JavaScript, no library: it asks the server's
// /api/ for the map (an SVG drawn by Graphviz), the actors and the analyses, and keeps what
// the user chose (actor, filters, tab) in the address's fragment so a reload loses nothing.
// Every piece of data is written with textContent, never as HTML.
"use strict";

const workbench = {
  summary: null,
  actors: new Map(),       // id → actor record
  view: null,              // the SVG's viewBox now {x, y, w, h}
  fitted: null,            // the viewBox that fits the whole drawing
  chosen: null,            // the actor whose details are shown
  found: null,             // the actor the search found
  pinned: [],              // the panel builder's must-invite ids
  excluded: [],            // and its excluded ids
  space: [],               // the what-if's reflection space
  history: [],             // earlier what-if states, for undo
  highlight: null,         // ids the map marks instead of the under-used brokers
  neighbourhood: null,     // above the actor limit: the actor whose neighbourhood is drawn
  timings: {},             // when the map was last on screen, and its SVG's element count
  newTies: [],             // pairs the what-if adds, drawn dashed
};

// ---- Talking to the server -------------------------------------------------------------

function say(message, isError) {
  const status = document.getElementById("status");
  status.textContent = message || "";
  status.classList.toggle("error", Boolean(isError));
}

async function ask(path, options) {
  const response = await fetch(path, Object.assign({ credentials: "same-origin" }, options || {}));
  if (!response.ok) {
    let message = response.status + " " + response.statusText;
    try {
      const body = await response.json();
      message = body.error + (body.problems && body.problems.length > 1 ? "\n" + body.problems.join("\n") : "");
    } catch (_) { /* not JSON: keep the status line */ }
    throw new Error(message);
  }
  return response;
}

async function askJSON(path, options) { return (await ask(path, options)).json(); }

// ---- Small helpers ---------------------------------------------------------------------

function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  if (className) node.className = className;
  return node;
}

function number(value, digits) {
  if (value === null || value === undefined) return "–";
  if (Number.isInteger(value)) return String(value);
  return value.toFixed(digits === undefined ? 3 : digits);
}

function percent(share) { return share === null || share === undefined ? "–" : Math.round(share * 100) + "%"; }

function label(id) {
  const actor = workbench.actors.get(id);
  return actor && actor.name ? actor.name + " (" + id + ")" : id;
}

function fragment() {
  const state = new URLSearchParams(location.hash.slice(1));
  return state;
}

function remember(key, value) {
  const state = fragment();
  if (value === null || value === undefined || value === "") state.delete(key); else state.set(key, value);
  history.replaceState(null, "", "#" + state.toString());
}

// ---- The map: drawing, pan and zoom ----------------------------------------------------

function drawingQuery() {
  const query = new URLSearchParams();
  const groups = Array.from(document.getElementById("filter-group").selectedOptions).map((o) => o.value);
  if (groups.length) query.set("group", groups.join(","));
  const relation = document.getElementById("filter-relation").value;
  if (relation) query.set("relation", relation);
  const weight = document.getElementById("filter-weight").value;
  if (weight) query.set("min_weight", weight);
  const size = document.getElementById("size-by").value;
  if (size) query.set("size", size);
  const colour = document.getElementById("colour-by").value;
  if (colour.startsWith("column:")) query.set("color", colour.slice(7));
  if (workbench.highlight) query.set("highlight", workbench.highlight.join(","));
  return query;
}

// The address of the main picture: the whole map, or, above the actor limit, the silo map
// until an actor is found, then that actor's neighbourhood.
function mainPicture(query) {
  if (workbench.summary.draws_whole_map || query.get("group")) return "/api/drawing?" + query.toString();
  if (workbench.neighbourhood) return "/api/actors/" + encodeURIComponent(workbench.neighbourhood) + "/ego?depth=1";
  return "/api/silo-drawing?" + query.toString();
}

async function drawMap() {
  const query = drawingQuery();
  remember("draw", query.toString());
  say("Drawing the map…");
  const text = await (await ask(mainPicture(query))).text();
  const parsed = new DOMParser().parseFromString(text, "image/svg+xml");
  const svg = parsed.documentElement;
  if (svg.nodeName !== "svg") throw new Error("the drawing could not be read");
  const holder = document.getElementById("map");
  holder.replaceChildren(document.importNode(svg, true));
  const shown = holder.querySelector("svg");
  shown.removeAttribute("width");
  shown.removeAttribute("height");
  shown.setAttribute("preserveAspectRatio", "xMidYMid meet");
  // Graphviz's own tooltips would hide the card.
  shown.querySelectorAll("a").forEach((link) => link.removeAttributeNS("http://www.w3.org/1999/xlink", "title"));
  const box = shown.viewBox.baseVal;
  workbench.fitted = { x: box.x, y: box.y, w: box.width, h: box.height };
  setView(Object.assign({}, workbench.fitted));
  colourByMeasure();
  markActors();
  drawNewTies();
  const count = shown.querySelectorAll("g.node.actor").length;
  const colour = document.getElementById("colour-by").value;
  workbench.timings.mapShown = performance.now();
  workbench.timings.elements = shown.querySelectorAll("*").length;
  const large = workbench.summary.draws_whole_map ? "" : (workbench.neighbourhood
    ? "The neighbourhood of " + label(workbench.neighbourhood) + ". "
    : "The groups of a map of " + workbench.summary.summary.actors + " actors and the ties between them; find an actor to see their neighbourhood. ");
  document.getElementById("legend-note").textContent = large +
    count + " actors drawn. Brokers who are under-used are outlined in red; designated boundary spanners in bold." +
    (colour.startsWith("measure:") ? " Fill: " + colour.slice(8) + " percentile, light (lowest) to dark (highest), in place of the legend's fill." : "");
  say("");
}

function setView(view) {
  workbench.view = view;
  const svg = document.querySelector("#map svg");
  if (svg) svg.setAttribute("viewBox", [view.x, view.y, view.w, view.h].join(" "));
}

function svgPoint(clientX, clientY) {
  const svg = document.querySelector("#map svg");
  const point = svg.createSVGPoint();
  point.x = clientX;
  point.y = clientY;
  return point.matrixTransform(svg.getScreenCTM().inverse());
}

function zoom(factor, clientX, clientY) {
  const view = workbench.view;
  if (!view) return;
  const holder = document.getElementById("map").getBoundingClientRect();
  const centre = svgPoint(clientX === undefined ? holder.left + holder.width / 2 : clientX,
                          clientY === undefined ? holder.top + holder.height / 2 : clientY);
  const w = Math.min(Math.max(view.w / factor, workbench.fitted.w / 200), workbench.fitted.w * 4);
  const scale = w / view.w;
  setView({ x: centre.x - (centre.x - view.x) * scale, y: centre.y - (centre.y - view.y) * scale, w: w, h: view.h * scale });
}

function pan(dx, dy) {
  const view = workbench.view;
  if (view) setView({ x: view.x + dx, y: view.y + dy, w: view.w, h: view.h });
}

function centreOn(node) {
  const rect = node.getBoundingClientRect();
  const middle = svgPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
  const view = workbench.view;
  const w = Math.min(view.w, workbench.fitted.w / 3);
  const h = view.h * (w / view.w);
  setView({ x: middle.x - w / 2, y: middle.y - h / 2, w: w, h: h });
}

function wireMap() {
  const holder = document.getElementById("map");
  let drag = null;
  holder.addEventListener("wheel", (event) => {
    event.preventDefault();
    zoom(event.deltaY < 0 ? 1.2 : 1 / 1.2, event.clientX, event.clientY);
  }, { passive: false });
  holder.addEventListener("pointerdown", (event) => {
    if (event.button !== 0 || !workbench.view) return;
    drag = { x: event.clientX, y: event.clientY, view: Object.assign({}, workbench.view), moved: false };
    holder.setPointerCapture(event.pointerId);
  });
  holder.addEventListener("pointermove", (event) => {
    if (!drag) { hover(event); return; }
    const svg = holder.querySelector("svg");
    const scale = drag.view.w / svg.getBoundingClientRect().width;
    const dx = event.clientX - drag.x, dy = event.clientY - drag.y;
    if (Math.abs(dx) + Math.abs(dy) > 3) { drag.moved = true; holder.classList.add("dragging"); }
    setView({ x: drag.view.x - dx * scale, y: drag.view.y - dy * scale, w: drag.view.w, h: drag.view.h });
  });
  holder.addEventListener("pointerup", (event) => {
    const wasDrag = drag && drag.moved;
    drag = null;
    holder.classList.remove("dragging");
    if (wasDrag) return;
    const target = document.elementFromPoint(event.clientX, event.clientY);
    const node = target && target.closest("g.node.actor");
    if (node && event.shiftKey) toggleSpace(actorOf(node));
    else if (node) choose(actorOf(node), false);
  });
  holder.addEventListener("pointerleave", () => { document.getElementById("card").hidden = true; });
  holder.addEventListener("keydown", (event) => {
    const view = workbench.view;
    if (!view) return;
    const step = view.w / 10;
    const keys = {
      "+": () => zoom(1.25), "=": () => zoom(1.25), "-": () => zoom(0.8), "0": () => setView(Object.assign({}, workbench.fitted)),
      "ArrowLeft": () => pan(-step, 0), "ArrowRight": () => pan(step, 0), "ArrowUp": () => pan(0, -step), "ArrowDown": () => pan(0, step),
    };
    if (keys[event.key]) { event.preventDefault(); keys[event.key](); }
  });
  document.getElementById("fit").addEventListener("click", () => setView(Object.assign({}, workbench.fitted)));
  document.getElementById("zoom-in").addEventListener("click", () => zoom(1.25));
  document.getElementById("zoom-out").addEventListener("click", () => zoom(0.8));
}

function actorOf(node) {
  const title = node.querySelector("title");
  return title ? title.textContent : null;
}

function nodeOf(id) {
  return Array.from(document.querySelectorAll("#map g.node.actor")).find((node) => actorOf(node) === id) || null;
}

function markActors() {
  document.querySelectorAll("#map g.node.chosen, #map g.node.found").forEach((node) => node.classList.remove("chosen", "found"));
  if (workbench.chosen) { const node = nodeOf(workbench.chosen); if (node) node.classList.add("chosen"); }
  if (workbench.found) { const node = nodeOf(workbench.found); if (node) node.classList.add("found"); }
  document.querySelectorAll("#map g.node.in-space").forEach((node) => node.classList.remove("in-space"));
  workbench.space.forEach((id) => { const node = nodeOf(id); if (node) node.classList.add("in-space"); });
}

// The ties a what-if would add, as dashed lines between the drawn actors.
function drawNewTies() {
  const graph = document.querySelector("#map svg g.graph");
  if (!graph) return;
  graph.querySelectorAll("line.new-tie").forEach((line) => line.remove());
  const centre = (id) => {
    const shape = nodeOf(id) && nodeOf(id).querySelector("ellipse, polygon, path");
    if (!shape) return null;
    const box = shape.getBBox();
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  };
  workbench.newTies.forEach(([a, b]) => {
    const from = centre(a), to = centre(b);
    if (!from || !to) return;
    const line = document.createElementNS("http://www.w3.org/2000/svg", "line");
    line.setAttribute("x1", from.x); line.setAttribute("y1", from.y);
    line.setAttribute("x2", to.x); line.setAttribute("y2", to.y);
    line.setAttribute("class", "new-tie");
    graph.insertBefore(line, graph.querySelector("g.node"));
  });
}

// ---- Colour by a measure (percentile, light to dark) ------------------------------------

function colourByMeasure() {
  const choice = document.getElementById("colour-by").value;
  if (!choice.startsWith("measure:")) return;
  const measure = choice.slice(8);
  document.querySelectorAll("#map g.node.actor").forEach((node) => {
    const actor = workbench.actors.get(actorOf(node));
    const entry = actor && actor.measures[measure];
    if (!entry) return;
    const p = entry.value === null ? 0 : entry.percentile;
    const light = Math.round(95 - 65 * p);
    node.querySelectorAll("ellipse, polygon, path").forEach((shape) => shape.setAttribute("fill", "hsl(215, 60%, " + light + "%)"));
    node.querySelectorAll("text").forEach((text) => text.setAttribute("fill", light < 55 ? "#ffffff" : "#000000"));
  });
}

// ---- The card on hover and the details on click ------------------------------------------

function hover(event) {
  const card = document.getElementById("card");
  const target = document.elementFromPoint(event.clientX, event.clientY);
  const node = target && target.closest && target.closest("#map g.node.actor");
  const actor = node && workbench.actors.get(actorOf(node));
  if (!actor) { card.hidden = true; return; }
  card.replaceChildren(element("h3", actor.name || actor.id));
  const lines = [
    (actor.group || "no group") + (actor.roles.length ? " · " + actor.roles.join(", ") : ""),
    "attended " + actor.attended + (actor.usual_suspect ? " · a usual suspect" : ""),
    "degree " + number(actor.measures.degree.value) + " · betweenness " + percent(actor.measures.betweenness.percentile) + " percentile",
  ];
  if (actor.brokerage) lines.push("broker rank " + actor.brokerage.rank + (actor.brokerage.under_used ? ", under-used" : ""));
  lines.forEach((line) => card.appendChild(element("div", line)));
  const panel = document.querySelector(".map-panel").getBoundingClientRect();
  card.style.left = Math.min(event.clientX - panel.left + 14, panel.width - 260) + "px";
  card.style.top = (event.clientY - panel.top + 14) + "px";
  card.hidden = false;
}

async function choose(id, centre) {
  if (!id) return;
  workbench.chosen = id;
  remember("actor", id);
  markActors();
  const node = nodeOf(id);
  if (centre && node) centreOn(node);
  if (centre && !node && !workbench.summary.draws_whole_map) {
    workbench.neighbourhood = id;
    drawMap().catch((e) => say(e.message, true));
  }
  const details = document.getElementById("details");
  try {
    const actor = await askJSON("/api/actors/" + encodeURIComponent(id));
    details.replaceChildren(element("h2", actor.name ? actor.name + " (" + actor.id + ")" : actor.id));
    const facts = element("dl");
    const fact = (term, value) => { facts.appendChild(element("dt", term)); facts.appendChild(element("dd", value)); };
    fact(workbench.summary.group_column, actor.group || "none");
    if (actor.kind) fact("kind", actor.kind);
    if (actor.sector) fact("sector", actor.sector);
    if (actor.organisation) fact("organisation", actor.organisation);
    fact("roles", actor.roles.length ? actor.roles.join(", ") : "none designated");
    fact("attended", actor.attended + (actor.usual_suspect ? " (a usual suspect)" : ""));
    details.appendChild(facts);
    const actions = element("div", null, "actions");
    const action = (text, run) => { const button = element("button", text); button.type = "button"; button.addEventListener("click", run); actions.appendChild(button); };
    action(workbench.pinned.includes(id) ? "Unpin from the panel" : "Pin to the panel", () => { togglePanel("pinned", id); choose(id, false); });
    action(workbench.excluded.includes(id) ? "Include in the panel again" : "Exclude from the panel", () => { togglePanel("excluded", id); choose(id, false); });
    action(workbench.space.includes(id) ? "Take out of the space" : "Add to the space", () => { toggleSpace(id); choose(id, false); });
    details.appendChild(actions);
    if (actor.brokerage) {
      const b = actor.brokerage;
      details.appendChild(element("p", "Broker rank " + b.rank + ": potential " + number(b.potential, 2) + ", use " +
        (b.use === null ? "unknown" : percent(b.use)) + ", score " + number(b.score, 2) +
        (b.structural ? ", a structural broker" : "") + (b.under_used ? ", under-used" : "")));
      details.appendChild(element("p", b.reason, "reason"));
      if (b.confidence !== null) {
        details.appendChild(element("p", "How sure: " + b.confidence_band + " — a structural broker in " + percent(b.confidence) +
          " of 100 resampled maps, under-used in " + percent(b.under_used_share) +
          (b.rank_interval ? "; rank " + b.rank_interval.join("–") + " across them." : "."), "note"));
      }
    }
    const measures = element("table");
    const head = element("tr");
    ["measure", "value", "percentile"].forEach((name) => head.appendChild(element("th", name)));
    measures.appendChild(element("thead")).appendChild(head);
    const body = measures.appendChild(element("tbody"));
    Object.keys(actor.measures).forEach((name) => {
      const row = element("tr");
      row.appendChild(element("td", name));
      row.appendChild(element("td", number(actor.measures[name].value), "number"));
      row.appendChild(element("td", percent(actor.measures[name].percentile), "number"));
      body.appendChild(row);
    });
    details.appendChild(measures);
    details.appendChild(element("h3", "Ego map (one step)", "section"));
    const ego = element("div", null, "ego");
    details.appendChild(ego);
    const text = await (await ask("/api/actors/" + encodeURIComponent(id) + "/ego?depth=1")).text();
    const svg = new DOMParser().parseFromString(text, "image/svg+xml").documentElement;
    if (svg.nodeName === "svg") {
      svg.removeAttribute("width");
      svg.removeAttribute("height");
      ego.appendChild(document.importNode(svg, true));
    }
  } catch (error) {
    say(error.message, true);
  }
}

// ---- Search ------------------------------------------------------------------------------

function search(text) {
  const wanted = text.trim().toLowerCase();
  if (!wanted) { workbench.found = null; markActors(); return; }
  const actors = Array.from(workbench.actors.values());
  const exact = actors.find((a) => a.id.toLowerCase() === wanted || (a.name && a.name.toLowerCase() === wanted)
    || (a.name && (a.name + " (" + a.id + ")").toLowerCase() === wanted));
  const match = exact || actors.find((a) => a.id.toLowerCase().includes(wanted) || (a.name && a.name.toLowerCase().includes(wanted)));
  if (!match) { say("No actor is called \u201c" + text + "\u201d."); return; }
  workbench.found = match.id;
  if (!workbench.summary.draws_whole_map && !nodeOf(match.id)) {
    workbench.neighbourhood = match.id;
    drawMap().then(() => say("The neighbourhood of " + label(match.id) + ".")).catch((e) => say(e.message, true));
    return;
  }
  markActors();
  const node = nodeOf(match.id);
  if (node) { centreOn(node); say("Found " + label(match.id) + "."); } else say(label(match.id) + " is not drawn with these filters.");
}

// ---- Tables ------------------------------------------------------------------------------

// A sortable table: columns are {name, value(row), numeric}; a click on a row shows its actor.
function table(columns, rows, actorOfRow) {
  const wrap = element("div", null, "table-wrap");
  const grid = wrap.appendChild(element("table"));
  const headRow = grid.appendChild(element("thead")).appendChild(element("tr"));
  const body = grid.appendChild(element("tbody"));
  let order = rows.slice();
  function fill() {
    body.replaceChildren();
    order.forEach((row) => {
      const tr = element("tr");
      columns.forEach((column) => tr.appendChild(element("td", column.text ? column.text(row) : column.value(row), column.numeric ? "number" : "")));
      if (actorOfRow) {
        const id = actorOfRow(row);
        if (id) { tr.tabIndex = 0; tr.addEventListener("click", () => choose(id, true)); tr.addEventListener("keydown", (e) => { if (e.key === "Enter") choose(id, true); }); }
      }
      body.appendChild(tr);
    });
  }
  columns.forEach((column, index) => {
    const th = element("th", column.name);
    th.tabIndex = 0;
    const sort = () => {
      const ascending = th.getAttribute("aria-sort") !== "ascending";
      headRow.querySelectorAll("th").forEach((other) => other.removeAttribute("aria-sort"));
      th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      order.sort((a, b) => {
        const x = columns[index].value(a), y = columns[index].value(b);
        const compared = (x === null || x === undefined) ? -1 : (y === null || y === undefined) ? 1
          : (typeof x === "number" && typeof y === "number") ? x - y : String(x).localeCompare(String(y));
        return ascending ? compared : -compared;
      });
      fill();
    };
    th.addEventListener("click", sort);
    th.addEventListener("keydown", (e) => { if (e.key === "Enter") sort(); });
    headRow.appendChild(th);
  });
  fill();
  return wrap;
}

function nameOf(row) { return row.name ? row.name + " (" + row.id + ")" : row.id; }

async function showBrokers() {
  const data = await askJSON("/api/brokers");
  const tab = document.getElementById("tab-brokers");
  tab.replaceChildren(element("p", data.brokers.length + " grouped actors ranked by score = potential × (1 − use); " +
    data.under_used.length + " under-used brokers. " + (data.bridging_sample ? "Bridging betweenness is sampled from " +
    data.bridging_sample.sources + " sources." : "Bridging betweenness is exact."), "note"));
  tab.appendChild(table([
    { name: "rank", value: (r) => r.rank, numeric: true },
    { name: "actor", value: nameOf },
    { name: data.group_column, value: (r) => r.group },
    { name: "potential", value: (r) => r.potential, text: (r) => number(r.potential, 2), numeric: true },
    { name: "use", value: (r) => r.use, text: (r) => percent(r.use), numeric: true },
    { name: "score", value: (r) => r.score, text: (r) => number(r.score, 2), numeric: true },
    { name: "structural", value: (r) => r.structural ? "yes" : "" },
    { name: "confidence", value: (r) => r.confidence, text: (r) => r.confidence === null ? "–" : percent(r.confidence) + " " + r.confidence_band, numeric: true },
    { name: "rank interval", value: (r) => r.rank_interval ? r.rank_interval[0] : null, text: (r) => r.rank_interval ? r.rank_interval.join("–") : "–" },
    { name: "reason", value: (r) => r.reason },
  ], data.brokers, (r) => r.id));
}

async function showAudit() {
  const data = await askJSON("/api/audit");
  const tab = document.getElementById("tab-audit");
  tab.replaceChildren();
  if (data.engagements === 0) { tab.appendChild(element("p", "No engagements are recorded, so there is no attendance to audit.", "note")); return; }
  const usual = new Set(data.usual_suspects);
  tab.appendChild(element("p", data.engagements + " engagements, " + data.attendances + " attendances; the usual suspects took " +
    percent(data.usual_suspects_share) + " of them. Gini of attendance " + number(data.gini, 2) + ".", "note"));
  tab.appendChild(table([
    { name: "actor", value: nameOf },
    { name: "attended", value: (r) => r.attended, numeric: true },
    { name: "recent", value: (r) => r.recent, numeric: true },
    { name: "usual suspect", value: (r) => usual.has(r.id) ? "yes" : "" },
    { name: "confidence", value: (r) => data.usual_suspects_confidence && usual.has(r.id) ? data.usual_suspects_confidence[r.id] : null,
      text: (r) => data.usual_suspects_confidence && usual.has(r.id) ? percent(data.usual_suspects_confidence[r.id]) : "–", numeric: true },
  ], data.attendees, (r) => r.id));
  tab.appendChild(element("h3", "Groups never engaged", "section"));
  if (data.never_engaged.length === 0) tab.appendChild(element("p", "Every group has taken part.", "note"));
  else tab.appendChild(table([
    { name: "column", value: (r) => r.dimension },
    { name: "value", value: (r) => r.value },
    { name: "actors", value: (r) => r.actors, numeric: true },
  ], data.never_engaged));
  tab.appendChild(element("h3", "Representation", "section"));
  tab.appendChild(table([
    { name: "column", value: (r) => r.dimension },
    { name: "value", value: (r) => r.value },
    { name: "actors", value: (r) => r.actors, numeric: true },
    { name: "attendees", value: (r) => r.attendees, numeric: true },
    { name: "ratio", value: (r) => r.ratio, text: (r) => number(r.ratio, 2), numeric: true },
  ], data.representation));
}

async function showSilos() {
  const data = await askJSON("/api/silos");
  const tab = document.getElementById("tab-silos");
  const interval = data.ei_interval ? " (resampled interval " + number(data.ei_interval[0], 2) + " to " + number(data.ei_interval[1], 2) + ")" : "";
  tab.replaceChildren(element("p", "E-I index " + number(data.ei_index, 3) + interval +
    ": −1 is every tie inside a group, +1 every tie between groups. Modularity " + number(data.modularity, 3) + ".", "note"));
  tab.appendChild(table([
    { name: data.group_column, value: (r) => r.group },
    { name: "size", value: (r) => r.size, numeric: true },
    { name: "internal ties", value: (r) => r.internal, numeric: true },
    { name: "external ties", value: (r) => r.external, numeric: true },
    { name: "E-I", value: (r) => r.ei_index, text: (r) => number(r.ei_index, 2), numeric: true },
    { name: "density", value: (r) => r.density, text: (r) => number(r.density, 2), numeric: true },
  ], data.groups));
  tab.appendChild(element("h3", "Single points of failure: group pairs linked through one person", "section"));
  if (data.single_point_pairs.length === 0) tab.appendChild(element("p", "None.", "note"));
  else tab.appendChild(table([
    { name: "groups", value: (r) => r.groups.join(" – ") },
    { name: "only through", value: (r) => r.via.map(label).join(" or ") },
    { name: "confidence", value: (r) => r.confidence, text: (r) => percent(r.confidence), numeric: true },
  ], data.single_point_pairs, (r) => r.via[0]));
  tab.appendChild(element("h3", "Articulation points: actors whose leaving splits the map", "section"));
  tab.appendChild(table([{ name: "actor", value: (id) => label(id) }], data.articulation_points, (id) => id));
  tab.appendChild(element("h3", "Mixing: ties from each group (row) to each group (column)", "section"));
  const names = Object.keys(data.mixing).sort();
  tab.appendChild(table([{ name: "", value: (r) => r }].concat(names.map((to) => ({ name: to, value: (r) => data.mixing[r][to], numeric: true }))), names));
}

async function showMetrics() {
  const data = await askJSON("/api/metrics");
  const tab = document.getElementById("tab-metrics");
  tab.replaceChildren(element("p", data.betweenness_sample ? "Betweenness is estimated from " + data.betweenness_sample.sources + " sources." : "Every measure is exact.", "note"));
  const columns = [{ name: "actor", value: nameOf }, { name: workbench.summary.group_column, value: (r) => r.group }]
    .concat(data.metrics.map((m) => ({ name: m, value: (r) => r.values[m], text: (r) => number(r.values[m]), numeric: true })));
  tab.appendChild(table(columns, data.rows, (r) => r.id));
}

// ---- The panel builder ----------------------------------------------------------------

function panelQuery() {
  const query = new URLSearchParams();
  query.set("size", document.getElementById("panel-size").value || "10");
  const cap = document.getElementById("panel-cap").value;
  if (cap) query.set("max_per_group", cap);
  if (workbench.pinned.length) query.set("must", workbench.pinned.join(","));
  if (workbench.excluded.length) query.set("exclude", workbench.excluded.join(","));
  return query;
}

function togglePanel(list, id) {
  const other = list === "pinned" ? "excluded" : "pinned";
  workbench[other] = workbench[other].filter((x) => x !== id);
  workbench[list] = workbench[list].includes(id) ? workbench[list].filter((x) => x !== id) : workbench[list].concat([id]);
  remember("pin", workbench.pinned.join(","));
  remember("exclude", workbench.excluded.join(","));
  if (!document.getElementById("tab-panel").hidden) showPanel();
  else say((list === "pinned" ? "Pinned: " : "Excluded: ") + (workbench[list].map(label).join(", ") || "nobody") + ". The panel builder has it.");
}

function chips(holder, ids, remove) {
  holder.replaceChildren();
  if (!ids.length) { holder.appendChild(element("span", "nobody", "note")); return; }
  ids.forEach((id) => {
    const chip = element("button", label(id) + " ×", "chip");
    chip.type = "button";
    chip.title = "Take out";
    chip.addEventListener("click", () => remove(id));
    holder.appendChild(chip);
  });
}

let panelRequest = 0;
async function showPanel() {
  chips(document.getElementById("panel-pinned"), workbench.pinned, (id) => togglePanel("pinned", id));
  chips(document.getElementById("panel-excluded"), workbench.excluded, (id) => togglePanel("excluded", id));
  const query = panelQuery();
  remember("psize", document.getElementById("panel-size").value);
  document.getElementById("panel-csv").href = "/api/panel.csv?" + query.toString();
  document.getElementById("panel-report").href = "/api/report?" + query.toString();
  const holder = document.getElementById("panel-result");
  holder.classList.add("busy");
  const mine = ++panelRequest;
  try {
    const data = await askJSON("/api/panel?" + query.toString());
    if (mine !== panelRequest) return;   // a later choice is on its way
    holder.replaceChildren(element("h3", "The suggested panel: " + data.picks.length + " people", "section"));
    holder.appendChild(table([
      { name: "#", value: (r) => data.picks.indexOf(r) + 1, numeric: true },
      { name: "actor", value: nameOf },
      { name: data.group_column, value: (r) => r.group || "–" },
      { name: "sector", value: (r) => r.sector || "–" },
      { name: "pinned", value: (r) => r.required ? "yes" : "" },
      { name: "reason", value: (r) => r.reason || "fills a seat" },
    ], data.picks, (r) => r.id));
    holder.appendChild(element("h3", "Beside the usual panel (the " + data.usual_panel.length + " most frequent attendees)", "section"));
    const s = data.measures.suggested, u = data.measures.usual;
    const rows = [
      ["groups covered", s.groups_covered + " of " + s.group_count, u.groups_covered + " of " + u.group_count],
      ["sectors covered", s.sectors_covered + " of " + s.sector_count, u.sectors_covered + " of " + u.sector_count],
      ["reach across the map (0–1)", number(s.reach, 3), number(u.reach, 3)],
      ["under-used brokers", s.under_used_brokers, u.under_used_brokers],
      ["new voices (never attended)", s.new_voices, u.new_voices],
      ["usual suspects", s.usual_suspects, u.usual_suspects],
    ];
    holder.appendChild(table([
      { name: "measure", value: (r) => r[0] }, { name: "suggested", value: (r) => r[1] }, { name: "usual", value: (r) => r[2] },
    ], rows));
    workbench.panel = data.picks.map((p) => p.id);
    if (document.getElementById("panel-mark").checked) { workbench.highlight = workbench.panel; await drawMap(); }
    say("");
  } catch (error) {
    if (mine === panelRequest) { holder.replaceChildren(element("p", error.message, "note")); say(error.message, true); }
  } finally {
    if (mine === panelRequest) holder.classList.remove("busy");
  }
}

// ---- What if ----------------------------------------------------------------------------

function whatIfKind() { return document.querySelector("input[name=whatif-kind]:checked").value; }

function whatIfQuery() {
  const query = new URLSearchParams();
  const kind = whatIfKind();
  if (kind === "space") query.set("space", workbench.space.join(","));
  if (kind === "remove") query.set("remove", document.getElementById("whatif-remove").value);
  if (kind === "add") query.set("add", document.getElementById("whatif-ties").value.replace(/\s+/g, ""));
  query.set("suggest", document.getElementById("whatif-suggest").value || "0");
  return query;
}

function toggleSpace(id) {
  workbench.history.push(workbench.space.slice());
  workbench.space = workbench.space.includes(id) ? workbench.space.filter((x) => x !== id) : workbench.space.concat([id]);
  remember("space", workbench.space.join(","));
  document.querySelector("input[name=whatif-kind][value=space]").checked = true;
  markActors();
  if (!document.getElementById("tab-whatif").hidden) showWhatIf();
  else say("The reflection space: " + (workbench.space.map(label).join(", ") || "nobody") + ". See What if.");
}

function newTiesOf(kind) {
  if (kind === "space") {
    const pairs = [];
    workbench.space.forEach((a, i) => workbench.space.slice(i + 1).forEach((b) => pairs.push([a, b])));
    return pairs;
  }
  if (kind === "add") return document.getElementById("whatif-ties").value.split(",").map((t) => t.trim().split(":")).filter((p) => p.length === 2);
  return [];
}

function change(before, after, higherIsBetter) {
  if (before === null || after === null || before === undefined || after === undefined) return { text: "–", className: "" };
  const delta = after - before;
  const text = (delta > 0 ? "+" : "") + number(delta, 3);
  return { text: text, className: delta === 0 ? "" : ((delta > 0) === higherIsBetter ? "better" : "worse") };
}

let whatIfRequest = 0;
async function showWhatIf() {
  chips(document.getElementById("whatif-space"), workbench.space, toggleSpace);
  const holder = document.getElementById("whatif-result");
  const kind = whatIfKind();
  workbench.newTies = newTiesOf(kind);
  drawNewTies();
  if (kind === "space" && workbench.space.length < 2) {
    holder.replaceChildren(element("p", "Choose at least two people for the space.", "note"));
    return;
  }
  holder.classList.add("busy");
  const mine = ++whatIfRequest;
  say("Predicting…");
  try {
    const data = await askJSON("/api/whatif?" + whatIfQuery().toString());
    if (mine !== whatIfRequest) return;
    workbench.lastWhatIf = { query: whatIfQuery().toString(), data: data, kind: kind };
    const b = data.before, a = data.after;
    holder.replaceChildren(element("h3", "Now and with the change", "section"));
    const rows = [
      ["E-I index (−1 all ties inside groups, +1 all between)", b.ei_index, a.ei_index, true],
      ["groups reached within two steps, on average", b.mean_groups_within_two, a.mean_groups_within_two, true],
      ["fragmentation (share of pairs unreachable)", b.fragmentation, a.fragmentation, false],
      ["between-group fragmentation", b.between_group_fragmentation, a.between_group_fragmentation, false],
      ["group pairs with no tie", b.unlinked_group_pairs.length, a.unlinked_group_pairs.length, false],
      ["group pairs hanging on one person or tie", b.single_point_pairs.length, a.single_point_pairs.length, false],
    ];
    const grid = table([
      { name: "measure", value: (r) => r[0] },
      { name: "now", value: (r) => r[1], text: (r) => number(r[1], 3), numeric: true },
      { name: "with the change", value: (r) => r[2], text: (r) => number(r[2], 3), numeric: true },
      { name: "change", value: (r) => change(r[1], r[2], r[3]).text, numeric: true },
    ], rows);
    grid.querySelectorAll("tbody tr").forEach((tr, i) => { tr.lastChild.className += " " + change(rows[i][1], rows[i][2], rows[i][3]).className; });
    holder.appendChild(grid);
    const key = (p) => p.groups.join(" – ");
    const resolved = b.single_point_pairs.filter((p) => !a.single_point_pairs.some((q) => key(q) === key(p)));
    const created = a.single_point_pairs.filter((p) => !b.single_point_pairs.some((q) => key(q) === key(p)));
    holder.appendChild(element("p", "Single points of failure resolved: " + (resolved.map(key).join("; ") || "none") +
      ". Created: " + (created.map(key).join("; ") || "none") + ".", resolved.length ? "better" : ""));
    holder.appendChild(element("h3", "By group: E-I index and groups reached within two steps", "section"));
    const groups = Object.keys(a.groups_within_two).sort();
    holder.appendChild(table([
      { name: workbench.summary.group_column, value: (g) => g },
      { name: "E-I now", value: (g) => b.ei_by_group[g], text: (g) => number(b.ei_by_group[g], 3), numeric: true },
      { name: "E-I with the change", value: (g) => a.ei_by_group[g], text: (g) => number(a.ei_by_group[g], 3), numeric: true },
      { name: "groups within two, now", value: (g) => b.groups_within_two[g], numeric: true },
      { name: "with the change", value: (g) => a.groups_within_two[g], numeric: true },
    ], groups));
    if (data.brokers) {
      holder.appendChild(element("h3", "The broker ranking's top " + data.brokers.top, "section"));
      const moves = [].concat(
        data.brokers.entered.map((m) => ["enters", m]), data.brokers.left.map((m) => ["leaves", m]),
        data.brokers.engaged.map((m) => ["no longer under-used", m]));
      if (moves.length === 0) holder.appendChild(element("p", "No change in the top.", "note"));
      else holder.appendChild(table([
        { name: "actor", value: (r) => nameOf(r[1]) }, { name: "change", value: (r) => r[0] },
        { name: "rank now", value: (r) => r[1].rank_before, numeric: true }, { name: "rank with it", value: (r) => r[1].rank_after, numeric: true },
      ], moves, (r) => r[1].id));
      data.brokers.warnings.forEach((warning) => holder.appendChild(element("p", warning, "note")));
    }
    if (data.suggested_ties.length) {
      holder.appendChild(element("h3", "Ties that would join the groups most", "section"));
      holder.appendChild(table([
        { name: "between", value: (r) => label(r.first) + " – " + label(r.second) },
        { name: "groups", value: (r) => r.groups.join(" – ") },
        { name: "pairs brought closer", value: (r) => r.pairs_closer, numeric: true },
        { name: "reason", value: (r) => r.reason },
      ], data.suggested_ties, (r) => r.first));
    }
    say("");
  } catch (error) {
    if (mine === whatIfRequest) { holder.replaceChildren(element("p", error.message, "note")); say(error.message, true); }
  } finally {
    if (mine === whatIfRequest) holder.classList.remove("busy");
  }
}

function scenarios() {
  try { return JSON.parse(sessionStorage.getItem("inclusionmap-scenarios") || "[]"); } catch (_) { return []; }
}

function showScenarios() {
  const kept = scenarios();
  const holder = document.getElementById("whatif-scenarios");
  if (!kept.length) { holder.replaceChildren(element("p", "None yet.", "note")); return; }
  holder.replaceChildren(table([
    { name: "scenario", value: (r) => r.name },
    { name: "E-I", value: (r) => r.ei, text: (r) => number(r.ei, 3), numeric: true },
    { name: "groups within two", value: (r) => r.reach, text: (r) => number(r.reach, 2), numeric: true },
    { name: "single points", value: (r) => r.single, numeric: true },
    { name: "unlinked pairs", value: (r) => r.unlinked, numeric: true },
  ], kept));
}

function keepScenario() {
  const last = workbench.lastWhatIf;
  if (!last) { say("Try a change first."); return; }
  const kept = scenarios();
  const query = new URLSearchParams(last.query);
  const name = last.kind === "space" ? "space: " + query.get("space") : last.kind === "remove" ? "without " + query.get("remove") : "ties " + query.get("add");
  if (!kept.length) kept.push({ name: "the map now", ei: last.data.before.ei_index, reach: last.data.before.mean_groups_within_two,
    single: last.data.before.single_point_pairs.length, unlinked: last.data.before.unlinked_group_pairs.length });
  kept.push({ name: name, ei: last.data.after.ei_index, reach: last.data.after.mean_groups_within_two,
    single: last.data.after.single_point_pairs.length, unlinked: last.data.after.unlinked_group_pairs.length });
  sessionStorage.setItem("inclusionmap-scenarios", JSON.stringify(kept));
  showScenarios();
}

function undoWhatIf() {
  if (!workbench.history.length) { say("Nothing to undo."); return; }
  workbench.space = workbench.history.pop();
  remember("space", workbench.space.join(","));
  markActors();
  showWhatIf();
}

// ---- Waves of a register ----------------------------------------------------------------

async function findWaves() {
  const button = document.querySelector(".tabs button[data-tab=waves]");
  try {
    workbench.waves = await askJSON("/api/waves");
  } catch (_) {
    workbench.waves = null;       // not a register: the tab stays hidden
  }
  button.hidden = !(workbench.waves && workbench.waves.length >= 2);
  if (button.hidden) return;
  const from = document.getElementById("wave-from"), to = document.getElementById("wave-to");
  [from, to].forEach((select) => {
    select.replaceChildren();
    workbench.waves.forEach((wave) => select.appendChild(new Option(wave.label ? wave.label + " (" + wave.id + ")" : wave.id, wave.id)));
  });
  const state = fragment();
  const n = workbench.waves.length;
  from.value = state.get("from") || workbench.waves[n - 2].id;
  to.value = state.get("to") || workbench.waves[n - 1].id;
}

function stepWaves(by) {
  const ids = workbench.waves.map((w) => w.id);
  const from = document.getElementById("wave-from"), to = document.getElementById("wave-to");
  const start = ids.indexOf(from.value) + by;
  if (start < 0 || start + 1 >= ids.length) { say("No " + (by < 0 ? "earlier" : "later") + " pair of waves."); return; }
  from.value = ids[start];
  to.value = ids[start + 1];
  showWaves();
}

let waveRequest = 0;
async function showWaves() {
  if (!workbench.waves) return;
  const from = document.getElementById("wave-from").value, to = document.getElementById("wave-to").value;
  remember("from", from);
  remember("to", to);
  const query = "from=" + encodeURIComponent(from) + "&to=" + encodeURIComponent(to);
  const holder = document.getElementById("wave-result");
  holder.classList.add("busy");
  const mine = ++waveRequest;
  say("Comparing wave " + from + " with " + to + "…");
  try {
    const data = await askJSON("/api/compare?" + query);
    const picture = document.getElementById("wave-picture").value;
    const text = await (await ask("/api/compare/" + picture + "?" + query)).text();
    if (mine !== waveRequest) return;
    const svg = new DOMParser().parseFromString(text, "image/svg+xml").documentElement;
    const frame = document.getElementById("wave-map");
    frame.replaceChildren();
    if (svg.nodeName === "svg") { svg.removeAttribute("width"); svg.removeAttribute("height"); frame.appendChild(document.importNode(svg, true)); }
    const named = (id) => {
      const finding = data.findings.find((f) => f.subject === id && f.name);
      return finding ? finding.name + " (" + id + ")" : label(id);
    };
    holder.replaceChildren(element("p", data.before.source + ": " + data.before.actors + " actors, " + data.before.ties + " ties. " +
      data.after.source + ": " + data.after.actors + " actors, " + data.after.ties + " ties. E-I " + number(data.ei.before, 3) +
      " → " + number(data.ei.after, 3) + ".", "note"));
    holder.appendChild(element("h3", "Joined (" + data.joined.length + ") and left (" + data.left.length + ")", "section"));
    holder.appendChild(element("p", "Joined: " + (data.joined.map(named).join(", ") || "nobody") + ". Left: " + (data.left.map(named).join(", ") || "nobody") + "."));
    holder.appendChild(element("h3", "Ties gained and lost", "section"));
    holder.appendChild(table([
      { name: "relation", value: (r) => r.relation },
      { name: "gained", value: (r) => r.gained, numeric: true },
      { name: "lost", value: (r) => r.lost, numeric: true },
      { name: "kept", value: (r) => r.kept, numeric: true },
      { name: "Jaccard", value: (r) => r.jaccard, text: (r) => number(r.jaccard, 2), numeric: true },
    ], data.relations));
    holder.appendChild(element("h3", "Every change, with its reason", "section"));
    holder.appendChild(table([
      { name: "kind", value: (r) => r.kind },
      { name: "subject", value: (r) => r.name ? r.name + " (" + r.subject + ")" : r.subject },
      { name: "before", value: (r) => r.before },
      { name: "after", value: (r) => r.after },
      { name: "reason", value: (r) => r.reason },
    ], data.findings));
    say("");
  } catch (error) {
    if (mine === waveRequest) { holder.replaceChildren(element("p", error.message, "note")); say(error.message, true); }
  } finally {
    if (mine === waveRequest) holder.classList.remove("busy");
  }
}

// ---- Bringing data in ------------------------------------------------------------------

async function upload(files) {
  for (const file of Array.from(files)) {
    say("Uploading " + file.name + "…");
    try {
      const answer = await askJSON("/api/upload?name=" + encodeURIComponent(file.name), {
        method: "POST", headers: { "Content-Type": "application/octet-stream" }, body: file,
      });
      say("Kept " + file.name + " as " + answer.path + ".");
    } catch (error) {
      say(file.name + ": " + error.message, true);
      return;
    }
  }
  await fillWorkspace();
}

function surveyBody(extra) {
  const body = {
    responses: document.getElementById("survey-responses").value,
    roster: document.getElementById("survey-roster").value,
    corrections: Array.from(document.querySelectorAll("#survey-result select[data-key]")).map((select) => {
      const key = JSON.parse(select.dataset.key);
      return { respondent: key[0], question: key[1], answer: key[2], matched_id: select.value };
    }),
  };
  const config = document.getElementById("survey-config").value;
  if (config) body.config = config;
  return JSON.stringify(Object.assign(body, extra || {}));
}

async function previewSurvey() {
  const holder = document.getElementById("survey-result");
  holder.classList.add("busy");
  say("Reading the answers…");
  try {
    const data = await askJSON("/api/survey/preview", { method: "POST", headers: { "Content-Type": "application/json" }, body: surveyBody() });
    holder.replaceChildren(element("p", data.actors + " actors and " + data.ties + " ties from " + data.decisions + " names. " + data.summary.join(" "), "note"));
    data.warnings.forEach((warning) => holder.appendChild(element("p", warning, "note")));
    holder.appendChild(element("h3", data.review.length + " names for you to check", "section"));
    const grid = element("table", null, "review");
    const head = grid.appendChild(element("thead")).appendChild(element("tr"));
    ["who answered", "question", "wrote", "why it needs you", "is"].forEach((name) => head.appendChild(element("th", name)));
    const body = grid.appendChild(element("tbody"));
    data.review.forEach((d) => {
      const row = body.appendChild(element("tr"));
      row.appendChild(element("td", label(d.respondent)));
      row.appendChild(element("td", d.question));
      row.appendChild(element("td", d.answer));
      row.appendChild(element("td", d.rule + (d.score !== null ? " (" + number(d.score, 2) + ")" : "")));
      const choice = document.createElement("select");
      choice.dataset.key = JSON.stringify([d.respondent, d.question, d.answer]);
      if (d.matched_id) choice.appendChild(new Option("as read: " + d.matched_id, d.matched_id));
      d.candidates.filter((c) => c.id !== d.matched_id).forEach((c) => choice.appendChild(new Option((c.name ? c.name + " (" + c.id + ")" : c.id), c.id)));
      choice.appendChild(new Option("nobody: no tie", ""));
      row.appendChild(element("td")).appendChild(choice);
    });
    holder.appendChild(grid);
    document.getElementById("survey-build").hidden = false;
    say("");
  } catch (error) {
    holder.replaceChildren(element("p", error.message, "note"));
    say(error.message, true);
  } finally {
    holder.classList.remove("busy");
  }
}

async function buildSurvey() {
  say("Building the map…");
  try {
    await askJSON("/api/survey/build", {
      method: "POST", headers: { "Content-Type": "application/json" },
      body: surveyBody({ out: document.getElementById("survey-out").value.trim() }),
    });
    history.replaceState(null, "", "#");
    await fillWorkspace();
    await loadMap();
  } catch (error) {
    say(error.message, true);
  }
}

async function addWave() {
  say("Adding the wave…");
  try {
    const waves = await askJSON("/api/register/add", {
      method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ register: document.getElementById("wave-register").value.trim(),
        wave: document.getElementById("wave-id").value.trim(), source: document.getElementById("wave-source").value }),
    });
    say("The register holds " + waves.length + " wave" + (waves.length === 1 ? "" : "s") + ": " + waves.map((w) => w.id).join(", ") + ". Open it to compare them.");
    await fillWorkspace();
  } catch (error) {
    say(error.message, true);
  }
}

function showImport() {}

const tabs = { brokers: showBrokers, audit: showAudit, silos: showSilos, metrics: showMetrics, panel: showPanel, whatif: showWhatIf, waves: showWaves, import: showImport };

async function showTab(name) {
  document.querySelectorAll(".tabs button").forEach((button) => button.setAttribute("aria-selected", String(button.dataset.tab === name)));
  Object.keys(tabs).forEach((tab) => { document.getElementById("tab-" + tab).hidden = tab !== name; });
  remember("tab", name);
  try { await tabs[name](); } catch (error) { say(error.message, true); }
}

// ---- Loading a map -----------------------------------------------------------------------

function fillControls() {
  const summary = workbench.summary;
  document.getElementById("map-name").textContent = summary.name + (summary.pseudonymised ? " (pseudonymised)" : "");
  const groups = document.getElementById("filter-group");
  groups.replaceChildren();
  summary.groups.forEach((group) => groups.appendChild(new Option(group, group)));
  groups.size = Math.min(4, Math.max(1, summary.groups.length));
  const relation = document.getElementById("filter-relation");
  relation.replaceChildren(new Option("all", ""));
  summary.relations.forEach((name) => relation.appendChild(new Option(name, name)));
  const size = document.getElementById("size-by");
  size.replaceChildren(new Option("degree", ""), new Option("the same for all", "none"));
  summary.metrics.filter((m) => m !== "degree").forEach((m) => size.appendChild(new Option(m, m)));
  const colour = document.getElementById("colour-by");
  colour.replaceChildren(new Option("sector (or group)", ""));
  ["department", "organisation", "kind", "sector"].forEach((column) => colour.appendChild(new Option(column, "column:" + column)));
  summary.metrics.forEach((m) => colour.appendChild(new Option(m + " (percentile)", "measure:" + m)));
  // Restore what the address remembers.
  const state = new URLSearchParams(fragment().get("draw") || "");
  if (state.get("group")) state.get("group").split(",").forEach((g) => { const o = Array.from(groups.options).find((x) => x.value === g); if (o) o.selected = true; });
  if (state.get("relation")) relation.value = state.get("relation");
  if (state.get("min_weight")) document.getElementById("filter-weight").value = state.get("min_weight");
  if (state.get("size")) size.value = state.get("size");
  if (state.get("color")) colour.value = "column:" + state.get("color");
  const measure = fragment().get("colour");
  if (measure) colour.value = measure;
}

// The lists that name actors, and what the address remembers of them.
function fillActorLists() {
  const without = document.getElementById("whatif-remove");
  without.replaceChildren();
  workbench.actors.forEach((actor) => without.appendChild(new Option(actor.name ? actor.name + " (" + actor.id + ")" : actor.id, actor.id)));
  const remembered = fragment();
  const known = (list) => (list || "").split(",").filter((id) => workbench.actors.has(id));
  workbench.pinned = known(remembered.get("pin"));
  workbench.excluded = known(remembered.get("exclude"));
  workbench.space = known(remembered.get("space"));
  if (remembered.get("psize")) document.getElementById("panel-size").value = remembered.get("psize");
  const names = document.getElementById("actor-names");
  names.replaceChildren();
  workbench.actors.forEach((actor) => names.appendChild(new Option(actor.name ? actor.name + " (" + actor.id + ")" : actor.id)));
}

async function loadMap() {
  say("Reading the map…");
  workbench.summary = await askJSON("/api/summary");
  workbench.actors = new Map();
  fillControls();
  // The actors and the drawing arrive together; what needs both is done once both are here.
  const [actors] = await Promise.all([askJSON("/api/actors"), drawMap(), findWaves()]);
  workbench.actors = new Map(actors.map((a) => [a.id, a]));
  fillActorLists();
  colourByMeasure();
  markActors();
  const notes = workbench.summary.notes.concat(workbench.summary.warnings.length ? [workbench.summary.warnings.length + " warnings in the data."] : []);
  if (notes.length) say(notes.join(" "));
  const state = fragment();
  await showTab(state.get("tab") && tabs[state.get("tab")] ? state.get("tab") : "brokers");
  const chosen = state.get("actor");
  if (chosen && workbench.actors.has(chosen)) await choose(chosen, true);
}

async function fillWorkspace() {
  const select = document.getElementById("open-path");
  select.replaceChildren(new Option("the Rivertown demo", ""));
  try {
    const entries = await askJSON("/api/workspace");
    entries.forEach((entry) => select.appendChild(new Option(entry.path + (entry.kind === "dataset" ? "/" : ""), entry.path)));
    const files = entries.filter((e) => e.kind === "file").map((e) => e.path);
    const choose = (id, filter, keep) => {
      const list = document.getElementById(id);
      const before = list.value;
      list.replaceChildren();
      if (keep) list.appendChild(new Option(keep, ""));
      files.filter(filter).forEach((path) => list.appendChild(new Option(path, path)));
      if (before && Array.from(list.options).some((o) => o.value === before)) list.value = before;
    };
    choose("survey-responses", (p) => /\.(csv|xlsx|tsv|txt)$/i.test(p));
    choose("survey-roster", (p) => /\.(csv|xlsx|tsv|txt)$/i.test(p));
    choose("survey-config", (p) => /\.json$/i.test(p), "survey.json beside the responses");
    const sources = document.getElementById("wave-source");
    sources.replaceChildren();
    entries.filter((e) => !/\.sqlite$/i.test(e.path)).forEach((e) => sources.appendChild(new Option(e.path, e.path)));
  } catch (error) { say(error.message, true); }
}

async function openChosen(event) {
  event.preventDefault();
  const path = document.getElementById("open-path").value;
  say("Opening " + (path || "the demo") + "…");
  try {
    await askJSON("/api/open", {
      method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify(path ? { path: path } : { demo: true }),
    });
    workbench.chosen = null;
    workbench.found = null;
    workbench.space = [];
    workbench.pinned = [];
    workbench.excluded = [];
    workbench.highlight = null;
    workbench.newTies = [];
    workbench.neighbourhood = null;
    history.replaceState(null, "", "#");
    document.getElementById("details").replaceChildren(element("p", "Click an actor on the map or in a table.", "note"));
    await loadMap();
  } catch (error) {
    say(error.message, true);
  }
}

function wireControls() {
  document.getElementById("apply-filters").addEventListener("click", () => drawMap().catch((e) => say(e.message, true)));
  document.getElementById("colour-by").addEventListener("change", (event) => {
    const value = event.target.value;
    remember("colour", value.startsWith("measure:") ? value : null);
    drawMap().catch((e) => say(e.message, true));
  });
  document.getElementById("size-by").addEventListener("change", () => drawMap().catch((e) => say(e.message, true)));
  const input = document.getElementById("search");
  input.addEventListener("change", () => search(input.value));
  input.addEventListener("keydown", (event) => { if (event.key === "Enter") search(input.value); });
  document.querySelectorAll(".tabs button").forEach((button) => button.addEventListener("click", () => showTab(button.dataset.tab)));
  document.getElementById("open-form").addEventListener("submit", openChosen);
  ["panel-size", "panel-cap"].forEach((id) => document.getElementById(id).addEventListener("input", () => showPanel()));
  document.getElementById("panel-mark").addEventListener("change", (event) => {
    workbench.highlight = event.target.checked ? (workbench.panel || null) : null;
    drawMap().catch((e) => say(e.message, true));
  });
  document.querySelectorAll("input[name=whatif-kind]").forEach((radio) => radio.addEventListener("change", () => showWhatIf()));
  ["whatif-remove", "whatif-suggest"].forEach((id) => document.getElementById(id).addEventListener("change", () => showWhatIf()));
  document.getElementById("whatif-ties").addEventListener("change", () => showWhatIf());
  document.getElementById("whatif-keep").addEventListener("click", keepScenario);
  document.getElementById("whatif-suggest-ties").addEventListener("click", () => {
    const count = document.getElementById("whatif-suggest");
    if (Number(count.value) < 1) count.value = "3";
    showWhatIf();
  });
  document.getElementById("whatif-undo").addEventListener("click", undoWhatIf);
  document.getElementById("upload-files").addEventListener("change", (event) => upload(event.target.files));
  const drop = document.getElementById("drop");
  drop.addEventListener("dragover", (event) => { event.preventDefault(); drop.classList.add("over"); });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (event) => { event.preventDefault(); drop.classList.remove("over"); upload(event.dataTransfer.files); });
  document.getElementById("survey-preview").addEventListener("click", previewSurvey);
  document.getElementById("survey-make").addEventListener("click", buildSurvey);
  document.getElementById("wave-add").addEventListener("click", addWave);
  ["wave-from", "wave-to", "wave-picture"].forEach((id) => document.getElementById(id).addEventListener("change", () => showWaves()));
  document.getElementById("wave-previous").addEventListener("click", () => stepWaves(-1));
  document.getElementById("wave-next").addEventListener("click", () => stepWaves(1));
  showScenarios();
}

document.addEventListener("DOMContentLoaded", () => {
  wireMap();
  wireControls();
  fillWorkspace();
  loadMap().catch((error) => say(error.message, true));
});
