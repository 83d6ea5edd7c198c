// Sortable result tables: each column head becomes a button that sorts the rows in the page.
// Lists are sorted on the server (links in their heads); this is for query results.
(function () {
  "use strict";

  function keyOf(cell) {
    var raw = cell ? (cell.getAttribute("data-value") || cell.textContent) : "";
    var number = Number(raw);
    return raw !== "" && !isNaN(number) ? { n: number, s: "" } : { n: NaN, s: raw.toLowerCase() };
  }

  function compare(a, b) {
    if (!isNaN(a.n) && !isNaN(b.n)) return a.n - b.n;
    if (!isNaN(a.n)) return -1;
    if (!isNaN(b.n)) return 1;
    return a.s < b.s ? -1 : a.s > b.s ? 1 : 0;
  }

  function enhance(table) {
    var heads = table.querySelectorAll("thead th");
    var body = table.tBodies[0];
    heads.forEach(function (th, index) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort";
      button.textContent = th.textContent;
      th.textContent = "";
      th.appendChild(button);
      button.addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        heads.forEach(function (other) { other.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (r1, r2) {
          var order = compare(keyOf(r1.cells[index]), keyOf(r2.cells[index]));
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  }

  document.querySelectorAll("table[data-sortable]").forEach(enhance);
})();
