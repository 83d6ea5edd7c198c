// SPARQL syntax highlighting for the query editor: a textarea over a highlighted copy of its
// text. The textarea stays the real input (keyboard, screen readers, forms without script);
// this script only paints the copy behind it. Tokens are built with textContent, never HTML.
(function () {
  "use strict";

  var KEYWORDS = new Set(("select construct describe ask where from named prefix base distinct " +
    "reduced optional union minus graph service filter bind values order by asc desc limit " +
    "offset group having as not in exists a true false count sum min max avg sample " +
    "group_concat separator str lang langmatches datatype bound iri uri bnode rand abs ceil " +
    "floor round concat strlen ucase lcase encode_for_uri contains strstarts strends " +
    "strbefore strafter year month day hours minutes seconds timezone tz now uuid struuid md5 " +
    "sha1 sha256 sha384 sha512 coalesce if strlang strdt sameterm isiri isuri isblank " +
    "isliteral isnumeric regex substr replace undef silent load clear drop create add move " +
    "copy insert delete with data using default all to into").split(" "));

  // One alternation, tried in order at each position; the group that matched names the token.
  var TOKEN = new RegExp([
    "(#[^\\n]*)",                                            // 1 comment
    "(\"\"\"[\\s\\S]*?(?:\"\"\"|$)|'''[\\s\\S]*?(?:'''|$)|" +
      "\"(?:[^\"\\\\\\n]|\\\\.)*\"?|'(?:[^'\\\\\\n]|\\\\.)*'?)", // 2 string
    "(<[^<>\"{}|^`\\\\\\s]*>)",                               // 3 IRI
    "([?$][A-Za-z0-9_\\u00C0-\\uFFFF]+)",                    // 4 variable
    "(@[A-Za-z]+(?:-[A-Za-z0-9]+)*)",                         // 5 language tag
    "([A-Za-z][\\w.-]*)?:([\\w\\u00C0-\\uFFFF][\\w.\\-\\u00C0-\\uFFFF%]*)?", // 6,7 prefixed name
    "([+-]?(?:\\d+\\.?\\d*(?:[eE][+-]?\\d+)?|\\.\\d+(?:[eE][+-]?\\d+)?))", // 8 number
    "([A-Za-z_][A-Za-z0-9_]*)",                               // 9 word
    "(\\^\\^|[{}()\\[\\];,.*=<>!&|+\\-/^])",                  // 10 punctuation
    "(\\s+|.)"                                                // 11 anything else
  ].join("|"), "gy");

  function tokens(text) {
    var out = [];
    TOKEN.lastIndex = 0;
    var m;
    while (TOKEN.lastIndex < text.length && (m = TOKEN.exec(text)) !== null) {
      var kind = "";
      if (m[1] !== undefined) kind = "comment";
      else if (m[2] !== undefined) kind = "string";
      else if (m[3] !== undefined) kind = "iri";
      else if (m[4] !== undefined) kind = "variable";
      else if (m[5] !== undefined) kind = "keyword";
      else if (m[6] !== undefined || m[7] !== undefined || m[0] === ":") kind = "prefixed";
      else if (m[8] !== undefined) kind = "number";
      else if (m[9] !== undefined) kind = KEYWORDS.has(m[9].toLowerCase()) ? "keyword" : "";
      else if (m[10] !== undefined) kind = "punct";
      out.push([kind, m[0]]);
      if (m[0].length === 0) { TOKEN.lastIndex += 1; }
    }
    return out;
  }

  function paint(code, text) {
    var fragment = document.createDocumentFragment();
    tokens(text).forEach(function (token) {
      if (token[0]) {
        var span = document.createElement("span");
        span.className = "tok-" + token[0];
        span.textContent = token[1];
        fragment.appendChild(span);
      } else {
        fragment.appendChild(document.createTextNode(token[1]));
      }
    });
    // A trailing newline needs a character after it to take up a line in the <pre>.
    fragment.appendChild(document.createTextNode("\n"));
    code.replaceChildren(fragment);
  }

  function enhance(box) {
    var textarea = box.querySelector("textarea");
    var pre = box.querySelector("pre");
    var code = pre.querySelector("code");
    function update() { paint(code, textarea.value); sync(); }
    function sync() { pre.scrollTop = textarea.scrollTop; pre.scrollLeft = textarea.scrollLeft; }
    textarea.addEventListener("input", update);
    textarea.addEventListener("scroll", sync);
    textarea.addEventListener("keydown", function (event) {
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && textarea.form) {
        event.preventDefault();
        textarea.form.requestSubmit();
      }
    });
    update();
    box.classList.add("highlighted");
  }

  document.querySelectorAll("[data-sparql-editor]").forEach(enhance);
  window.ltgraphSparqlTokens = tokens;  // for tests in the browser
})();
