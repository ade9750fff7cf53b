// The query page: runs the editor's query against /sparql with fetch and shows a table.
// No external scripts or fonts: the page works offline.
(function () {
  "use strict";
  const form = document.getElementById("query-form");
  const editor = document.getElementById("query");
  const status = document.getElementById("status");
  const results = document.getElementById("results");
  const examples = JSON.parse(document.getElementById("example-data").textContent);
  const page = JSON.parse(document.getElementById("page-data").textContent);
  const endpoint = form.getAttribute("action");

  document.getElementById("examples").addEventListener("change", function (e) {
    const ex = examples[Number(e.target.value)];
    if (ex) { editor.value = ex.query; }
  });

  function localHref(iri) {
    const prefix = page.base + "resource/";
    return iri.startsWith(prefix) ? "/resource/" + iri.slice(prefix.length) : iri;
  }

  function cell(term) {
    const td = document.createElement("td");
    if (!term) { return td; }
    if (term.type === "uri") {
      const a = document.createElement("a");
      a.href = localHref(term.value);
      a.textContent = term.value;
      td.appendChild(a);
    } else {
      td.textContent = term.value;
      if (term["xml:lang"]) { td.title = "@" + term["xml:lang"]; }
      else if (term.datatype) { td.title = term.datatype; }
    }
    return td;
  }

  function showTable(data) {
    results.textContent = "";
    if (typeof data.boolean === "boolean") {
      const p = document.createElement("p");
      p.className = "boolean";
      p.textContent = data.boolean ? "yes (true)" : "no (false)";
      results.appendChild(p);
      return 1;
    }
    const vars = data.head.vars;
    const table = document.createElement("table");
    table.className = "results";
    const head = table.createTHead().insertRow();
    vars.forEach(function (v) { const th = document.createElement("th"); th.textContent = v; head.appendChild(th); });
    const body = table.createTBody();
    data.results.bindings.forEach(function (row) {
      const tr = body.insertRow();
      vars.forEach(function (v) { tr.appendChild(cell(row[v])); });
    });
    results.appendChild(table);
    return data.results.bindings.length;
  }

  form.addEventListener("submit", async function (e) {
    e.preventDefault();
    status.textContent = "Running…";
    results.textContent = "";
    const started = performance.now();
    try {
      const resp = await fetch(endpoint, {
        method: "POST",
        headers: {"Content-Type": "application/sparql-query",
                  "Accept": "application/sparql-results+json, text/turtle;q=0.9"},
        body: editor.value
      });
      const ms = Math.round(performance.now() - started);
      const type = resp.headers.get("Content-Type") || "";
      if (!resp.ok) {
        const err = await resp.json().catch(function () { return {error: {detail: resp.statusText}}; });
        status.textContent = "Error " + resp.status + ": " + err.error.detail;
        status.className = "error";
        return;
      }
      status.className = "";
      if (type.startsWith("application/sparql-results+json")) {
        const n = showTable(await resp.json());
        const cut = resp.headers.get("X-SPARQL-Truncated") ? " (truncated)" : "";
        status.textContent = n + " result" + (n === 1 ? "" : "s") + cut + " in " + ms + " ms";
      } else {
        const pre = document.createElement("pre");
        pre.textContent = await resp.text();
        results.appendChild(pre);
        status.textContent = "Graph answer in " + ms + " ms";
      }
    } catch (err) {
      status.textContent = "The server could not be reached: " + err;
      status.className = "error";
    }
  });

  // A link can carry a query (?query=...) and ask for it to run at once (&run=1): shareable answers.
  const params = new URLSearchParams(window.location.search);
  if (params.get("query")) { editor.value = params.get("query"); }
  if (params.get("run")) { form.requestSubmit(); }

  document.querySelectorAll("button.download").forEach(function (b) {
    b.addEventListener("click", function () {
      const url = endpoint + "?query=" + encodeURIComponent(editor.value) + "&format=" + b.dataset.format;
      window.location.href = url;
    });
  });
})();
