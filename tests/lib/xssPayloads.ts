/**
 * Script payloads for hostile-input tests: links, user-typed text (notes, edition titles), imported CSV cells.
 * Every payload that would run marks itself by setting `window.__pwned` or by opening a dialog, so a browser test
 * can check that nothing ran. Rendered as text, each must appear literally (or be dropped), never as markup.
 */
export const XSS_PAYLOADS: readonly string[] = [
  '<script>window.__pwned=1</script>',
  '"><img src=x onerror="window.__pwned=1">',
  "'><svg onload=window.__pwned=1>",
  '<img src=x onerror=alert(1)>',
  '<svg><script>alert(1)</script></svg>',
  'javascript:window.__pwned=1',
  'JaVaScRiPt:alert(1)',
  '<a href="javascript:window.__pwned=1">klik</a>',
  '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  '<details open ontoggle=window.__pwned=1>',
  '<body onload=window.__pwned=1>',
  '</title><script>window.__pwned=1</script>',
  '</textarea><script>window.__pwned=1</script>',
  '<style>@import "//evil.example/x.css";</style>',
  '<link rel=stylesheet href=//evil.example/x.css>',
  '<meta http-equiv="refresh" content="0;url=javascript:window.__pwned=1">',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '${window.__pwned=1}',
  "'-alert(1)-'",
  '";window.__pwned=1;//',
  '%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E',
  '&lt;script&gt;window.__pwned=1&lt;/script&gt;',
  '\u003cimg src=x onerror=window.__pwned=1\u003e',
  'data:text/html,<script>window.__pwned=1</script>',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=1>',
  '<form action=javascript:window.__pwned=1><button>x</button></form>',
  '=HYPERLINK("http://evil.example","klik")',
  '=cmd|" /C calc"!A0',
  '+SUM(1+1)*cmd|" /C calc"!A0',
  '@SUM(1+1)',
];
