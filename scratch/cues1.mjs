// ../hostile21/src/core/article.ts
import { Readability } from "@mozilla/readability";

// ../hostile21/src/core/lexicon/language-words.ts
var LANGUAGE_WORDS = {
  en: ["the", "and", "of", "to", "that", "is", "was", "said", "with", "for"],
  fr: ["le", "la", "les", "des", "et", "est", "que", "une", "dans", "pour"],
  de: ["der", "die", "das", "und", "ist", "nicht", "mit", "sich", "auch", "ein"],
  es: ["el", "los", "las", "que", "del", "por", "una", "con", "para", "seg\xFAn"],
  pt: ["os", "das", "que", "n\xE3o", "uma", "com", "para", "do", "da", "segundo"],
  cs: ["a", "je", "se", "na", "\u017Ee", "to", "v", "by", "jsou", "tak\xE9"]
};

// ../hostile21/src/core/language.ts
function guessLanguage(text) {
  const sample = text.slice(0, 5e3);
  const han = (sample.match(/[\u4e00-\u9fff]/g) ?? []).length;
  if (han > sample.length * 0.2) return "zh";
  const cyr = (sample.match(/[\u0400-\u04ff]/g) ?? []).length;
  if (cyr > sample.length * 0.3) return "ru";
  const words3 = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words3.length === 0) return "und";
  const counts = /* @__PURE__ */ new Map();
  for (const w of words3) counts.set(w, (counts.get(w) ?? 0) + 1);
  let best = "und";
  let bestScore = 0;
  for (const [lang, list8] of Object.entries(LANGUAGE_WORDS)) {
    const score = list8.reduce((s, w) => s + (counts.get(w) ?? 0), 0);
    if (score > bestScore) {
      best = lang;
      bestScore = score;
    }
  }
  return bestScore >= 3 ? best : "und";
}

// ../hostile21/src/core/article.ts
var NoArticleError = class extends Error {
  constructor(message = "no article found on this page") {
    super(message);
    this.name = "NoArticleError";
  }
};
var BLOCK = /* @__PURE__ */ new Set([
  "ADDRESS",
  "ARTICLE",
  "ASIDE",
  "BLOCKQUOTE",
  "DD",
  "DIV",
  "DL",
  "DT",
  "FIGCAPTION",
  "FIGURE",
  "FOOTER",
  "FORM",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "HEADER",
  "HR",
  "LI",
  "MAIN",
  "NAV",
  "OL",
  "P",
  "PRE",
  "SECTION",
  "TABLE",
  "TBODY",
  "TD",
  "TH",
  "THEAD",
  "TR",
  "UL",
  "BR"
]);
var SKIP = /* @__PURE__ */ new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "BUTTON", "SELECT", "TEXTAREA", "IFRAME"]);
var HEADING = /^H[1-6]$/;
var SPACE = /[\s\u00a0\u200b]+/g;
function flush(w) {
  const t = w.buf.trim();
  w.buf = "";
  w.bufSpace = false;
  if (!t) return;
  if (w.text) w.text += "\n\n";
  const start = w.text.length;
  w.text += t;
  w.paragraphs.push({ start, end: w.text.length, blockquote: w.paraBlockquote, heading: w.paraHeading });
}
function append(w, s) {
  const collapsed = collapsedAlready(s) ? s : s.replace(SPACE, " ");
  if (!collapsed) return;
  const piece = w.buf === "" ? collapsed.trimStart() : w.bufSpace && collapsed.charCodeAt(0) === 32 ? collapsed.slice(1) : collapsed;
  if (piece) {
    w.buf += piece;
    w.bufSpace = piece.charCodeAt(piece.length - 1) === 32;
  }
  if (w.buf.length > 0) {
    w.paraBlockquote ||= w.blockquote > 0;
    w.paraHeading ||= w.heading > 0;
  }
}
function isSpaceChar(ch) {
  if (ch < 128) return ch === 32 || ch >= 9 && ch <= 13;
  return ch === 160 || ch === 5760 || ch >= 8192 && ch <= 8203 || ch === 8232 || ch === 8233 || ch === 8239 || ch === 8287 || ch === 12288 || ch === 65279;
}
function collapsedAlready(s) {
  let prevSpace = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    if (ch === 32) {
      if (prevSpace) return false;
      prevSpace = true;
    } else if (ch < 128 ? ch >= 9 && ch <= 13 : ch >= 160 && isSpaceChar(ch)) return false;
    else prevSpace = false;
  }
  return true;
}
function startBlock(w) {
  flush(w);
  w.paraBlockquote = false;
  w.paraHeading = false;
}
function walk(node, w) {
  const stack = [{ node }];
  while (stack.length) {
    const frame = stack.pop();
    if (frame.exit) {
      frame.exit();
      continue;
    }
    const n = frame.node;
    if (n.nodeType === 3) {
      const marks = QUOTE_MARKS.get(n);
      if (marks) appendQuoted(w, n.nodeValue ?? "", marks);
      else append(w, n.nodeValue ?? "");
      continue;
    }
    if (n.nodeType !== 1) continue;
    const el = n;
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag)) continue;
    const block = BLOCK.has(tag);
    if (block) startBlock(w);
    if (tag === "BLOCKQUOTE") w.blockquote++;
    if (HEADING.test(tag)) w.heading++;
    let qStart = -1;
    if (tag === "Q") qStart = pendingOffset(w);
    stack.push({
      node: n,
      exit: () => {
        if (tag === "Q" && qStart >= 0) {
          const end = pendingOffset(w);
          if (end > qStart) w.inlineQuotes.push({ start: qStart, end });
        }
        if (tag === "BLOCKQUOTE") w.blockquote--;
        if (HEADING.test(tag)) w.heading--;
        if (block) startBlock(w);
      }
    });
    for (let k = el.lastChild; k !== null; k = k.previousSibling) stack.push({ node: k });
  }
}
function appendQuoted(w, s, marks) {
  let from = 0;
  const open = [];
  for (const m of marks) {
    const at = Math.min(Math.floor(m / 2), s.length);
    if (at > from) append(w, s.slice(from, at)), from = at;
    if (m % 2 === 1) open.push(pendingOffset(w));
    else {
      const start = open.pop();
      const end = pendingOffset(w);
      if (start !== void 0 && end > start) w.inlineQuotes.push({ start, end });
    }
  }
  if (from < s.length) append(w, s.slice(from));
}
function pendingOffset(w) {
  const base = w.text ? w.text.length + 2 : 0;
  return base + w.buf.length;
}
function flattenToText(root) {
  const w = {
    text: "",
    paragraphs: [],
    inlineQuotes: [],
    buf: "",
    bufSpace: false,
    blockquote: 0,
    heading: 0,
    paraBlockquote: false,
    paraHeading: false
  };
  walk(root, w);
  flush(w);
  const inlineQuotes = w.inlineQuotes.filter((q) => q.end <= w.text.length);
  return { text: w.text, paragraphs: w.paragraphs, inlineQuotes };
}
var READ_DEPTH = 48;
function hasElementAtDepth(doc, depth) {
  try {
    return doc.querySelector(`:root${" > *".repeat(depth)}`) !== null;
  } catch {
    return true;
  }
}
function clonePage(doc) {
  const clone = doc.implementation.createHTMLDocument("");
  const root = doc.documentElement;
  if (!root) return { clone, depthCut: false };
  if (!hasElementAtDepth(doc, READ_DEPTH) && doc.querySelector("code *") === null) {
    const quotes = Array.from(root.querySelectorAll("Q"));
    if (quotes.length === 0 || !copyQuotesAsText(root, quotes, clone)) clone.replaceChild(clone.importNode(root, true), clone.documentElement);
    return { clone, depthCut: false };
  }
  const top = clone.importNode(root, false);
  clone.replaceChild(top, clone.documentElement);
  let depthCut = false;
  const containers = /* @__PURE__ */ new WeakSet();
  const stack = [];
  const pushChildren = (node, parent, depth) => {
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i], parent, depth });
  };
  pushChildren(root, top, 1);
  while (stack.length) {
    const { node, parent, depth } = stack.pop();
    const type = node.nodeType;
    if (type === 1) {
      if (depth >= READ_DEPTH) {
        depthCut = true;
        flattenInto(parent, node, containers);
        continue;
      }
      const copy = clone.importNode(node, false);
      parent.appendChild(copy);
      if (node.tagName.toUpperCase() === "CODE" && plainCode(node)) {
        const text = node.textContent ?? "";
        if (text) copy.appendChild(clone.createTextNode(text));
        continue;
      }
      pushChildren(node, copy, depth + 1);
    } else if (type === 3 || type === 4 || type === 8) parent.appendChild(clone.importNode(node, false));
  }
  return { clone, depthCut };
}
var QUOTE_MARKS = /* @__PURE__ */ new WeakMap();
var MARKED_COPIES = /* @__PURE__ */ new WeakSet();
var HTML_NS = "http://www.w3.org/1999/xhtml";
function copyQuotesAsText(root, quotes, clone) {
  const plainTree = /* @__PURE__ */ new Map();
  const isPlainTree = (q) => {
    let known = plainTree.get(q);
    if (known !== void 0) return known;
    known = q.namespaceURI === HTML_NS && q.attributes.length === 0;
    for (let k = q.firstChild; known && k; k = k.nextSibling) {
      if (k.nodeType === 3) continue;
      known = k.nodeType === 1 && k.tagName.toUpperCase() === "Q" && isPlainTree(k);
    }
    plainTree.set(q, known);
    return known;
  };
  const skipped = /* @__PURE__ */ new Map();
  const plain = /* @__PURE__ */ new Set();
  for (const q of quotes) {
    const parent = q.parentElement;
    if (!parent || parent.tagName.toUpperCase() === "Q" && isPlainTree(parent)) continue;
    if (!isPlainTree(q) || (q.textContent ?? "").trim() === "") continue;
    const chain = [];
    let skip = false;
    let up = parent;
    for (; up && !skipped.has(up); up = up.parentElement) chain.push(up);
    skip = up ? skipped.get(up) : false;
    for (let i = chain.length - 1; i >= 0; i--) {
      skip ||= SKIP.has(chain[i].tagName.toUpperCase());
      skipped.set(chain[i], skip);
    }
    if (!skip && skipped.get(parent) === false) plain.add(q);
  }
  if (plain.size === 0) return false;
  const top = clone.importNode(root, false);
  clone.replaceChild(top, clone.documentElement);
  MARKED_COPIES.add(clone);
  const stack = [[root, top]];
  const run = [];
  const flushRun = (into) => {
    if (!run.length) return;
    let a = 0;
    let b = run.length;
    if (run.some((n) => plain.has(n))) {
      const blank = (n) => n.nodeType === 3 && (n.nodeValue ?? "").trim() === "";
      while (a < b && blank(run[a])) a++;
      while (b > a && blank(run[b - 1])) b--;
    } else a = b = run.length;
    for (let i = 0; i < a; i++) into.appendChild(clone.importNode(run[i], false));
    if (a < b) {
      const parts = [];
      let length = 0;
      const marks = [];
      const add = (n) => {
        if (n.nodeType === 3) {
          const v = n.nodeValue ?? "";
          parts.push(v);
          length += v.length;
          return;
        }
        marks.push(length * 2 + 1);
        for (let k = n.firstChild; k; k = k.nextSibling) add(k);
        marks.push(length * 2);
      };
      for (let i = a; i < b; i++) add(run[i]);
      const text = into.appendChild(clone.createTextNode(parts.join("")));
      if (marks.length) QUOTE_MARKS.set(text, marks);
    }
    for (let i = b; i < run.length; i++) into.appendChild(clone.importNode(run[i], false));
    run.length = 0;
  };
  while (stack.length) {
    const [source, copy] = stack.pop();
    for (let k = source.firstChild; k; k = k.nextSibling) {
      if (k.nodeType === 3 || plain.has(k)) {
        run.push(k);
        continue;
      }
      flushRun(copy);
      if (skipped.get(k) === false) stack.push([k, copy.appendChild(clone.importNode(k, false))]);
      else copy.appendChild(clone.importNode(k, true));
    }
    flushRun(copy);
  }
  return true;
}
function copyMarked(node) {
  const copy = node.cloneNode(true);
  const doc = node.ownerDocument;
  if (!doc || !MARKED_COPIES.has(doc)) return copy;
  const from = doc.createTreeWalker(node, 4);
  const to = doc.createTreeWalker(copy, 4);
  for (let a = node.nodeType === 3 ? node : from.nextNode(), b = copy.nodeType === 3 ? copy : to.nextNode(); a && b; a = from.nextNode(), b = to.nextNode()) {
    const marks = QUOTE_MARKS.get(a);
    if (marks) QUOTE_MARKS.set(b, marks);
  }
  return copy;
}
var FLAT_INLINE = 8;
var FLAT_RUN = 100;
function flattenInto(anchor, el, containers) {
  const doc = anchor.ownerDocument;
  const blockParent = () => {
    const last = anchor.lastChild;
    if (last && containers.has(last) && last.childNodes.length < FLAT_RUN) return last;
    const div = anchor.appendChild(doc.createElement("DIV"));
    containers.add(div);
    return div;
  };
  const blocks = [];
  let inline = [];
  const container = () => {
    if (inline.length) return inline[inline.length - 1];
    const b = blocks[blocks.length - 1];
    if (!b) return anchor;
    if (!b.copy) blockParent().appendChild(b.copy = doc.importNode(b.source, false));
    return b.copy;
  };
  const opened = () => inline.length > 0 || blocks.length === 0 || blocks[blocks.length - 1].copy !== null;
  const stack = [{ node: el }];
  const pushChildren = (n) => {
    for (let k = n.lastChild; k !== null; k = k.previousSibling) stack.push({ node: k });
  };
  while (stack.length) {
    const frame = stack.pop();
    if ("exitBlock" in frame) {
      blocks.pop();
      inline = [];
      if (blocks.length) blocks[blocks.length - 1].copy = null;
      continue;
    }
    if ("exitInline" in frame) {
      const at = inline.indexOf(frame.exitInline);
      if (at >= 0) inline.length = at;
      continue;
    }
    const n = frame.node;
    const type = n.nodeType;
    if (type === 3 || type === 4) {
      if (opened() || (n.nodeValue ?? "").trim()) container().appendChild(doc.importNode(n, false));
      continue;
    }
    if (type !== 1) continue;
    const e = n;
    const tag = e.tagName.toUpperCase();
    if (SKIP.has(tag)) continue;
    if (BLOCK.has(tag)) {
      inline = [];
      if (blocks.length) blocks[blocks.length - 1].copy = null;
      blocks.push({ source: e, copy: null });
      if (!e.firstChild) {
        blocks.pop();
        if (tag === "BR" || tag === "HR") blockParent().appendChild(doc.importNode(e, false));
        else if (!blocks.length) anchor.appendChild(doc.createElement("BR"));
        continue;
      }
      stack.push({ exitBlock: true });
      pushChildren(e);
    } else if ((tag === "Q" || tag === "A") && inline.length < FLAT_INLINE) {
      const copy = doc.importNode(e, false);
      container().appendChild(copy);
      inline.push(copy);
      stack.push({ exitInline: copy });
      pushChildren(e);
    } else if (!e.firstChild) container().appendChild(doc.importNode(e, false));
    else pushChildren(e);
  }
}
function plainCode(code) {
  if (!code.firstElementChild) return false;
  const stack = [code];
  while (stack.length) {
    for (let child = stack.pop().firstElementChild; child; child = child.nextElementSibling) {
      const tag = child.tagName.toUpperCase();
      if (BLOCK.has(tag) || SKIP.has(tag) || tag === "Q" || tag === "A" || tag === "IMG") return false;
      stack.push(child);
    }
  }
  return true;
}
function parseCopy(doc, options) {
  let copy;
  try {
    copy = clonePage(doc);
  } catch (e) {
    return { parsed: null, depthCut: false, error: `the page cannot be copied (${e instanceof Error ? e.message : String(e)})` };
  }
  const restores = copy.clone.body ? restoreFromCopies(copy.clone.body, !copy.depthCut && !MARKED_COPIES.has(copy.clone)) : () => 0;
  try {
    const parsed = new Readability(copy.clone, { ...options, serializer: (el) => el }).parse();
    if (!parsed || !parsed.content) return { parsed: null, depthCut: copy.depthCut, error: null };
    return { parsed: { ...parsed, exhausted: restores() >= 4 }, depthCut: copy.depthCut, error: null };
  } catch (e) {
    return { parsed: null, depthCut: copy.depthCut, error: `Readability failed on this page: ${e instanceof Error ? e.message : String(e)}` };
  }
}
function restoreFromCopies(body, asParsed) {
  let html;
  for (let o = Object.getPrototypeOf(body); o && !html; o = Object.getPrototypeOf(o)) html = Object.getOwnPropertyDescriptor(o, "innerHTML");
  if (!html?.get || !html.set) return () => 0;
  const { get, set } = html;
  let read = null;
  let kept = null;
  let restores = 0;
  Object.defineProperty(body, "innerHTML", {
    configurable: true,
    get() {
      read = get.call(this);
      restores = 0;
      kept = asParsed ? null : Array.from(this.childNodes, copyMarked);
      return read;
    },
    set(value) {
      if (read === null || value !== read) {
        set.call(this, value);
        return;
      }
      restores++;
      if (restores >= 4) this.replaceChildren();
      else if (!kept) {
        set.call(this, value);
        kept = Array.from(this.childNodes, (n) => n.cloneNode(true));
      } else if (restores === 3) {
        this.replaceChildren(...kept);
        kept = [];
      } else this.replaceChildren(...kept.map(copyMarked));
    }
  });
  return () => restores;
}
var FIRST = { charThreshold: 200 };
function runReadability(doc) {
  const { parsed, depthCut, error } = parseCopy(doc, FIRST);
  if (!parsed) throw new NoArticleError(error ?? void 0);
  parsed.reading = { depthLimit: depthCut ? READ_DEPTH : null, fallback: null, rejected: null, thin: false, articleChars: 0, pageChars: 0 };
  return parsed;
}
var MAX_HEADLINE = 300;
var LETTERS = /[^\p{L}\p{N}]+/gu;
function headlineOf(doc, title) {
  const h1 = doc.body?.querySelector("h1");
  const line = (h1?.textContent ?? "").replace(SPACE, " ").trim();
  if (!line || line.length > MAX_HEADLINE) return null;
  const key = line.replace(LETTERS, " ").trim().toLowerCase();
  return key && title.replace(LETTERS, " ").trim().toLowerCase().startsWith(key) ? line : null;
}
function withHeadline(flat, headline) {
  const first = flat.paragraphs[0];
  if (first?.heading && flat.text.slice(first.start, first.end) === headline) {
    return { ...flat, paragraphs: [{ ...first, headline: true }, ...flat.paragraphs.slice(1)] };
  }
  if (flat.text.slice(0, headline.length * 2 + 200).includes(headline)) return flat;
  const shift = headline.length + 2;
  return {
    text: `${headline}

${flat.text}`,
    paragraphs: [
      { start: 0, end: headline.length, blockquote: false, heading: true, headline: true },
      ...flat.paragraphs.map((p) => ({ ...p, start: p.start + shift, end: p.end + shift }))
    ],
    inlineQuotes: flat.inlineQuotes.map((q) => ({ start: q.start + shift, end: q.end + shift }))
  };
}
function articleFrom(parsed, doc, url2) {
  const read = flattenToText(parsed.content);
  if (read.text.length < 80) throw new NoArticleError();
  const title = (parsed.title ?? doc.title ?? "").replace(SPACE, " ").trim();
  const headline = headlineOf(doc, title);
  const flat = headline ? withHeadline(read, headline) : read;
  const added = flat.text.length - read.text.length;
  const declared = (parsed.lang ?? doc.documentElement?.getAttribute("lang") ?? "").toLowerCase().split(/[-_]/)[0] ?? "";
  const lang = /^[a-z]{2,3}$/.test(declared) ? declared : guessLanguage(flat.text);
  const article = {
    url: url2,
    title,
    byline: parsed.byline?.trim() || null,
    siteName: parsed.siteName?.trim() || null,
    lang,
    ...flat
  };
  if (added > 0) PUT_BEFORE.set(article, added);
  return article;
}
var PUT_BEFORE = /* @__PURE__ */ new WeakMap();

// ../hostile21/src/core/lexicon/compiled.ts
var CUE_ACCORDING = 1;
var CUE_ACCORDING_AFTER = 2;
var CUE_RELAY = 4;
var CUE_SPEECH = 8;
var CUE_CLAIM_NOUN = 16;
var CUE_START = 31;
var WORD_STOPWORD = 1 << 5;
var WORD_DETERMINER = 1 << 6;
var WORD_INDEFINITE = 1 << 7;
var WORD_HONORIFIC = 1 << 8;
var WORD_PARTICLE = 1 << 9;
var WORD_ORG_HEAD = 1 << 10;
var WORD_TITLE = 1 << 11;
var WORD_TITLE_LOOSE = 1 << 12;
var WORD_MALE = 1 << 13;
var WORD_FEMALE = 1 << 14;
var WORD_PLURAL = 1 << 15;
var WORD_NEUTER = 1 << 16;
var WORD_COMPLEMENTIZER = 1 << 17;
var WORD_VERB_MODIFIER = 1 << 18;
var WORD_NOT_CLAUSE_START = 1 << 19;
var WORD_RELATIVE = 1 << 20;
var WORD_ANONYMOUS_HEAD = 1 << 21;
var WORD_CLAUSE_BREAK = 1 << 22;
var WORD_CONJUNCTION = 1 << 23;
function wordFlags(c) {
  const m = /* @__PURE__ */ new Map();
  const add = (words3, bit) => {
    for (const w of words3) m.set(w, (m.get(w) ?? 0) | bit);
  };
  add(c.according.keys(), CUE_ACCORDING);
  add(c.accordingAfter, CUE_ACCORDING_AFTER);
  add(c.relay.keys(), CUE_RELAY);
  add(c.speech.keys(), CUE_SPEECH);
  add(c.claimNouns, CUE_CLAIM_NOUN);
  add(c.stopwords, WORD_STOPWORD);
  add(c.determiners, WORD_DETERMINER);
  add(c.indefinites, WORD_INDEFINITE);
  add(c.honorifics, WORD_HONORIFIC);
  add(c.nameParticles, WORD_PARTICLE);
  add(c.orgHeads, WORD_ORG_HEAD);
  add(c.titleWords, WORD_TITLE | WORD_TITLE_LOOSE);
  add([...c.titleWords].map((w) => `${w}.`), WORD_TITLE_LOOSE);
  add(c.male, WORD_MALE);
  add(c.female, WORD_FEMALE);
  add(c.plural, WORD_PLURAL);
  add(c.neuter, WORD_NEUTER);
  add(c.complementizers, WORD_COMPLEMENTIZER);
  add(c.verbModifiers, WORD_VERB_MODIFIER);
  add(c.notClauseStart, WORD_NOT_CLAUSE_START);
  add(c.relative, WORD_RELATIVE);
  add(c.anonymousHeads, WORD_ANONYMOUS_HEAD);
  add(c.clauseBreaks, WORD_CLAUSE_BREAK);
  add(c.conjunctions, WORD_CONJUNCTION);
  return m;
}
var WORD_START = /^[\p{L}\p{N}\p{M}]/u;
function flagsOf(c, lower) {
  const listed = c.wordFlags.get(lower);
  if (listed !== void 0) return listed;
  let found = c.compoundFlags.get(lower);
  if (found === void 0) {
    found = compoundHeadFlags(c, lower, (w) => (c.wordFlags.get(w) ?? 0) & HEAD_BITS);
    c.compoundFlags.set(lower, found);
  }
  return found;
}
var HEAD_BITS = WORD_TITLE | WORD_TITLE_LOOSE | WORD_ORG_HEAD | WORD_ANONYMOUS_HEAD;
function compoundHeadFlags(c, lower, head) {
  const inflected = (part) => {
    const bits = head(part);
    if (bits !== 0) return bits;
    for (const e of c.lex.nounInflections ?? []) {
      if (part.length > e.length + 2 && part.endsWith(e)) {
        const b = head(part.slice(0, -e.length));
        if (b !== 0) return b;
      }
    }
    return 0;
  };
  const hyphen = Math.max(lower.lastIndexOf("-"), lower.lastIndexOf("\u2011"));
  if (hyphen > 0 && hyphen < lower.length - 2) {
    const bits = inflected(lower.slice(hyphen + 1));
    if (bits !== 0 || c.lex.closedCompounds !== true) return bits;
  }
  if (c.lex.closedCompounds !== true) return 0;
  for (let k = Math.max(3, hyphen + 4); k <= lower.length - 3; k++) {
    const part = lower.slice(k);
    if (part.length < 4 && k < 5) continue;
    const bits = inflected(part);
    if (bits !== 0) return bits;
  }
  return 0;
}
function words(phrase) {
  return phrase.toLowerCase().trim().split(/\s+/).filter(Boolean);
}
function table(phrases) {
  const t = /* @__PURE__ */ new Map();
  for (const p of phrases) {
    const w = words(p);
    if (w.length === 0) continue;
    const list8 = t.get(w[0]) ?? [];
    list8.push(w);
    t.set(w[0], list8);
  }
  for (const list8 of t.values()) list8.sort((a, b) => b.length - a.length);
  return t;
}
var cache = /* @__PURE__ */ new WeakMap();
function compile(lex) {
  const hit = cache.get(lex);
  if (hit) return hit;
  const set = (xs) => new Set(xs.map((x) => x.toLowerCase()));
  const base = {
    lex,
    speech: table(lex.speechVerbs),
    relay: table(lex.relayVerbs),
    weak: set(lex.weakCues),
    bareComplement: set(lex.bareComplementVerbs),
    according: table(lex.accordingTo),
    claimNouns: set(lex.claimNouns),
    complementizers: set(lex.complementizers),
    parentheticals: table(lex.parentheticals),
    titleWords: new Set(lex.titles.flatMap(words)),
    titles: table(lex.titles),
    honorifics: set(lex.honorifics),
    anonymousMarkers: table(lex.anonymous.markers),
    anonymousHeads: set(lex.anonymous.heads),
    orgHeads: new Set(lex.organizationHeads.flatMap(words)),
    stopwords: set(lex.stopwords),
    determiners: set(lex.determiners),
    femaleTitles: set(lex.genderedTitles?.female ?? []),
    namingVerbs: set(lex.namingVerbs ?? []),
    maleTitles: set(lex.genderedTitles?.male ?? []),
    indefinites: set(lex.indefinites),
    clauseBreaks: set(lex.clauseBreaks.filter((w) => !w.includes(" "))),
    verbModifiers: set(lex.verbModifiers),
    nameParticles: set(lex.nameParticles),
    asWords: set(lex.asWords),
    affiliation: set(lex.affiliation ?? []),
    nameModifiers: set(lex.nameModifiers ?? []),
    quoteOnly: set(lex.quoteOnlyCues ?? []),
    titleCues: set(lex.titleCues ?? []),
    male: set(lex.pronouns.male),
    female: set(lex.pronouns.female),
    plural: set(lex.pronouns.plural),
    neuter: set(lex.pronouns.neuter),
    relative: set(lex.pronouns.relative),
    addressee: set(lex.addresseeVerbs ?? []),
    notClauseStart: set(lex.notClauseStart ?? []),
    cueBlockers: set(lex.cueBlockers ?? []),
    freeRelatives: set(lex.freeRelatives ?? []),
    nounLikeCues: set(lex.nounLikeCues ?? []),
    contentEnders: set(lex.contentEnders ?? []),
    evidenceCues: set(lex.evidenceCues ?? []),
    accusation: set(lex.accusationVerbs ?? []),
    accusationLinks: set(lex.accusationLinks ?? []),
    conjunctions: set(lex.conjunctions ?? []),
    cueAdjuncts: table(lex.cueAdjuncts ?? []),
    accordingAfter: set(lex.accordingToAfter ?? []),
    quoteTagCues: set(lex.quoteTagCues ?? []),
    dateWords: set(lex.dateWords ?? []),
    pageStrings: new Set((lex.pageStrings ?? []).map((p) => words(p).join(" "))),
    locatives: set(lex.locatives ?? []),
    documentHeads: set(lex.documentHeads ?? []),
    connectives: set(lex.connectives ?? []),
    firstPerson: set(lex.firstPerson ?? []),
    objectPronouns: set(lex.objectPronouns ?? []),
    definiteArticles: set(lex.definiteArticles ?? []),
    ofWords: set(lex.ofWords ?? []),
    possessivePronouns: set(lex.possessivePronouns ?? []),
    neuterSubjects: set(lex.neuterSubjects ?? []),
    nounPhraseLinks: set(lex.nounPhraseLinks ?? []),
    maleHonorifics: set(lex.honorificGender?.male ?? []),
    femaleHonorifics: set(lex.honorificGender?.female ?? []),
    bylinePrefixes: set(lex.bylinePrefixes ?? []),
    reportedVerbs: set(lex.reportedVerbForms ?? []),
    reportedVerbsAfterReport: set(lex.reportedVerbFormsAfterReport ?? []),
    reportedEndings: (lex.reportedVerbEndings ?? []).map((x) => x.toLowerCase()),
    reportedIndicativeWith: set(lex.reportedVerbIndicativeWith ?? []),
    hearsayModals: set(lex.hearsayModals ?? []),
    perfectAuxiliaries: set(lex.perfectAuxiliaries ?? []),
    subordinators: set(lex.subordinators ?? []),
    genitiveDeterminers: set(lex.genitiveDeterminers ?? []),
    accordingAnaphors: set(lex.accordingAnaphors ?? []),
    reportRelatives: set(lex.reportRelatives ?? []),
    infinitiveMarkers: set(lex.infinitiveMarkers ?? []),
    reportParentheticals: set(lex.reportParentheticals ?? []),
    accordingNouns: (lex.accordingNouns ?? []).map((x) => x.toLowerCase()),
    accordingNounLinks: set(lex.accordingNounLinks ?? [])
  };
  const flags = wordFlags(base);
  const c = { ...base, wordFlags: flags, symbolWords: [...flags.keys()].some((w) => !WORD_START.test(w)), compoundFlags: /* @__PURE__ */ new Map() };
  cache.set(lex, c);
  return c;
}
function phraseAt(table2, tokens, i) {
  const first = tokens[i];
  if (!first || !first.word) return 0;
  const candidates = table2.get(first.lower);
  if (!candidates) return 0;
  for (const phrase of candidates) {
    let ok = true;
    for (let k = 1; k < phrase.length; k++) {
      if (tokens[i + k]?.lower !== phrase[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return phrase.length;
  }
  return 0;
}
function endsAsParticiple(lower, c) {
  for (const e of c.lex.participleEndings ?? []) if (lower.endsWith(e)) return true;
  return false;
}
function endsAsReflexive(lower, c) {
  for (const e of c.lex.reflexiveEndings ?? []) if (lower.endsWith(e)) return true;
  return false;
}
function isPersonalPronoun(lower, c) {
  return c.male.has(lower) || c.female.has(lower) || c.plural.has(lower) || c.neuter.has(lower);
}

// ../hostile21/src/core/segment.ts
var WINDOW = 4e3;
var segmenters = /* @__PURE__ */ new Map();
function segmenterFor(lang, granularity) {
  const key = `${lang}:${granularity}`;
  let s = segmenters.get(key);
  if (!s) segmenters.set(key, s = new Intl.Segmenter(lang, { granularity }));
  return s;
}
function windowEnd(text, from, to) {
  if (to - from <= WINDOW) return to;
  const limit = from + WINDOW;
  let space = -1;
  for (let i = limit; i > from + WINDOW / 2; i--) {
    if (!/\s/.test(text[i])) continue;
    if (/[.!?。！？]/.test(text[i - 1] ?? "")) return i + 1;
    if (space < 0) space = i + 1;
  }
  return space > 0 ? space : limit;
}
function segments(segmenter, text, from, to) {
  const out = [];
  let at = from;
  while (at < to) {
    const end = windowEnd(text, at, to);
    for (const seg of segmenter.segment(text.slice(at, end))) {
      const start = at + seg.index;
      out.push({ start, end: start + seg.segment.length, isWordLike: seg.isWordLike === true });
    }
    at = end;
  }
  return out;
}

// ../hostile21/src/core/unspaced.ts
var dictionaries = /* @__PURE__ */ new WeakMap();
function dictionaryOf(lex) {
  let d = dictionaries.get(lex);
  if (d) return d;
  const all = [
    ...lex.speechVerbs,
    ...lex.weakCues,
    ...lex.bareComplementVerbs,
    ...lex.accordingTo,
    ...lex.claimNouns,
    ...lex.titles,
    ...lex.honorifics,
    ...lex.anonymous.markers,
    ...lex.anonymous.heads,
    ...lex.organizationHeads,
    ...lex.relayVerbs,
    ...lex.pronouns.male,
    ...lex.pronouns.female,
    ...lex.pronouns.plural,
    ...lex.pronouns.neuter,
    ...lex.indefinites,
    ...lex.determiners,
    ...lex.speakerParticles ?? []
  ].filter((w) => w.length > 0 && !/\s/.test(w));
  d = { words: new Set(all.map((w) => w.toLowerCase())), longest: Math.max(1, ...all.map((w) => w.length)) };
  dictionaries.set(lex, d);
  return d;
}
var UPPER = /^\p{Lu}/u;
var WORDISH = /[\p{L}\p{N}]/u;
var PUNCT = { "\uFF0C": ",", "\u3001": ",", "\uFF1A": ":", "\uFF1B": ";", "\u3002": ".", "\uFF1F": "?", "\uFF01": "!", "\uFF08": "(", "\uFF09": ")" };
function tok(text, start, end, word2, c) {
  const raw = text.slice(start, end);
  const t = word2 ? raw : PUNCT[raw] ?? raw;
  const lower = t.toLowerCase();
  return { text: t, lower, start, end, word: word2, cap: word2 && UPPER.test(t), flags: flagsOf(c, lower) };
}
function longestAt(text, p, limit, dict) {
  for (let len = Math.min(dict.longest, limit - p); len > 0; len--) {
    if (dict.words.has(text.slice(p, p + len).toLowerCase())) return len;
  }
  return 0;
}
function unspacedTokens(text, from, to, lex) {
  return tokensOfCuts(text, from, segments(segmenterFor(lex.lang, "word"), text, from, to), lex);
}
function tokensOfCuts(text, from, cuts, lex) {
  const dict = dictionaryOf(lex);
  const c = compile(lex);
  const segs = [];
  for (const seg of cuts) {
    const piece = text.slice(seg.start, seg.end);
    if (piece.trim() === "") continue;
    segs.push({ start: seg.start, end: seg.end, word: WORDISH.test(piece) });
  }
  const out = [];
  let k = 0;
  let p = from;
  while (k < segs.length) {
    const seg = segs[k];
    if (p < seg.start) p = seg.start;
    if (p >= seg.end) {
      k++;
      continue;
    }
    if (!seg.word) {
      out.push(tok(text, p, seg.end, false, c));
      p = seg.end;
      k++;
      continue;
    }
    let runEnd = seg.end;
    for (let j = k + 1; j < segs.length && segs[j].word && segs[j].start === runEnd; j++) runEnd = segs[j].end;
    const rest = seg.end - p;
    const len = longestAt(text, p, runEnd, dict);
    if (len > rest && keepsWhole(text, p + len, segs, k, dict)) {
      out.push(tok(text, p, p + len, true, c));
      p += len;
      while (k < segs.length && segs[k].end <= p) k++;
      continue;
    }
    if (len > 0 && len < rest && dict.words.has(text.slice(p + len, seg.end).toLowerCase())) {
      out.push(tok(text, p, p + len, true, c), tok(text, p + len, seg.end, true, c));
      p = seg.end;
      k++;
      continue;
    }
    const inner = innerWordStart(text, p, seg.end, runEnd, segs, k, dict);
    if (inner > p) {
      out.push(tok(text, p, inner, true, c));
      p = inner;
      continue;
    }
    out.push(tok(text, p, seg.end, true, c));
    p = seg.end;
    k++;
  }
  return out;
}
function innerWordStart(text, p, segEnd, runEnd, segs, k, dict) {
  for (let q = p + 1; q < segEnd; q++) {
    const len = longestAt(text, q, runEnd, dict);
    if (q + len > segEnd && keepsWhole(text, q + len, segs, k, dict)) return q;
  }
  return -1;
}
function keepsWhole(text, end, segs, k, dict) {
  for (let j = k; j < segs.length; j++) {
    const s = segs[j];
    if (s.end === end) return true;
    if (s.start < end && end < s.end) return dict.words.has(text.slice(end, s.end).toLowerCase());
  }
  return true;
}
var NAME_DOTS = /* @__PURE__ */ new Set(["\xB7", "\u30FB", "\u2022", "\u2027", "\u2219", "?", "\uFF0E", "."]);
var HAN = /^[\u3400-\u9fff\uf900-\ufaff]+$/u;
var MAX_PART = 6;
function namePart(t, c) {
  if (!t || !t.word || !HAN.test(t.text)) return false;
  const w = t.lower;
  return !(c.speech.has(w) || c.relay.has(w) || c.titleWords.has(w) || c.orgHeads.has(w) || c.stopwords.has(w) || c.verbModifiers.has(w) || c.male.has(w) || c.female.has(w) || c.plural.has(w) || c.neuter.has(w) || c.anonymousHeads.has(w) || c.anonymousMarkers.has(w) || c.determiners.has(w) || c.indefinites.has(w) || c.honorifics.has(w) || c.according.has(w) || c.weak.has(w));
}
function joined(tokens, from, to, c) {
  const first = tokens[from];
  const last = tokens[to - 1];
  const text = tokens.slice(from, to).map((t) => t.text).join("");
  const lower = text.toLowerCase();
  return { text, lower, start: first.start, end: last.end, word: true, cap: false, flags: flagsOf(c, lower) };
}
function partStart(tokens, end, c) {
  let i = end;
  let chars = 0;
  while (i > 0 && namePart(tokens[i - 1], c) && chars + tokens[i - 1].text.length <= MAX_PART) {
    chars += tokens[i - 1].text.length;
    i--;
  }
  return i;
}
function partEnd(tokens, start, c) {
  let i = start;
  let chars = 0;
  while (i < tokens.length && namePart(tokens[i], c) && chars + tokens[i].text.length <= MAX_PART) {
    chars += tokens[i].text.length;
    i++;
  }
  return i;
}
function titlesBefore(tokens, at, c) {
  const out = [];
  for (let i = at - 1; i >= 0 && at - i <= 4; i--) {
    const t = tokens[i];
    if (!t.word || !((t.flags & WORD_TITLE) !== 0 || (t.flags & WORD_ORG_HEAD) !== 0)) break;
    out.unshift(t);
  }
  return out;
}
function unspacedNames(tokens, c) {
  const out = [];
  const used = /* @__PURE__ */ new Set();
  for (let i = 1; i < tokens.length - 1; i++) {
    const dot = tokens[i];
    if (dot.word || !NAME_DOTS.has(dot.text) || !namePart(tokens[i - 1], c) || !namePart(tokens[i + 1], c)) continue;
    const a = partStart(tokens, i, c);
    const b = partEnd(tokens, i + 1, c);
    const parts = [joined(tokens, a, i, c), joined(tokens, i + 1, b, c)];
    let end2 = b;
    if (NAME_DOTS.has(tokens[b]?.text ?? "") && namePart(tokens[b + 1], c)) {
      end2 = partEnd(tokens, b + 1, c);
      parts.push(joined(tokens, b + 1, end2, c));
    }
    out.push({ name: parts, titles: titlesBefore(tokens, a, c), honorific: null });
    for (let k = a; k < end2; k++) used.add(k);
    i = end2;
  }
  for (let i = 0; i < tokens.length; i++) {
    if (used.has(i) || !namePart(tokens[i], c)) continue;
    const before2 = tokens[i - 1];
    if (before2 && before2.word && (before2.flags & WORD_TITLE) === 0 && (before2.flags & WORD_ORG_HEAD) === 0) continue;
    const b = partEnd(tokens, i, c);
    let v = b;
    while (v < tokens.length && tokens[v].word && (tokens[v].flags & WORD_VERB_MODIFIER) !== 0) v++;
    const verb8 = tokens[v];
    const chars = tokens.slice(i, b).reduce((n, t) => n + t.text.length, 0);
    const cue = verb8?.word === true && (verb8.flags & CUE_SPEECH) !== 0 && (!c.weak.has(verb8.lower) || b - i >= 2);
    if (cue && chars >= 2 && b - i < tokens.length) {
      out.push({ name: [joined(tokens, i, b, c)], titles: titlesBefore(tokens, i, c), honorific: null });
      for (let k = i; k < b; k++) used.add(k);
    }
    i = b - 1;
  }
  let end = tokens.length;
  while (end > 0 && !tokens[end - 1].word) end--;
  if (end > 0 && !used.has(end - 1) && namePart(tokens[end - 1], c)) {
    const start = partStart(tokens, end, c);
    const before2 = tokens[start - 1];
    const introduced = start === 0 || before2 !== void 0 && before2.word && ((before2.flags & WORD_TITLE) !== 0 || (before2.flags & WORD_ORG_HEAD) !== 0);
    const chars = tokens.slice(start, end).reduce((n, t) => n + t.text.length, 0);
    if (introduced && chars >= 2) out.push({ name: [joined(tokens, start, end, c)], titles: titlesBefore(tokens, start, c), honorific: null });
  }
  return out;
}
function glossBefore(tokens, end) {
  const close = tokens[end - 1];
  if (!close || close.text !== ")" && close.text !== "\uFF09") return -1;
  for (let k = end - 2; k >= 0 && end - k <= 10; k--) {
    const t = tokens[k];
    if (t.text === "(" || t.text === "\uFF08") return k;
    if (!t.word && t.text !== "." && t.text !== "," && t.text !== "\uFF0C" && t.text !== "-" && t.text !== "'") return -1;
  }
  return -1;
}
function unspacedSubject(tokens, limit, c) {
  let start = 0;
  const first = tokens[0];
  if (first && first.word && ((first.flags & WORD_STOPWORD) !== 0 || c.parentheticals.has(first.lower)) && (first.flags & WORD_MALE) === 0 && (first.flags & WORD_FEMALE) === 0) {
    let comma = -1;
    for (let i = 0; i < 12 && i < tokens.length && comma < 0; i++) if (tokens[i].text === "\uFF0C" || tokens[i].text === ",") comma = i;
    if (comma < 0) return null;
    start = comma + 1;
  }
  let end = start;
  while (end < limit && end - start < 8) {
    const t = tokens[end];
    const nominal2 = t.word && (namePart(t, c) || (t.flags & WORD_TITLE) !== 0 || (t.flags & WORD_ORG_HEAD) !== 0 || (t.flags & WORD_MALE) !== 0 || (t.flags & WORD_FEMALE) !== 0);
    const dot = !t.word && NAME_DOTS.has(t.text) && end > start && namePart(tokens[end + 1], c);
    if (!nominal2 && !dot) break;
    end++;
  }
  if (end === start || end >= limit || !tokens[end]?.word) return null;
  let v = end;
  while (v < limit && tokens[v].word && (tokens[v].flags & WORD_VERB_MODIFIER) !== 0) v++;
  const verb8 = tokens[v];
  if (!verb8 || !verb8.word || (verb8.flags & CUE_SPEECH) === 0) return null;
  const one = end - start === 1 ? tokens[start] : null;
  const weakOk = !one || (one.flags & WORD_MALE) !== 0 || (one.flags & WORD_FEMALE) !== 0 || (one.flags & WORD_TITLE) !== 0;
  if (c.weak.has(verb8.lower) && !weakOk) return null;
  return [start, end];
}

// ../hostile21/src/core/tokens.ts
var WORD = /[\p{L}\p{N}\p{M}]+(?:['’\-.&][\p{L}\p{N}\p{M}]+)*/uy;
var UPPER2 = /^\p{Lu}/u;
function isSpace(ch) {
  if (ch < 128) return ch === 32 || ch >= 9 && ch <= 13;
  return ch === 160 || ch === 5760 || ch >= 8192 && ch <= 8202 || ch === 8232 || ch === 8233 || ch === 8239 || ch === 8287 || ch === 12288 || ch === 65279;
}
function token(t, start, end, word2, c) {
  if (!word2) return { text: t, lower: t, start, end, word: word2, cap: false, flags: c.symbolWords ? flagsOf(c, t) : 0 };
  const first = t.charCodeAt(0);
  const cap2 = first < 128 ? first >= 65 && first <= 90 : UPPER2.test(t);
  const lower = lowerCase(t);
  return { text: t, lower, start, end, word: word2, cap: cap2, flags: flagsOf(c, lower) };
}
function lowerCase(t) {
  for (let i = 0; i < t.length; i++) {
    const ch = t.charCodeAt(i);
    if (ch >= 65 && ch <= 90 || ch >= 128) return t.toLowerCase();
  }
  return t;
}
function asciiWord(ch) {
  return ch >= 97 && ch <= 122 || ch >= 65 && ch <= 90 || ch >= 48 && ch <= 57;
}
function joiner(ch) {
  return ch === 39 || ch === 8217 || ch === 45 || ch === 46 || ch === 38;
}
function wordEnd(text, at) {
  const n = text.length;
  let k = at;
  if (asciiWord(text.charCodeAt(k))) {
    for (; ; ) {
      k++;
      while (k < n && asciiWord(text.charCodeAt(k))) k++;
      const ch = text.charCodeAt(k);
      if (k >= n || ch < 128 && !joiner(ch)) return k;
      if (!joiner(ch)) break;
      const next = text.charCodeAt(k + 1);
      if (k + 1 >= n || next < 128 && !asciiWord(next)) return k;
      if (next >= 128) break;
      k++;
    }
  } else if (text.charCodeAt(at) < 128) return -1;
  WORD.lastIndex = at;
  return WORD.test(text) ? WORD.lastIndex : -1;
}
function tokenize(text, from, to, lex, out = []) {
  if (lex.unspaced) {
    for (const t of unspacedTokens(text, from, to, lex)) out.push(t);
    return out;
  }
  const abbreviations = abbreviationSet(lex);
  const c = compile(lex);
  let at = from;
  while (at < to) {
    const ch = text.charCodeAt(at);
    if (isSpace(ch)) {
      at++;
      continue;
    }
    const wordTo = wordEnd(text, at);
    if (wordTo < 0) {
      const len = ch >= 55296 && ch <= 56319 && (text.charCodeAt(at + 1) & 64512) === 56320 ? 2 : 1;
      out.push(token(text.slice(at, at + len), at, at + len, false, c));
      at += len;
      continue;
    }
    let end = Math.min(gluedStop(text, at, wordTo, c), to);
    if (text.charCodeAt(end) === 46 && end < to) {
      const word2 = text.slice(at, end);
      if (abbreviations.has(lowerCase(word2) + ".") || /^\p{Lu}$/u.test(word2) || /\.\p{L}$/u.test(word2) || /^\p{Lu}-\p{Lu}\p{Ll}{0,3}$/u.test(word2)) end++;
    }
    out.push(token(text.slice(at, end), at, end, true, c));
    at = end;
  }
  return out;
}
function gluedStop(text, from, to, c) {
  for (let k = from + 2; k < to - 3; k++) if (text.charCodeAt(k) === 46 && isGluedStop(text, k, c)) return k;
  return to;
}
var GLUED = /\p{Ll}\p{Ll}[.!?](\p{Lu}\p{Ll}+)/uy;
var WORD_BEFORE = /[\p{L}\p{N}\p{M}]+$/u;
function isGluedStop(text, k, c) {
  GLUED.lastIndex = k - 2;
  const m = GLUED.exec(text);
  if (!m) return false;
  const after = m[1].toLowerCase();
  if (c.stopwords.has(after) || c.connectives.has(after)) return true;
  const before2 = WORD_BEFORE.exec(text.slice(Math.max(0, k - 40), k));
  return before2 !== null && /^\p{Ll}/u.test(before2[0]);
}
var abbreviationSets = /* @__PURE__ */ new WeakMap();
function abbreviationSet(lex) {
  let s = abbreviationSets.get(lex);
  if (!s) abbreviationSets.set(lex, s = /* @__PURE__ */ new Set([...lex.abbreviations, ...lex.honorifics.filter((h) => h.endsWith("."))]));
  return s;
}

// ../hostile21/src/core/clause.ts
function clauseTokens(text, s, spans, spanIdx, c) {
  const out = [];
  let at = s.start;
  for (const qi of spanIdx) {
    const q = spans[qi];
    const from = Math.max(q.outerStart, s.start);
    if (from > at) tokenize(text, at, from, c.lex, out);
    const end = Math.min(q.outerEnd, s.end);
    if (isNickname(text, q, out[out.length - 1])) {
      const written = text.slice(from, end);
      const lower = written.toLowerCase();
      out.push({ text: written, lower, start: from, end, word: true, cap: true, flags: flagsOf(c, lower), quote: qi });
    } else out.push({ text: "\u201CQ\u201D", lower: "\u201Cq\u201D", start: from, end, word: false, cap: false, flags: flagsOf(c, "\u201Cq\u201D"), quote: qi });
    at = Math.min(q.outerEnd, s.end);
  }
  if (s.end > at) tokenize(text, at, s.end, c.lex, out);
  return out;
}
function isNickname(text, q, before2) {
  if (!before2 || q.source !== "marks" || !/^\p{Lu}[\p{L}'’-]*$/u.test(text.slice(q.start, q.end))) return false;
  const named = before2.word && before2.cap || before2.text === "." && /\p{Lu}$/u.test(text.slice(before2.start - 1, before2.start));
  return named && /^\s\p{Lu}/u.test(text.slice(q.outerEnd, q.outerEnd + 2));
}
var STOP_PUNCT = /^[.;:!?()[\]{}\u2014\u2013"“”«»]$/u;
function isBreak(t, c) {
  if (t.quote !== void 0) return !t.word;
  if (!t.word) return t.text === "," || STOP_PUNCT.test(t.text);
  return (t.flags & WORD_CLAUSE_BREAK) !== 0 || (t.flags & WORD_COMPLEMENTIZER) !== 0;
}
function endsSubject(t, c) {
  if (!t.word || t.cap || (t.flags & WORD_STOPWORD) === 0 || (t.flags & WORD_DETERMINER) !== 0 || c.ofWords.has(t.lower)) return false;
  return !((t.flags & WORD_MALE) !== 0 || (t.flags & WORD_FEMALE) !== 0 || (t.flags & WORD_PLURAL) !== 0 || (t.flags & WORD_NEUTER) !== 0);
}
function subjectBefore(tokens, v, c) {
  let end = v;
  while (end > 0 && tokens[end - 1].word && (modifiesVerb(tokens, end - 1, c) || isAdverbAt(tokens, end - 1, c))) end--;
  if (c.lex.unspaced && c.locatives.size > 0) {
    for (let k = end - 1; k > 0 && end - k <= 10 && tokens[k].word; k--) {
      if (c.locatives.has(tokens[k].lower) && tokens[k - 1].word) {
        end = k;
        while (end > 0 && tokens[end - 1].word && modifiesVerb(tokens, end - 1, c)) end--;
        break;
      }
    }
  }
  if (end > 0 && tokens[end - 1].text === ",") {
    const comma = end - 1;
    const prev = previousComma(tokens, comma);
    const inner = tokens.slice(prev + 1, comma);
    const before2 = prev > 0 ? previousComma(tokens, prev) : -1;
    const placeInAside = before2 >= 0 && inner.length > 0 && inner.length <= 3 && inner.every((t) => !t.word || t.cap) && opensAside(tokens[before2 + 1], c) && prev - before2 <= 9 && tokens[prev - 1].cap;
    if (placeInAside) end = before2;
    else if (prev >= 0 && inner.length > 0 && (phraseAt(c.parentheticals, inner, 0) === inner.length || opensAside(inner[0], c) && inner.length <= 8)) end = prev;
    else {
      let k = comma;
      let closing = comma;
      for (let chunks = 0; chunks < 4; chunks++) {
        const p = previousComma(tokens, k);
        const first = tokens[p + 1];
        const tag = first !== void 0 && p + 2 === k && /^\p{Lu}-\p{Lu}/u.test(first.text);
        const pp = p >= 0 ? previousComma(tokens, p) : -1;
        const named = p >= 0 && k - p - 1 <= 3 && tokens.slice(p + 1, k).every((t) => !t.word || t.cap);
        const afterPlace = named && p >= 2 && tokens[p - 1].word && tokens[p - 1].cap && tokens[p - 2].word && !tokens[p - 2].cap && c.locatives.has(tokens[p - 2].lower);
        const placeInDescription = named && pp >= 0 && tokens[pp + 1] !== void 0 && ((tokens[pp + 1].flags & WORD_RELATIVE) !== 0 && tokens[pp + 1].word || afterPlace);
        if (placeInDescription) {
          closing = k;
          k = p;
          continue;
        }
        if (p < 0 || !first || !describes(first, c, tokens[p + 2]) && !tag) {
          if (p < 0 && k < comma && openingAdverbial(tokens, c) && tokens[k + 1]?.cap) {
            const gloss2 = glossBefore(tokens, closing);
            const named2 = scanLeft(tokens, gloss2 > 0 ? gloss2 : closing, c);
            return named2 && named2[0] <= k + 2 ? [named2[0], comma] : null;
          }
          const name2 = p < 0 ? subjectBefore(tokens, k, c) : nameChunk(tokens, p + 1, k, c);
          return name2 ? [name2[0], comma] : null;
        }
        closing = k;
        k = p;
      }
      return null;
    }
  }
  while (end > 0 && tokens[end - 1].word && (modifiesVerb(tokens, end - 1, c) || isAdverbAt(tokens, end - 1, c))) end--;
  const gloss = glossBefore(tokens, end);
  if (gloss > 0) {
    const named = scanLeft(tokens, gloss, c);
    if (named) return [named[0], end];
  }
  const np = scanLeft(tokens, end, c);
  return np ? withRole(tokens, np, c) : null;
}
function opensAside(t, c) {
  return t !== void 0 && t.word && !t.cap && (t.flags & WORD_STOPWORD) !== 0 && (t.flags & (WORD_DETERMINER | WORD_CLAUSE_BREAK | WORD_RELATIVE | WORD_COMPLEMENTIZER)) === 0 && !isPronoun(t, c);
}
function openingAdverbial(tokens, c) {
  const [first, second] = tokens;
  return first !== void 0 && first.word && (first.flags & WORD_STOPWORD) !== 0 && (first.flags & WORD_DETERMINER) === 0 && !isPronoun(first, c) && second !== void 0 && second.word && !second.cap;
}
function modifiesVerb(tokens, k, c) {
  const t = tokens[k];
  const before2 = tokens[k - 1];
  const named = t.cap && before2 !== void 0 && (before2.word && before2.cap || before2.quote !== void 0 && !before2.word);
  return (t.flags & WORD_VERB_MODIFIER) !== 0 && (c.lex.capitalisedNouns === true || c.dateWords.has(t.lower) || !named);
}
function withRole(tokens, np, c) {
  const prep = tokens[np[0] - 1];
  if (!prep || !prep.word || prep.cap || (prep.flags & WORD_STOPWORD) === 0 || (prep.flags & WORD_DETERMINER) !== 0 || (prep.flags & WORD_CLAUSE_BREAK) !== 0 || (prep.flags & WORD_COMPLEMENTIZER) !== 0 || isPronoun(prep, c)) return np;
  let k = np[0] - 2;
  while (k >= 0 && np[0] - 1 - k <= 4 && tokens[k].word && !tokens[k].cap && (tokens[k].flags & WORD_STOPWORD) === 0 && (tokens[k].flags & CUE_SPEECH) === 0) k--;
  const first = tokens[k];
  if (first && k < np[0] - 2 && first.word && (first.flags & WORD_INDEFINITE) !== 0) {
    const before2 = tokens[k - 1];
    return before2 === void 0 || before2.text === "," || before2.quote !== void 0 ? [k, np[1]] : np;
  }
  const doing = tokens[k + 1];
  const participle = doing !== void 0 && (c.lex.participleEndings ?? []).some((e) => doing.lower.endsWith(e));
  if (k === 0 && first?.cap && (first.flags & WORD_ANONYMOUS_HEAD) !== 0 && k + 1 < np[0] - 1 && participle) return [0, np[1]];
  return np;
}
function nominal(tokens, start, end, c) {
  if (c.lex.unspaced) return true;
  for (let k = start; k < end; k++) {
    const t = tokens[k];
    if (!t.word) continue;
    if (t.cap || isPronoun(t, c) || (t.flags & WORD_PLURAL) !== 0 || (t.flags & WORD_NEUTER) !== 0 || (t.flags & WORD_TITLE) !== 0 || (t.flags & WORD_ORG_HEAD) !== 0 || (t.flags & WORD_ANONYMOUS_HEAD) !== 0) return true;
    if (k === start && (t.flags & WORD_DETERMINER) !== 0) return true;
  }
  return false;
}
function scanLeft(tokens, end, c) {
  const last = tokens[end - 1];
  if (last?.word && (personPronoun(last, c) || groupPronoun(last, c)) && tokens[end - 2]?.word) return [end - 1, end];
  let start = end;
  while (start > 0 && end - start < 12) {
    const t = tokens[start - 1];
    const inName = t.word && !t.cap && t.lower.length <= 3 && (t.flags & WORD_STOPWORD) !== 0 && (t.flags & WORD_DETERMINER) === 0 && (t.flags & WORD_COMPLEMENTIZER) === 0 && tokens[start]?.cap === true && (tokens[start].flags & WORD_STOPWORD) === 0 && tokens[start - 2]?.cap === true && (tokens[start - 2].flags & WORD_STOPWORD) === 0;
    if (!inName && (isBreak(t, c) || endsSubject(t, c))) {
      break;
    }
    if (t.word && ((t.flags & CUE_SPEECH) !== 0 || (t.flags & CUE_RELAY) !== 0) && !t.cap && start < end) break;
    start--;
  }
  if (start === end) {
    const t = tokens[start - 1];
    if (t && t.word && (t.flags & WORD_RELATIVE) !== 0 && tokens[start - 2]?.text === ",") return scanLeft(tokens, start - 2, c);
    if (t && t.word && (t.flags & WORD_RELATIVE) !== 0 && (t.flags & WORD_COMPLEMENTIZER) === 0 && tokens[start - 2]?.word) {
      const body = scanLeft(tokens, start - 1, c);
      if (body && tokens.slice(body[0], body[1]).some((x) => (x.flags & WORD_ORG_HEAD) !== 0)) return body;
    }
    return null;
  }
  const bounded = start > 0 && (tokens[start - 1].text === "," || tokens[start - 1].quote !== void 0) && end - start <= 4;
  return bounded || nominal(tokens, start, end, c) ? [start, end] : null;
}
function withApposition(tokens, range, c) {
  const named = nameAfterDescription(tokens, range, c);
  if (named) return named;
  let end = range[1];
  if (tokens[end]?.text === "(") {
    let k2 = end + 1;
    while (k2 < tokens.length && k2 - end <= 6 && tokens[k2].text !== ")") k2++;
    if (tokens[k2]?.text === ")") end = k2 + 1;
  }
  if (tokens[end]?.text !== ",") return [range[0], end];
  const first = tokens[end + 1];
  if (!first || !first.word) return [range[0], end];
  const opening = tokens.slice(end + 1, end + 4);
  const affiliation = c.affiliation.has(first.lower) && (tokens[end + 2]?.cap === true || c.determiners.has(tokens[end + 2]?.lower ?? ""));
  const descriptive = describes(first, c, tokens[end + 2]) && (first.flags & CUE_SPEECH) === 0 || affiliation || opening.some((t) => t.word && (t.flags & WORD_TITLE) !== 0);
  if (!descriptive) return [range[0], end];
  let k = end + 1;
  while (k < tokens.length && tokens[k].quote === void 0 && !/^[.;:!?]$/.test(tokens[k].text)) {
    if (tokens[k].text === "," && !(tokens[k + 1]?.word && !tokens[k + 1].cap && (tokens[k + 1].flags & CUE_SPEECH) === 0)) break;
    k++;
  }
  const closes = k >= tokens.length || /^[.;!?]$/.test(tokens[k].text) && k >= tokens.length - 2 || tokens[k].text === "," && shortTail(tokens, k + 1, c);
  if (k - end > 48 || !closes) return [range[0], end];
  return [range[0], k];
}
function withNameBefore(tokens, range, c) {
  if (tokens[range[0] - 1]?.text !== "," || c.lex.unspaced) return range;
  const inner = tokens.slice(range[0], range[1]).filter((t) => t.word);
  const first = inner[0];
  if (!first) return range;
  const firstAt = tokens.indexOf(first, range[0]);
  const description = (first.flags & (WORD_DETERMINER | WORD_TITLE)) !== 0 || !first.cap && (first.flags & WORD_STOPWORD) === 0 || describes(first, c, tokens[firstAt + 1]) || c.lex.capitalisedNouns === true && (inner.length === 1 || inner.some((t) => !t.cap && (t.flags & WORD_STOPWORD) !== 0));
  if (!description) return range;
  let k = range[0] - 1;
  let words3 = 0;
  while (k > 0 && tokens[k - 1].word && tokens[k - 1].quote === void 0 && (tokens[k - 1].cap || (tokens[k - 1].flags & WORD_PARTICLE) !== 0 && tokens[k - 2]?.cap === true) && ((tokens[k - 1].flags & (WORD_STOPWORD | WORD_TITLE | WORD_DETERMINER)) === 0 || (tokens[k - 1].flags & WORD_PARTICLE) !== 0)) {
    if (tokens[k - 1].cap) words3++;
    k--;
  }
  if (words3 < 2 || words3 > 4) return range;
  const before2 = tokens[k - 1];
  const opens = before2 === void 0 || !before2.word || (before2.flags & CUE_SPEECH) !== 0;
  return opens ? [k, range[1]] : range;
}
function nameAfterDescription(tokens, range, c) {
  const head = tokens[range[0]];
  const possessor = head?.word === true && head.cap && /\p{L}['’]s$/u.test(head.text) && tokens.slice(range[0] + 1, range[1]).some((t) => t.word && (t.flags & (WORD_TITLE | WORD_TITLE_LOOSE)) !== 0);
  if (!head?.word || (head.flags & WORD_DETERMINER) === 0 && (head.flags & WORD_TITLE) === 0 && !possessor) return null;
  let comma = range[1];
  const genitive = (t) => !t.cap && c.genitiveDeterminers.has(t.lower) && tokens[comma + 1]?.word === true;
  while (comma < tokens.length && comma - range[1] <= 6 && tokens[comma].word && tokens[comma].quote === void 0 && ((tokens[comma].flags & (WORD_COMPLEMENTIZER | WORD_CLAUSE_BREAK | WORD_RELATIVE | WORD_VERB_MODIFIER | CUE_SPEECH)) === 0 || genitive(tokens[comma]))) comma++;
  if (tokens[comma]?.text !== ",") return null;
  let m = comma + 1;
  let words3 = 0;
  while (tokens[m]?.word && tokens[m].quote === void 0 && (tokens[m].cap || (tokens[m].flags & WORD_PARTICLE) !== 0 && words3 > 0) && ((tokens[m].flags & (WORD_STOPWORD | WORD_TITLE | WORD_DETERMINER)) === 0 || (tokens[m].flags & WORD_PARTICLE) !== 0)) {
    if (tokens[m].cap) words3++;
    m++;
  }
  if (words3 < 2 || words3 > 4) return null;
  if (tokens[m]?.text === "(") {
    let k = m + 1;
    while (k < tokens.length && k - m <= 6 && tokens[k].text !== ")") k++;
    if (tokens[k]?.text === ")") m = k + 1;
  }
  const closes = m >= tokens.length || /^[.;!?]$/.test(tokens[m].text) && m >= tokens.length - 2 || tokens[m].text === "," && tokens[m + 1]?.word === true;
  return closes ? [range[0], m] : null;
}
function sentenceSubject(tokens, limit, c) {
  if (c.lex.unspaced) return unspacedSubject(tokens, limit, c);
  if (opensWithChrome(tokens, c)) return null;
  const first = tokens[0];
  const comma = indexBefore(tokens, 12, (t) => t.text === ",");
  const adverbial = first && first.word && (first.flags & WORD_STOPWORD) !== 0 && !isPronoun(first, c);
  if (adverbial && (first.flags & WORD_DETERMINER) === 0) return afterOpening(tokens, indexBefore(tokens, OPENING_MAX, (t) => t.text === "," || t.quote !== void 0 && !t.word), limit, c);
  if (openingVerbal(tokens, c)) {
    const end = indexBefore(tokens, OPENING_MAX, (t) => t.text === ",");
    if (end > 1 && end < limit) return afterOpening(tokens, end, limit, c);
  }
  return subjectFrom(tokens, 0, limit, c) ?? ((adverbial || comma === 1) && comma > 0 ? subjectFrom(tokens, comma + 1, limit, c) : null);
}
function indexBefore(tokens, max, pass) {
  for (let i = 0; i < max && i < tokens.length; i++) if (pass(tokens[i])) return i;
  return -1;
}
function opensWithChrome(tokens, c) {
  if (c.pageStrings.size === 0) return false;
  let phrase = "";
  for (let k = 0; k < 4 && tokens[k]?.word; k++) {
    phrase = k === 0 ? tokens[k].lower : `${phrase} ${tokens[k].lower}`;
    const next = tokens[k + 1];
    if (c.pageStrings.has(phrase) && (next === void 0 || next.text === ":" || DASH_TOKEN.test(next.text) || next.quote !== void 0 && !next.word)) return true;
  }
  return false;
}
var DASH_TOKEN = /^[\u2014\u2013-]$/;
function openingVerbal(tokens, c) {
  const first = tokens[0], next = tokens[1];
  if (!first?.word || !first.cap || !next?.word || next.cap || (next.flags & WORD_STOPWORD) === 0 || (next.flags & CUE_SPEECH) !== 0) return false;
  const w = first.lower;
  const ends = (list8) => (list8 ?? []).some((e) => w.endsWith(e) && w.length > e.length + 2);
  return ends(c.lex.participleEndings) || ends(c.lex.finiteVerbEndings) || ends(c.lex.adverbEndings);
}
function participleOpening(tokens, ti, c) {
  const first = tokens[0];
  if (c.lex.unspaced || !first?.word || !first.cap || !(c.lex.participleEndings ?? []).some((e) => first.lower.endsWith(e) && first.lower.length > e.length + 2)) return null;
  if (ti > 16) return null;
  const next = tokens[ti + 1]?.text === "," ? ti + 2 : ti + 1;
  const subject = subjectFrom(tokens, next, tokens.length, c);
  return subject && (tokens[next].cap || isPronoun(tokens[next], c)) ? subject : null;
}
var OPENING_MAX = 24;
function afterOpening(tokens, comma, limit, c) {
  const stop = (t) => t.text === "," || t.quote !== void 0 && !t.word;
  for (let k = comma; k >= 0 && k < OPENING_MAX && k < limit; k = tokens.findIndex((t, i) => i > k && i < OPENING_MAX && stop(t))) {
    const subject = subjectFrom(tokens, k + 1, limit, c);
    if (subject) return subject;
  }
  return null;
}
function subjectFrom(tokens, start, limit, c, after = -1) {
  let end = after >= 0 ? after : start;
  while (after < 0 && end < limit && end - start < 8) {
    const t = tokens[end];
    if (!t.word) break;
    const nominal2 = t.cap || (t.flags & WORD_DETERMINER) !== 0 || end === start && (t.flags & WORD_INDEFINITE) !== 0 || (t.flags & WORD_TITLE) !== 0 || (t.flags & WORD_HONORIFIC) !== 0 || end === start && (isPronoun(t, c) || groupPronoun(t, c));
    const modifier = !nominal2 && (t.flags & WORD_STOPWORD) === 0 && (t.flags & CUE_SPEECH) === 0 && [1, 2].some((d) => tokens[end + d]?.word && (tokens[end + d].flags & WORD_TITLE) !== 0 && (d === 1 || (tokens[end + 1].flags & WORD_STOPWORD) === 0));
    if (!nominal2 && !modifier) break;
    end++;
  }
  if (end > start && tokens.slice(start, end).every((t) => (t.flags & WORD_DETERMINER) !== 0 || (t.flags & WORD_INDEFINITE) !== 0)) {
    let k = end;
    while (k < limit && k - start < 10 && tokens[k].word && (tokens[k].flags & CUE_SPEECH) === 0) k++;
    if (tokens[k]?.text === "," && k < limit && (tokens[start].flags & WORD_INDEFINITE) === 0) end = k;
    else {
      const isHead2 = (t) => t !== void 0 && t.word && !t.cap && ((t.flags & WORD_ORG_HEAD) !== 0 || (t.flags & WORD_TITLE) !== 0 || (t.flags & WORD_ANONYMOUS_HEAD) !== 0);
      const modified = tokens[end]?.word && (tokens[end].flags & WORD_STOPWORD) === 0 && isHead2(tokens[end + 1]) && !isHead2(tokens[end]);
      if (modified && end + 1 < limit) end++;
      while (end < limit && end - start < 4 && isHead2(tokens[end])) end++;
      if (!isHead2(tokens[end - 1])) return null;
    }
  } else if (end > start && (tokens[start].flags & WORD_DETERMINER) !== 0 && tokens[end]?.word && !tokens[end].cap && (tokens[end].flags & WORD_STOPWORD) !== 0 && (tokens[end].flags & WORD_CLAUSE_BREAK) === 0) {
    let k = end;
    while (k < limit && k - start < 12 && tokens[k].word && (tokens[k].flags & CUE_SPEECH) === 0) k++;
    if (tokens[k]?.text === "," && k < limit) end = k;
  }
  if (end === start || end >= limit) return null;
  if (tokens[end].text === "(") {
    let k = end + 1;
    while (k < limit && k - end <= 8 && tokens[k].text !== ")") k++;
    if (tokens[k]?.text === ")" && tokens[k + 1]?.word && !tokens[k + 1].cap && k + 1 < limit) return [start, k + 1];
    if (tokens[k]?.text !== ")" || tokens[k + 1]?.text !== ",") return null;
    const described = subjectFrom(tokens, start, limit, c, k + 1);
    return described ? [start, k + 1] : null;
  }
  if (tokens[end].text === ",") {
    let k = end + 1;
    while (k < limit && k - end <= 8 && (tokens[k].word && (tokens[k].cap || (tokens[k].flags & WORD_PARTICLE) !== 0) || initialDot(tokens, k))) k++;
    if (k > end + 1 && tokens[k]?.text === "," && tokens[k + 1]?.word && !tokens[k + 1].cap && k + 1 < limit) return [start, k];
    const named = tokens.slice(start, end).some((t) => t.cap && (t.flags & WORD_STOPWORD) === 0 && (t.flags & WORD_TITLE) === 0);
    const first = tokens[end + 1];
    if (named && first?.word && !first.cap && ((first.flags & WORD_TITLE) !== 0 || (first.flags & WORD_DETERMINER) !== 0 || (first.flags & WORD_RELATIVE) !== 0 || describesFreely(first, c))) {
      let m = end + 1;
      while (m < limit && m - end <= 10 && tokens[m].text !== "," && tokens[m].quote === void 0 && !/^[.;:!?]$/.test(tokens[m].text)) m++;
      if (tokens[m]?.text === "," && tokens[m + 1]?.word && !tokens[m + 1].cap && m + 1 < limit) return [start, end];
    }
    return null;
  }
  if (!tokens[end]?.word || tokens[end].cap) return null;
  if (/['’]s?$/.test(tokens[end - 1].text) && /['’]/.test(tokens[end - 1].text)) {
    const isHead2 = (t) => t !== void 0 && t.word && !t.cap && ((t.flags & WORD_ORG_HEAD) !== 0 || (t.flags & WORD_TITLE) !== 0 || (t.flags & WORD_ANONYMOUS_HEAD) !== 0);
    const k = isHead2(tokens[end]) ? end + 1 : tokens[end].word && (tokens[end].flags & WORD_STOPWORD) === 0 && isHead2(tokens[end + 1]) ? end + 2 : -1;
    return k > 0 && k < limit && tokens[k]?.word && !tokens[k].cap ? [start, k] : null;
  }
  return [start, end];
}
function isAdverbAt(tokens, k, c) {
  const before2 = tokens[k - 1];
  return isAdverb(tokens[k], c) && !(before2?.word && ((before2.flags & WORD_DETERMINER) !== 0 || /['’]s$/.test(before2.text)));
}
function describedSubject(tokens, subject, c) {
  const comma = subject[1];
  const first = tokens[comma + 1];
  if (tokens[comma]?.text !== "," || !first?.word || first.cap || !((first.flags & WORD_DETERMINER) !== 0 || (first.flags & WORD_TITLE) !== 0 || (first.flags & WORD_RELATIVE) !== 0 || describesFreely(first, c))) return null;
  let m = comma + 1;
  while (m < tokens.length && m - comma <= 16 && tokens[m].text !== "," && tokens[m].quote === void 0 && !/^[.;:!?]$/.test(tokens[m].text)) m++;
  const verb8 = tokens[m + 1];
  return tokens[m]?.text === "," && verb8?.word && !verb8.cap && (verb8.flags & WORD_STOPWORD) === 0 ? [subject[0], m] : null;
}
function initialDot(tokens, k) {
  const t = tokens[k];
  const before2 = tokens[k - 1];
  return t.text === "." && before2 !== void 0 && before2.end === t.start && /^\p{Lu}$/u.test(before2.text) && tokens[k + 1]?.cap === true;
}
function describesFreely(t, c) {
  return (t.flags & WORD_STOPWORD) === 0 && (t.flags & CUE_SPEECH) === 0 && !(c.lex.participleEndings ?? []).some((e) => t.lower.endsWith(e));
}
function isAdverb(t, c) {
  return !t.cap && t.lower.length > 4 && (c.lex.adverbEndings ?? []).some((e) => t.lower.endsWith(e));
}
function isPronoun(t, c) {
  if ((t.flags & WORD_MALE) !== 0 || (t.flags & WORD_FEMALE) !== 0) return true;
  if (!t.word || t.lower.indexOf("\u2019") < 0 && t.lower.indexOf("'") < 0) return false;
  const p = pronounOf(t.lower);
  return c.male.has(p) || c.female.has(p);
}
function personPronoun(t, c) {
  return t.lower === c.lex.pronouns.male[0] || t.lower === c.lex.pronouns.female[0];
}
function pronounSubject(tokens, ti, c) {
  for (let j = ti - 1; j >= 0 && ti - j <= 12; j--) {
    const t = tokens[j];
    if (t.quote !== void 0 || /^[.;:!?]$/.test(t.text)) return null;
    if (t.word && personPronoun(t, c) && tokens[j + 1]?.word && !tokens[j + 1].cap) return [j, j + 1];
  }
  return null;
}
function groupPronoun(t, c) {
  return t.lower === c.lex.pronouns.neuter[0] || t.lower === c.lex.pronouns.plural[0];
}
function pronounOf(lower) {
  return lower.replace(/['’](?:s|re|ll|d|ve|m)$/, "");
}
function relativeAntecedent(tokens, at, c) {
  for (let r = at - 1; r > 1 && at - r <= 20; r--) {
    const t = tokens[r];
    if (t.text === "," || t.quote !== void 0 && !t.word || /^[.;:!?]$/.test(t.text)) return null;
    if (t.word && (t.flags & WORD_RELATIVE) !== 0 && (t.flags & WORD_COMPLEMENTIZER) === 0 && tokens[r - 1].text === ",") return scanLeft(tokens, r - 1, c);
  }
  return null;
}
function previousComma(tokens, i) {
  for (let k = i - 1; k >= 0 && i - k <= 40; k--) {
    const t = tokens[k];
    if (t.quote !== void 0 && !t.word || /^[.;:!?]$/.test(t.text)) return -1;
    if (t.text === ",") return k;
  }
  return -1;
}
function describes(first, c, next) {
  if (!first.word) return false;
  const possessor = first.cap && (/\p{L}['’]s$/u.test(first.text) || /s$/u.test(first.lower) && next !== void 0 && !next.word && /^['’]$/.test(next.text));
  return (first.flags & WORD_DETERMINER) !== 0 || (first.flags & WORD_RELATIVE) !== 0 || (first.flags & WORD_TITLE) !== 0 || !first.cap && (first.flags & WORD_STOPWORD) === 0 || possessor;
}
function nameChunk(tokens, from, to, c) {
  const np = scanLeft(tokens, to, c);
  return np && np[0] <= from + 2 ? np : null;
}
function shortTail(tokens, from, c) {
  const first = tokens[from];
  if (!first?.word || (first.flags & WORD_STOPWORD) === 0) return false;
  let words3 = 0;
  for (let k = from; k < tokens.length; k++) {
    if (tokens[k].quote !== void 0) return false;
    if (tokens[k].word) words3++;
  }
  return words3 <= 6;
}
function phraseAfter(tokens, i, c) {
  let end = i;
  while (end < tokens.length && end - i < 12) {
    const t = tokens[end];
    if (isBreak(t, c)) break;
    const articleOnly = c.lex.capitalisedNouns === true && (t.flags & WORD_DETERMINER) !== 0 && !c.nameParticles.has(tokens[end - 1]?.lower ?? "");
    const particle = !articleOnly && (t.flags & WORD_PARTICLE) !== 0 && (tokens[end - 1]?.cap === true || c.nameParticles.has(tokens[end - 1]?.lower ?? "")) && (tokens[end + 1]?.cap === true || c.nameParticles.has(tokens[end + 1]?.lower ?? "") && tokens[end + 2]?.cap === true);
    if (end > i && t.word && !t.cap && !particle && ((t.flags & WORD_VERB_MODIFIER) !== 0 || (t.flags & WORD_STOPWORD) !== 0 && !c.nounPhraseLinks.has(t.lower))) break;
    end++;
  }
  return end > i ? [i, end] : null;
}

// ../hostile21/src/core/attribution.ts
function cueAt(tokens, i, c) {
  const t = tokens[i];
  if (!t || !t.word) return null;
  if (t.cap && i > 0 && tokens[i - 1].word && !c.lex.unspaced) return null;
  const starts = t.flags & CUE_START;
  if (starts === 0) return null;
  let len = starts & CUE_ACCORDING ? phraseAt(c.according, tokens, i) : 0;
  if (len) return { type: "according", at: i, len, text: joinWords(tokens, i, len) };
  if (starts & CUE_ACCORDING_AFTER && i > 0) return { type: "according", at: i, len: 1, text: t.text };
  len = starts & CUE_RELAY ? phraseAt(c.relay, tokens, i) : 0;
  if (len) return { type: "relay", at: i, len, text: joinWords(tokens, i, len) };
  len = starts & CUE_SPEECH ? phraseAt(c.speech, tokens, i) : 0;
  if (len && !usedAsNoun(tokens, i, len, c)) return { type: "speech", at: i, len, text: joinWords(tokens, i, len) };
  return starts & CUE_SPEECH && c.lex.verbSecond === true && i > 0 ? splitCue(tokens, i, c) : null;
}
function splitCue(tokens, i, c) {
  for (const phrase of c.speech.get(tokens[i].lower) ?? []) {
    const rest = phrase.length - 1;
    if (rest < 1) continue;
    for (let k = i + 1 + rest; k < tokens.length && k - i <= 10; k++) {
      const t = tokens[k - 1];
      if (!t.word || t.quote !== void 0) break;
      const from = k - rest;
      if (from <= i + 1) continue;
      if (tokens.slice(from, k).every((x, n) => x.word && x.lower === phrase[n + 1]) && (k >= tokens.length || !tokens[k].word)) {
        return { type: "speech", at: i, len: 1, text: [tokens[i].text, ...tokens.slice(from, k).map((x) => x.text)].join(" "), particleAt: from };
      }
    }
  }
  return null;
}
function beforeParticle(np, cue) {
  if (!np || cue.particleAt === void 0 || np[1] <= cue.particleAt) return np;
  return cue.particleAt > np[0] ? [np[0], cue.particleAt] : null;
}
function usedAsNoun(tokens, i, len, c) {
  const prev = tokens[i - 1];
  if (prev && prev.word && ((prev.flags & WORD_DETERMINER) !== 0 || /\p{L}['’]s$/u.test(prev.text))) return true;
  const prep = tokens[i - 2];
  if (len === 1 && prev?.word && (prev.flags & WORD_STOPWORD) === 0 && prep?.word && !prep.cap && (prep.flags & WORD_RELATIVE) === 0 && tokens[i].lower.endsWith("s") && (prep.flags & WORD_STOPWORD) !== 0 && (prep.flags & WORD_DETERMINER) === 0 && (prep.flags & WORD_CLAUSE_BREAK) === 0 && (prep.flags & WORD_COMPLEMENTIZER) === 0 && (prep.flags & WORD_MALE) === 0 && (prep.flags & WORD_FEMALE) === 0 && (prep.flags & WORD_PLURAL) === 0 && (prep.flags & WORD_NEUTER) === 0) return true;
  if (len === 1 && prev?.word && prev.cap && (prev.flags & (WORD_TITLE | WORD_TITLE_LOOSE)) === 0 && prep?.word && (prep.flags & WORD_INDEFINITE) !== 0 && c.nounLikeCues.has(tokens[i].lower)) return true;
  const next = tokens[i + len];
  if (len === 1 && c.nounLikeCues.has(tokens[i].lower) && prev?.word && !prev.cap && (prev.flags & WORD_STOPWORD) !== 0 && (prev.flags & PRONOUN_FLAGS) === 0 && next?.word && !next.cap && (next.flags & WORD_VERB_MODIFIER) !== 0) return true;
  const speakerWord = WORD_TITLE | WORD_TITLE_LOOSE | WORD_ORG_HEAD | WORD_ANONYMOUS_HEAD | WORD_MALE | WORD_FEMALE | WORD_PLURAL | WORD_NEUTER | WORD_STOPWORD;
  if (len === 1 && next?.word && c.affiliation.has(next.lower) && c.nounLikeCues.has(tokens[i].lower) && prev?.word && !prev.cap && (prev.flags & speakerWord) === 0 && prep?.word && (prep.flags & WORD_DETERMINER) !== 0) return true;
  return next !== void 0 && !next.word && (next.text === "\u2019" || next.text === "'") && tokens[i + len - 1].lower.endsWith("s");
}
function joinWords(tokens, i, len) {
  return tokens.slice(i, i + len).map((t) => t.text).join(" ");
}
var DASH = /^[\u2015\u2014\u2013-]$/;
var isWord = (t) => t !== void 0 && t.word;
function nameAhead(tokens, from, c) {
  if (tokens[from]?.cap || c.lex.unspaced) return null;
  for (let k = from; k < tokens.length && k - from <= 6; k++) {
    const t = tokens[k];
    if (!t.word) return null;
    if (t.cap && (t.flags & WORD_STOPWORD) === 0) {
      if (c.lex.capitalisedNouns === true && k > from && tokens.slice(from, k).some((x) => (x.flags & WORD_DETERMINER) !== 0)) return null;
      let e = k;
      while (tokens[e]?.word && (tokens[e].cap || (tokens[e].flags & WORD_PARTICLE) !== 0)) e++;
      if (tokens[e]?.text === "," && tokens[e + 1]?.cap === true && k > from && tokens.slice(from, k).some((x) => (x.flags & (WORD_DETERMINER | WORD_TITLE)) !== 0)) return null;
      return tokens[e] === void 0 || !tokens[e].word ? [k, e] : null;
    }
  }
  return null;
}
function pastPrepositionalPhrase(tokens, from, c) {
  const first = tokens[from];
  if (!first || !first.word || first.cap || (first.flags & WORD_STOPWORD) === 0 || (first.flags & WORD_DETERMINER) !== 0) return from;
  if ((first.flags & WORD_MALE) !== 0 || (first.flags & WORD_FEMALE) !== 0 || (first.flags & WORD_PLURAL) !== 0 || (first.flags & WORD_COMPLEMENTIZER) !== 0) return from;
  for (let k = from + 1; k < tokens.length && k - from <= 6; k++) {
    const t = tokens[k];
    if (!t.word) return from;
    if (k > from + 1 && (t.cap || (t.flags & WORD_TITLE) !== 0 || (t.flags & WORD_ORG_HEAD) !== 0 || (t.flags & WORD_ANONYMOUS_HEAD) !== 0)) {
      const at = tokens[k - 1].word && (tokens[k - 1].flags & WORD_DETERMINER) !== 0 && k - 1 > from + 1 ? k - 1 : k;
      const np = phraseAfter(tokens, at, c);
      const whole = np ? withApposition(tokens, np, c) : null;
      if (!whole) return from;
      let end = whole[1];
      while (end < tokens.length && end - whole[1] < 6 && tokens[end].word && tokens[end].quote === void 0 && (tokens[end].flags & CUE_START) === 0) end++;
      return tokens.slice(end).every((x) => !x.word && x.quote === void 0) ? at : from;
    }
  }
  return from;
}
function cueAfter(tokens, qi, c) {
  let i = qi + 1;
  while (tokens[i] && !tokens[i].word && tokens[i].text === ",") i++;
  if (tokens[i] && DASH.test(tokens[i].text) && isWord(tokens[i + 1])) {
    const np = phraseAfter(tokens, i + 1, c);
    if (np && tokens[np[0]].cap) return { cue: { type: "colon", at: i, len: 1, text: tokens[i].text }, source: np, after: true };
    if (cueAt(tokens, i + 1, c)?.type === "speech") i++;
  }
  if (!isWord(tokens[i])) return null;
  if (c.quoteTagCues.has(tokens[i].lower) && isWord(tokens[i + 1])) {
    const np = nameAhead(tokens, i + 1, c) ?? phraseAfter(tokens, i + 1, c);
    if (np && (tokens[np[0]].flags & WORD_COMPLEMENTIZER) === 0) return { cue: { type: "speech", at: i, len: 1, text: tokens[i].text }, source: withApposition(tokens, np, c), after: true };
  }
  const inverted = cueAt(tokens, i, c);
  if (inverted && inverted.type === "speech") {
    for (let k = i; k < i + inverted.len; k++) {
      const w = tokens[k].lower;
      if (c.male.has(w) || c.female.has(w) || c.plural.has(w)) return { cue: inverted, source: [k, k + 1], after: true };
    }
    if (inverted.len === 1 && endsAsParticiple(tokens[i].lower, c)) return { cue: inverted, source: null, after: true };
    const np = beforeParticle(nameAhead(tokens, i + inverted.len, c) ?? phraseAfter(tokens, pastPrepositionalPhrase(tokens, i + inverted.len, c), c), inverted);
    if (np && (tokens[np[0]].flags & WORD_COMPLEMENTIZER) === 0) return { cue: inverted, source: inverted.particleAt === void 0 ? withApposition(tokens, np, c) : np, after: true };
    const rest = tokens.slice(i + inverted.len);
    if (c.lex.proDrop && rest.every((t) => !t.word || (t.flags & WORD_VERB_MODIFIER) !== 0) && rest.every((t) => t.quote === void 0)) return { cue: inverted, source: null, after: true };
  }
  for (let k = i + 1; k < tokens.length && k - i <= 48; k++) {
    const t = tokens[k];
    if (t.quote !== void 0 && !t.word || !t.word && !/^[,.'’()]$/.test(t.text)) break;
    const cue = cueAt(tokens, k, c);
    if (cue && cue.type === "relay" && !t.cap) {
      const subj = subjectBefore(tokens, k, c);
      return subj && subj[0] === i ? { cue, source: subj, after: true } : null;
    }
    if (cue && cue.type === "speech" && !t.cap) {
      const inverted2 = invertedAfterComma(tokens, k, cue, c);
      if (inverted2) return { cue, source: inverted2, after: true };
      if (!c.weak.has(cue.text.toLowerCase())) {
        const named = tokens[k - 1]?.text === "," && !c.addressee.has(t.lower) && nameThenComma(tokens, i, k, c) < 0 ? namedAfter(tokens, k + cue.len, c) : null;
        if (named) return { cue, source: withApposition(tokens, named, c), after: true };
        const subj = subjectBefore(tokens, k, c);
        if (subj && subj[0] >= i) return { cue, source: namedFirst(tokens, i, subj, c) ?? withPrepositions(tokens, i, subj, c), after: true };
        return null;
      }
      if (closesClause(tokens, k + cue.len)) {
        const subj = subjectBefore(tokens, k, c);
        const source = subj ? withPrepositions(tokens, i, subj, c) : null;
        if (source && source[0] === i) return { cue, source, after: true };
      }
    }
  }
  return null;
}
function namedAfter(tokens, i, c) {
  const t = tokens[i];
  if (!t?.word || !t.cap || c.lex.unspaced || (t.flags & (WORD_STOPWORD | WORD_DETERMINER)) !== 0 || c.connectives.has(t.lower) || c.dateWords.has(t.lower)) return null;
  const np = phraseAfter(tokens, i, c);
  return np && tokens.slice(np[0], np[1]).filter((x) => x.word && x.cap).length >= 2 ? np : null;
}
function namedFirst(tokens, i, subj, c) {
  if (subj[0] <= i) return null;
  if (subj[1] - subj[0] === 1 && (tokens[subj[0]].flags & PRONOUN_FLAGS) !== 0) return null;
  const e = nameThenComma(tokens, i, subj[0], c);
  if (e < 0) return null;
  for (let k = e; k < subj[1]; k++) if (tokens[k].quote !== void 0 || (tokens[k].flags & WORD_COMPLEMENTIZER) !== 0) return null;
  return [i, subj[1]];
}
function nameThenComma(tokens, i, limit, c) {
  if (c.lex.unspaced) return -1;
  let e = i;
  let words3 = 0;
  while (e < limit && (tokens[e].word && (tokens[e].cap || (tokens[e].flags & WORD_PARTICLE) !== 0 && words3 > 0) || initialDot(tokens, e))) {
    const t = tokens[e];
    if (t.cap && ((t.flags & (WORD_STOPWORD | WORD_DETERMINER | CUE_START)) !== 0 || c.connectives.has(t.lower) || c.dateWords.has(t.lower))) return -1;
    if (t.cap) words3++;
    e++;
  }
  return words3 === 0 || words3 > 4 || tokens[e]?.text !== "," ? -1 : e;
}
function invertedAfterComma(tokens, k, cue, c) {
  if (c.lex.verbSecond !== true || tokens[k - 1]?.text !== ",") return null;
  const from = k + cue.len;
  const first = tokens[from];
  if (!first?.word || !first.cap && (first.flags & (WORD_DETERMINER | WORD_MALE | WORD_FEMALE | WORD_PLURAL)) === 0 || (first.flags & WORD_COMPLEMENTIZER) !== 0) return null;
  const np = phraseAfter(tokens, from, c);
  if (!np) return null;
  const whole = withApposition(tokens, np, c);
  const next = tokens[whole[1]];
  return next === void 0 || !next.word && /^[.,;!?]$/.test(next.text) ? whole : null;
}
function withPrepositions(tokens, i, subj, c) {
  if (subj[0] <= i || subj[0] - i > 6) return subj;
  const first = tokens[i];
  if (!first.word || !(first.cap || (first.flags & (WORD_DETERMINER | WORD_TITLE | WORD_ORG_HEAD | WORD_ANONYMOUS_HEAD)) !== 0)) return subj;
  let preposition2 = false;
  for (let k = i; k < subj[0]; k++) {
    const t = tokens[k];
    if (!t.word || (t.flags & CUE_SPEECH) !== 0 || (t.flags & WORD_CLAUSE_BREAK) !== 0 || (t.flags & WORD_COMPLEMENTIZER) !== 0) return subj;
    if (k > i && !t.cap && (t.flags & WORD_STOPWORD) !== 0 && (t.flags & WORD_DETERMINER) === 0) preposition2 = true;
  }
  const before2 = tokens[subj[0] - 1];
  return preposition2 || !before2.cap && (before2.flags & WORD_STOPWORD) !== 0 && (before2.flags & WORD_DETERMINER) === 0 ? [i, subj[1]] : subj;
}
function closesClause(tokens, i) {
  const t = tokens[i];
  return t === void 0 || t.quote !== void 0 || /^[.,;!?]$/.test(t.text);
}
var CUE_REACH = 300;
function cueBefore(tokens, qi, c) {
  if (tokens[qi - 1]?.text === ":" || tokens[qi - 1]?.text === "\uFF1A") {
    const colonCue = cueAtLeft(tokens, qi - 1, c);
    if (!colonCue) {
      const np = subjectBefore(tokens, qi - 1, c);
      if (np && (namesOnly(tokens, np, c) || describedName(tokens, np, c)) && !prepositionObject(tokens, np, c)) return { cue: { type: "colon", at: qi - 1, len: 1, text: ":" }, source: np, after: false };
      const subject = sentenceSubject(tokens, qi - 1, c);
      if (subject && namesOnly(tokens, subject, c)) return { cue: { type: "colon", at: qi - 1, len: 1, text: ":" }, source: subject, after: false };
      const name2 = nameBeforeColon(tokens, qi - 1, c);
      if (name2) return { cue: { type: "colon", at: qi - 1, len: 1, text: ":" }, source: name2, after: false };
    }
  }
  let first = null;
  for (let j = qi - 1; j >= Math.max(0, qi - CUE_REACH); j--) {
    const owned = possessedClaim(tokens, j, c);
    if (owned) return owned;
    const cue = cueAt(tokens, j, c);
    if (!cue || cue.at + cue.len > qi) continue;
    if (tokens[j].cap && j === 0 && cue.type !== "according") {
      const np = phraseAfter(tokens, j + cue.len, c);
      if (cue.type === "speech" && np && /^[:,]$/.test(tokens[np[1]]?.text ?? "") && namesOnly(tokens, np, c)) return { cue, source: np, after: false };
      continue;
    }
    first ??= cue;
    const source = sourceOfCue(tokens, cue, c);
    if (source || cue.type === "according") return { cue: first, source, after: false };
  }
  return first ? { cue: first, source: null, after: false } : null;
}
function possessedClaim(tokens, j, c) {
  const t = tokens[j];
  const owner = tokens[j - 1];
  if (!t.word || (t.flags & CUE_CLAIM_NOUN) === 0 || !owner?.cap || !/\p{L}['’]s$/u.test(owner.text) || !c.complementizers.has(tokens[j + 1]?.lower ?? "")) return null;
  let k = j - 1;
  while (k > 0 && tokens[k - 1].word && tokens[k - 1].cap && (tokens[k - 1].flags & WORD_STOPWORD) === 0) k--;
  return { cue: { type: "speech", at: j, len: 1, text: t.text }, source: [k, j], after: false };
}
function sourceOfCue(tokens, cue, c) {
  if (cue.type === "according" && c.accordingAfter.has(tokens[cue.at].lower)) return subjectBefore(tokens, cue.at, c);
  if (cue.type === "according") {
    for (let k = cue.at + 1; k < cue.at + cue.len - 1; k++) if ((tokens[k].flags & PRONOUN_FLAGS) !== 0) return [k, k + 1];
    let end = cue.at + cue.len;
    while (end < tokens.length && end - cue.at < 30 && tokens[end].text !== "," && tokens[end].quote === void 0 && !/^[.;:!?]$/.test(tokens[end].text) && !clauseGoesOn(tokens, end, cue.at + cue.len, c)) end++;
    if (end <= cue.at + cue.len) return null;
    if (c.lex.verbSecond === true && tokens[end]?.text === ",") {
      let m = end + 1, words3 = 0;
      while (tokens[m]?.word && (tokens[m].cap || words3 > 0 && (tokens[m].flags & WORD_PARTICLE) !== 0) && ((tokens[m].flags & (WORD_STOPWORD | WORD_DETERMINER)) === 0 || (tokens[m].flags & WORD_PARTICLE) !== 0)) {
        if (tokens[m].cap) words3++;
        m++;
      }
      if (words3 >= 2 && words3 <= 4 && tokens[m]?.text === ",") return [cue.at + cue.len, m];
    }
    return [cue.at + cue.len, end];
  }
  const before0 = tokens[cue.at - 1];
  const word2 = tokens[cue.at].lower;
  const participle = (c.lex.participleEndings ?? []).some((e) => word2.endsWith(e));
  if (participle && before0 && (before0.text === "," || before0.word && (before0.flags & WORD_STOPWORD) !== 0 && (before0.flags & WORD_DETERMINER) === 0 && !c.asWords.has(before0.lower))) {
    return relativeAntecedent(tokens, cue.at, c);
  }
  const subj = subjectBefore(tokens, cue.at, c);
  if (subj && c.lex.verbSecond === true && prepositionObject(tokens, subj, c) && !passiveAgent(tokens, subj, cue, c)) {
    const after = beforeParticle(nameAhead(tokens, cue.at + cue.len, c) ?? phraseAfter(tokens, cue.at + cue.len, c), cue);
    return after && opensSubject(tokens[after[0]], c) ? cue.particleAt === void 0 ? withApposition(tokens, after, c) : after : null;
  }
  if (subj && c.lex.verbSecond === true && adverbialOpening(tokens, subj, c)) {
    const after = beforeParticle(nameAhead(tokens, cue.at + cue.len, c) ?? phraseAfter(tokens, cue.at + cue.len, c), cue);
    return after && (tokens[after[0]].flags & WORD_COMPLEMENTIZER) === 0 ? cue.particleAt === void 0 ? withApposition(tokens, after, c) : after : null;
  }
  if (subj) return subj;
  const before2 = tokens[cue.at - 1];
  if (before2 && c.asWords.has(before2.lower)) return subjectBefore(tokens, cue.at - 1, c);
  return null;
}
function adverbialOpening(tokens, range, c) {
  let k = range[0];
  if (c.lex.capitalisedNouns === true) {
    let p = k;
    while (p > 0 && tokens[p - 1].word && !isPreposition(tokens[p - 1])) p--;
    if (p > 0 && isPreposition(tokens[p - 1]) && tokens.slice(0, p - 1).every((t) => !t.word && t.quote === void 0 && t.text !== ",")) k = p - 1;
  }
  const opening = k;
  while (k > 0 && !tokens[k - 1].word && tokens[k - 1].quote === void 0 && tokens[k - 1].text !== ",") k--;
  if (k > 0) return false;
  const first = tokens[opening];
  if (!first.word || (first.flags & WORD_DETERMINER) !== 0 || (first.flags & PRONOUN_FLAGS) !== 0) return false;
  return (first.flags & WORD_STOPWORD) !== 0 || c.connectives.has(first.lower) || c.dateWords.has(first.lower);
}
var PRONOUN_FLAGS = WORD_MALE | WORD_FEMALE | WORD_PLURAL | WORD_NEUTER;
function passiveAgent(tokens, subj, cue, c) {
  if (!(c.lex.agentPrepositions ?? []).includes(tokens[subj[0] - 1]?.lower ?? "")) return false;
  for (let k = subj[1]; k < cue.at; k++) if (!tokens[k].word) return false;
  return true;
}
function clauseGoesOn(tokens, k, from, c) {
  if (c.lex.capitalisedNouns !== true || c.lex.verbSecond !== true || k <= from) return false;
  const t = tokens[k], prev = tokens[k - 1];
  return t.word && !t.cap && prev.word && prev.cap && (prev.flags & WORD_DETERMINER) === 0 && (t.flags & (WORD_STOPWORD | WORD_DETERMINER | WORD_PARTICLE)) === 0 && !/^\p{N}/u.test(t.text);
}
function opensSubject(t, c) {
  if (!t?.word || c.connectives.has(t.lower) || (t.flags & (WORD_VERB_MODIFIER | WORD_COMPLEMENTIZER)) !== 0) return false;
  return (t.flags & (WORD_DETERMINER | WORD_RELATIVE | PRONOUN_FLAGS)) !== 0 || t.cap && (t.flags & WORD_STOPWORD) === 0;
}
function isPreposition(t) {
  return t !== void 0 && t.word && !t.cap && (t.flags & WORD_STOPWORD) !== 0 && (t.flags & (WORD_DETERMINER | PRONOUN_FLAGS | WORD_COMPLEMENTIZER | WORD_CLAUSE_BREAK | WORD_RELATIVE)) === 0;
}
function prepositionObject(tokens, range, c) {
  return c.lex.capitalisedNouns === true && isPreposition(tokens[range[0] - 1]);
}
function nameBeforeColon(tokens, colon, c) {
  if (c.lex.unspaced || c.lex.capitalisedNouns === true) return null;
  let k = colon - 1, caps = 0;
  while (k >= 0 && tokens[k].word && (tokens[k].cap || caps > 0 && (tokens[k].flags & WORD_PARTICLE) !== 0 && tokens[k - 1]?.cap === true)) {
    const t = tokens[k];
    if (t.cap && ((t.flags & (WORD_STOPWORD | CUE_START)) !== 0 || c.dateWords.has(t.lower))) break;
    if (t.cap) caps++;
    k--;
    if (caps >= 2 && tokens[k]?.word && (tokens[k].flags & WORD_CONJUNCTION) !== 0 && tokens[k - 1]?.cap === true && tokens[k - 2]?.cap === true) k--;
  }
  if (caps < 2) return null;
  const before2 = tokens[k];
  if (before2?.word && (!before2.cap && (before2.flags & (WORD_STOPWORD | CUE_START)) !== 0)) return null;
  return [k + 1, colon];
}
function namesOnly(tokens, range, c) {
  if (c.lex.unspaced) return true;
  let named = false;
  for (let k = range[0]; k < range[1]; k++) {
    const t = tokens[k];
    if (!t.word) continue;
    if (t.cap) named = true;
    else if ((t.flags & WORD_DETERMINER) === 0 && (t.flags & WORD_TITLE) === 0 && (t.flags & WORD_PARTICLE) === 0) return false;
  }
  return named;
}
function describedName(tokens, [a, b], c) {
  if (c.lex.unspaced || c.lex.capitalisedNouns === true || b - a > 6 || b - a < 3) return false;
  for (let k = a; k < b; k++) {
    const t = tokens[k];
    if (!t.word || (t.flags & (CUE_START | WORD_COMPLEMENTIZER)) !== 0) return false;
  }
  const last = tokens[b - 1], before2 = tokens[b - 2];
  return last.cap && before2.cap && (last.flags & WORD_STOPWORD) === 0 && (before2.flags & (WORD_STOPWORD | WORD_TITLE_LOOSE)) === 0 && !c.dateWords.has(last.lower);
}
function cueAtLeft(tokens, end, c) {
  for (let j = end - 1; j >= 0 && end - j <= 4; j--) {
    const cue = cueAt(tokens, j, c);
    if (cue && cue.at + cue.len <= end) return cue;
  }
  return null;
}
function accordingAtEnd(tokens, qi, c) {
  for (let j = qi + 1; j < Math.min(tokens.length, qi + 1 + CUE_REACH); j++) {
    if (tokens[j - 1].text !== "," && tokens[j - 1].quote === void 0) continue;
    if (tokens[j - 1].text === "," && c.quoteTagCues.has(tokens[j].lower) && tokens[j + 1]?.cap === true) {
      const np2 = phraseAfter(tokens, j + 1, c);
      if (np2 && tokens.slice(np2[1]).every((t) => !t.word && t.quote === void 0)) return { cue: { type: "speech", at: j, len: 1, text: tokens[j].text }, source: np2, after: true };
    }
    const cue = cueAt(tokens, j, c);
    if (!cue || cue.type !== "according") continue;
    const np = phraseAfter(tokens, j + cue.len, c);
    if (!np || tokens.slice(np[1]).some((t) => t.word || t.quote !== void 0)) return null;
    return { cue, source: np, after: true };
  }
  return null;
}
var VERB_TAIL_MAX = 8;
function verbAfterSubject(tokens, qi, c) {
  if (c.lex.unspaced || c.lex.verbSecond === true) return null;
  let i = qi + 1;
  while (tokens[i]?.text === ",") i++;
  const first = tokens[i];
  if (!first?.word) return null;
  let e = i;
  const p = c.lex.pronouns;
  if (first.lower === p.male[0] || first.lower === p.female[0] || first.lower === p.plural[0]) e = i + 1;
  else {
    let named = false;
    let head = false;
    while (e < tokens.length && e - i < 6) {
      const t = tokens[e];
      const title = (t.flags & (WORD_TITLE | WORD_ORG_HEAD | WORD_ANONYMOUS_HEAD)) !== 0;
      if (t.word && t.cap && (t.flags & (WORD_STOPWORD | CUE_START)) === 0 && !c.connectives.has(t.lower) && !c.dateWords.has(t.lower)) named = true;
      else if (t.word && title) head = true;
      else if (!(e === i && t.word && (t.flags & WORD_DETERMINER) !== 0) && !initialDot(tokens, e)) break;
      e++;
    }
    if (!named && !head) return null;
  }
  const v = tokens[e];
  if (!v?.word || v.cap || (v.flags & WORD_VERB_MODIFIER) !== 0 || (v.flags & WORD_STOPWORD) !== 0 && (v.flags & CUE_START) === 0 || endsAsParticiple(v.lower, c)) return null;
  let words3 = 0;
  for (let k = e + 1; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.quote !== void 0 || t.word && (t.flags & WORD_COMPLEMENTIZER) !== 0) return null;
    if (t.word && ++words3 > VERB_TAIL_MAX) return null;
  }
  return { cue: { type: "speech", at: e, len: 1, text: v.text }, source: [i, e], after: true };
}
function verbBeforeSubject(tokens, qi, endsWithPause, c) {
  if (c.lex.verbSecond !== true || c.lex.capitalisedNouns !== true) return null;
  let i = qi + 1;
  while (tokens[i]?.text === ",") i++;
  if (i === qi + 1 && !endsWithPause) return null;
  const v = tokens[i];
  if (!v?.word || v.cap || c.connectives.has(v.lower) || (v.flags & (WORD_VERB_MODIFIER | WORD_COMPLEMENTIZER | WORD_DETERMINER | WORD_CONJUNCTION)) !== 0 || (v.flags & WORD_STOPWORD) !== 0 && (v.flags & CUE_START) === 0 || endsAsParticiple(v.lower, c)) return null;
  const first = tokens[i + 1];
  if (!first?.word || c.connectives.has(first.lower)) return null;
  const p = c.lex.pronouns;
  let source = null;
  if (first.lower === p.male[0] || first.lower === p.female[0]) source = [i + 1, i + 2];
  else if ((first.flags & WORD_DETERMINER) !== 0 || first.cap && (first.flags & WORD_STOPWORD) === 0) source = phraseAfter(tokens, i + 1, c);
  if (!source || source[1] - source[0] > 1 && !tokens.slice(source[0], source[1]).some((t) => t.word && t.cap && (t.flags & WORD_STOPWORD) === 0)) return null;
  let words3 = 0;
  for (let k = source[1]; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.quote !== void 0 || t.word && (t.flags & WORD_COMPLEMENTIZER) !== 0) return null;
    if (t.word && ++words3 > VERB_TAIL_MAX) return null;
  }
  return { cue: { type: "speech", at: i, len: 1, text: v.text }, source: withApposition(tokens, source, c), after: true };
}
function invertedTag(tokens, qi, c) {
  const endings = c.lex.finiteVerbEndings ?? [];
  if (c.lex.unspaced || c.lex.verbSecond === true || endings.length === 0) return null;
  let i = qi + 1;
  while (tokens[i]?.text === ",") i++;
  const v = tokens[i];
  if (!v?.word || v.cap || (v.flags & (WORD_STOPWORD | WORD_VERB_MODIFIER | WORD_COMPLEMENTIZER)) !== 0 || !endings.some((e) => v.lower.endsWith(e) && v.lower.length > e.length + 3)) return null;
  const named = namedAfter(tokens, i + 1, c);
  if (!named) return null;
  const source = withApposition(tokens, named, c);
  let words3 = 0;
  for (let k = source[1]; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.quote !== void 0 || t.word && (t.flags & WORD_COMPLEMENTIZER) !== 0) return null;
    if (t.word && ++words3 > VERB_TAIL_MAX) return null;
  }
  return { cue: { type: "speech", at: i, len: 1, text: v.text }, source, after: true };
}
function namesNoOne(tokens, [a, b]) {
  for (let k = a; k < b; k++) {
    const t = tokens[k];
    if (!t.word) continue;
    if (t.cap && (t.flags & (WORD_STOPWORD | WORD_DETERMINER)) === 0) return false;
    if ((t.flags & (WORD_MALE | WORD_FEMALE | WORD_PLURAL | WORD_TITLE | WORD_ORG_HEAD | WORD_ANONYMOUS_HEAD)) !== 0) return false;
  }
  return true;
}
function reportsOwnClause(tokens, a, c) {
  if (!a.source || a.source[0] > a.cue.at || a.cue.type !== "speech") return false;
  const t = tokens[a.cue.at + a.cue.len];
  if (t?.text === ":") return true;
  if (!t?.word) return false;
  if ((t.flags & WORD_COMPLEMENTIZER) !== 0 || (t.flags & PRONOUN_FLAGS) !== 0 && (t.flags & WORD_DETERMINER) === 0) return true;
  if (c.addressee.has(a.cue.text.toLowerCase())) return false;
  return !isPreposition(t) && !c.dateWords.has(t.lower) && !c.connectives.has(t.lower) && !isAdverb(t, c);
}
function attributeQuote(tokens, qi, c, endsWithStop = false, endsWithPause = false) {
  let opensSentence = true;
  for (let k = 0; k < qi && opensSentence; k++) opensSentence = !tokens[k].word;
  if (opensSentence) {
    const after2 = cueAfter(tokens, qi, c) ?? accordingAtEnd(tokens, qi, c) ?? (endsWithPause ? verbAfterSubject(tokens, qi, c) ?? invertedTag(tokens, qi, c) : null) ?? verbBeforeSubject(tokens, qi, endsWithPause, c);
    return after2 && endsWithStop && !endsWithPause && reportsOwnClause(tokens, after2, c) ? null : after2;
  }
  const next = tokens[qi + 1];
  const closed = endsWithStop && next !== void 0 && next.word && next.cap;
  const after = closed ? null : cueAfter(tokens, qi, c) ?? accordingAtEnd(tokens, qi, c);
  const before2 = cueBefore(tokens, qi, c);
  const between = before2 ? tokens.slice(before2.cue.at + before2.cue.len, qi) : [];
  const copula = between[0] !== void 0 && between[0].word && (between[0].flags & WORD_VERB_MODIFIER) !== 0;
  const tagged = endsWithPause && !endsWithStop && after?.source !== null && after?.source !== void 0 && after.source[0] === qi + 1 && after.source[0] < after.cue.at && after.cue.at - qi <= 7 && !(after.source[1] - after.source[0] === 1 && (tokens[after.source[0]].flags & PRONOUN_FLAGS) !== 0);
  const framed = before2?.source && between.length <= 3 && !copula && !tagged && !between.some((t) => t.quote !== void 0);
  const near = after?.source ? after.source[0] - qi <= 4 : true;
  if (after?.source && before2?.source && after.cue.type === "speech" && !c.weak.has(after.cue.text.toLowerCase()) && namesNoOne(tokens, before2.source) && !namesNoOne(tokens, after.source)) return after;
  const colonFramed = before2?.source && tokens[qi - 1]?.text === ":" && after?.source && after.source[1] - after.source[0] === 1 && (tokens[after.source[0]].flags & PRONOUN_FLAGS) !== 0 && !namesNoOne(tokens, before2.source) && !tokens.slice(before2.source[0], before2.source[1]).some((t) => (t.flags & PRONOUN_FLAGS) !== 0);
  if (colonFramed) return before2;
  if (before2?.cue.type === "colon" && after?.source && after.cue.type === "speech" && tokens[qi + 1]?.text === "," && after.cue.at === qi + 2 && !tokens.slice(after.source[0], after.source[1]).some((t) => (t.flags & PRONOUN_FLAGS) !== 0)) return after;
  if (after && !framed && (near || !before2?.source)) return after;
  return before2 ?? after;
}

// ../hostile21/src/core/claims.ts
var MAX_CONTENT = 160;
var MIN_WORDS = 3;
var MAX_TAIL_WORDS = 8;
var MIN_BEFORE_WORDS = 4;
var MAX_APPOSITION = 24;
var COMPLEMENTIZER_WINDOW = 12;
var END_PUNCT = /^[;:!?.]$/;
var DASH2 = /^[\u2014\u2013]$/;
var DASH_OR_HYPHEN = /^[\u2014\u2013-]$/;
var LOOSE_MARK = /^['’‘"“”]$/;
var isLoose = (t) => t !== void 0 && !t.word && t.quote === void 0 && LOOSE_MARK.test(t.text);
function commaBefore(tokens, i) {
  let k = i - 1;
  while (k >= 0 && isLoose(tokens[k])) k--;
  if (k < 0 || tokens[k].text !== ",") return null;
  return { comma: k, end: k === i - 1 ? k : i };
}
function clauseEnd(tokens, i, c) {
  const limit = Math.min(tokens.length, i + MAX_CONTENT);
  for (let k = i; k < limit; k++) {
    const t = tokens[k];
    if (!t.word && END_PUNCT.test(t.text) && k === tokens.length - 1) return k;
    if (!t.word && t.text === ";") return k;
    if ((t.text === "," || DASH2.test(t.text)) && tokens[k + 1]?.word) {
      const next = cueAt(tokens, k + 1, c);
      if (next && (next.type === "according" || endsAsParticiple(tokens[k + 1].lower, c))) return k;
      if ((tokens[k + 1].flags & CUE_CLAIM_NOUN) !== 0) return k;
      if (next && next.type === "speech" && k + 1 > i) return k;
      if (endsWithCueAt(tokens, k + 1, c) || opensAttribution(tokens, k + 1, c)) return k;
      if (c.contentEnders.has(tokens[k + 1].lower) && tokens[k + 2]?.word && nounPhraseStart(tokens[k + 2], c)) return k;
      if ((tokens[k + 1].flags & WORD_CONJUNCTION) !== 0 && opensAttribution(tokens, k + 1, c)) return k;
    }
  }
  let end = limit;
  while (end > i && !tokens[end - 1].word && tokens[end - 1].quote === void 0) end--;
  return end;
}
function endsWithCueAt(tokens, i, c) {
  for (let k = i; k < tokens.length && k - i <= 5; k++) {
    const t = tokens[k];
    if (!t.word) return false;
    const cue = cueAt(tokens, k, c);
    if (cue && cue.type === "speech" && k > i && !t.cap) {
      const after = skipAdjuncts(tokens, k + cue.len, c);
      const next = tokens[after];
      return !next || !next.word || next.text === ",";
    }
  }
  return false;
}
function opensAttribution(tokens, i, c) {
  for (let k = i + 1; k < tokens.length && k - i <= 8; k++) {
    const t = tokens[k];
    if (!t.word) return false;
    const cue = cueAt(tokens, k, c);
    if (cue && cue.type === "speech") return c.complementizers.has(tokens[k + cue.len]?.lower ?? "");
  }
  return false;
}
function wordCount(tokens, from, to) {
  let n = 0;
  for (let k = from; k < to; k++) if (tokens[k].word) n++;
  return n;
}
function quotedShare(tokens, from, to) {
  if (to <= from) return 0;
  let quoted = 0;
  for (let k = from; k < to; k++) if (tokens[k].quote !== void 0) quoted += tokens[k].end - tokens[k].start;
  const total = tokens[to - 1].end - tokens[from].start;
  return total > 0 ? quoted / total : 0;
}
function accept(tokens, from, to) {
  return to > from && wordCount(tokens, from, to) >= MIN_WORDS && quotedShare(tokens, from, to) < 0.4;
}
function skipAdjuncts(tokens, i, c) {
  let k = i;
  for (let n = 0; n < 4; n++) {
    const len = phraseAt(c.cueAdjuncts, tokens, k);
    if (!len) break;
    k += len;
  }
  return k;
}
function skipAddressee(tokens, i, c) {
  const first = tokens[i];
  if (!first || !first.word) return -1;
  if (isPronoun2(first, c) || c.objectPronouns.has(first.lower)) return i + 1;
  if ((first.flags & WORD_NOT_CLAUSE_START) !== 0 && (first.flags & WORD_STOPWORD) === 0) return -1;
  let k = i;
  if ((tokens[k].flags & WORD_DETERMINER) !== 0 && !tokens[k].cap) k++;
  else if (c.definiteArticles.has(tokens[k].lower)) k++;
  const from = k;
  while (k < tokens.length && k - from < 7) {
    const t = tokens[k];
    if (!t.word) break;
    if (t.cap && (t.flags & WORD_STOPWORD) === 0) k++;
    else if (k > from && ((t.flags & WORD_TITLE) !== 0 || (t.flags & WORD_ORG_HEAD) !== 0) && tokens[k + 1]?.cap) k++;
    else break;
  }
  if (k > from) {
    const head = tokens[k];
    if (head?.word && !head.cap && (head.flags & WORD_STOPWORD) === 0 && (head.flags & WORD_NOT_CLAUSE_START) === 0 && !tokens[k + 1]?.word && !cueAt(tokens, k, c)) return k + 1;
    return k;
  }
  while (k < tokens.length && k - from < 3) {
    const t = tokens[k];
    if (!t.word || t.cap || (t.flags & WORD_STOPWORD) !== 0 || (t.flags & WORD_NOT_CLAUSE_START) !== 0) break;
    k++;
    if (tokens[k] && ((tokens[k].flags & WORD_STOPWORD) !== 0 || tokens[k].cap)) break;
  }
  return k > from ? k : -1;
}
function firstWord(tokens, cue) {
  return tokens[cue.at].lower;
}
function complementStart(tokens, after, cue, c, weak2) {
  let k = skipAdjuncts(tokens, after, c);
  if (cue.len === 1 && c.addressee.has(firstWord(tokens, cue))) {
    const o = skipAddressee(tokens, k, c);
    if (o >= 0) k = skipAdjuncts(tokens, o, c);
  }
  const t = tokens[k];
  if (!t) return -1;
  if (t.word && (t.flags & WORD_COMPLEMENTIZER) !== 0) return k + 1;
  if (t.text === "," && c.lex.commaBeforeComplementizer === true && tokens[k + 1]?.word && (tokens[k + 1].flags & WORD_COMPLEMENTIZER) !== 0) return k + 2;
  if (c.lex.unspaced && t.text === "," && tokens[k + 1]?.word && !weak2 && c.bareComplement.has(firstWord(tokens, cue))) return k + 1;
  if (t.word && c.freeRelatives.has(t.lower) && tokens[k + 1]?.word && (tokens[k + 1].flags & WORD_NOT_CLAUSE_START) !== 0) return -1;
  if (t.quote !== void 0 && tokens[k + 1]?.word && (tokens[k + 1].flags & WORD_COMPLEMENTIZER) !== 0) return k + 2;
  if (t.text === ":" && tokens[k + 1]?.word) return k + 1;
  if ((t.text === "," || t.text === ":") && isLoose(tokens[k + 1])) {
    let m = k + 1;
    while (isLoose(tokens[m])) m++;
    return tokens[m]?.word ? k + 1 : -1;
  }
  if (t.word && (t.flags & WORD_NOT_CLAUSE_START) !== 0) {
    for (let m = k + 1; m < tokens.length && m - after <= COMPLEMENTIZER_WINDOW; m++) {
      const w = tokens[m];
      if (!w.word) {
        if (w.text !== "," && w.text !== "'" && w.text !== "\u2019" && w.text !== ".") return -1;
        continue;
      }
      if ((w.flags & WORD_COMPLEMENTIZER) !== 0) return m + 1;
      if (cueAt(tokens, m, c)) return -1;
      if (m - k >= 2 && m - k <= 6 && isSubjectPronoun(w, c) && tokens[m + 1]?.word && !weak2 && c.bareComplement.has(firstWord(tokens, cue))) return m;
    }
    return -1;
  }
  if (weak2 || !c.bareComplement.has(firstWord(tokens, cue))) return -1;
  if (!t.word || (t.flags & WORD_STOPWORD) !== 0 && (t.flags & WORD_NOT_CLAUSE_START) !== 0) return -1;
  if (cueAt(tokens, k, c)) return -1;
  return k;
}
function accusedObject(tokens, after, c) {
  const k = skipAdjuncts(tokens, after, c);
  const first = tokens[k];
  if (!first?.word || c.accusationLinks.has(first.lower) || (first.flags & (WORD_COMPLEMENTIZER | WORD_NOT_CLAUSE_START)) !== 0) return -1;
  for (let m = k + 1; m < tokens.length && m - k <= ACCUSED_OBJECT_MAX; m++) {
    const w = tokens[m];
    if (!w.word) {
      if (w.text === "," || w.text === "." || w.text === "'" || w.text === "\u2019") continue;
      return -1;
    }
    if (c.accusationLinks.has(w.lower)) return tokens[m + 1]?.word ? k : -1;
    if (cueAt(tokens, m, c)) return -1;
  }
  return -1;
}
var ACCUSED_OBJECT_MAX = 12;
function governingSubject(tokens, j, c) {
  for (let k = j - 2; k >= 0 && j - k <= 40; k--) {
    const cue = cueAt(tokens, k, c);
    if (!cue || cue.type === "according" || cue.at + cue.len > j) continue;
    if (tokens[k].cap && k === 0) continue;
    const s = sourceOfCue(tokens, cue, c);
    if (s) return s;
  }
  return openingPhrase(tokens, c, 0, true);
}
function openingPhrase(tokens, c, from = 0, pastAdverbial = false) {
  let i = from;
  while (i < tokens.length && (!tokens[i].word || (tokens[i].flags & WORD_STOPWORD) !== 0 && (tokens[i].flags & WORD_DETERMINER) === 0 && !isPronoun2(tokens[i], c))) {
    if (i > from + 2) return null;
    i++;
  }
  if (pastAdverbial && from === 0 && i > 0 && tokens[i - 1].word && (tokens[i - 1].flags & WORD_NOT_CLAUSE_START) !== 0) {
    for (let k2 = i; k2 < tokens.length && k2 - i <= 8; k2++) {
      if (tokens[k2].text === ",") return openingPhrase(tokens, c, k2 + 1);
      if (!tokens[k2].word) break;
    }
  }
  if (tokens[i]?.word && endsAsParticiple(tokens[i].lower, c) && (tokens[i].flags & WORD_STOPWORD) === 0 && !isHead(tokens[i], c)) return null;
  let k = i;
  while (k < tokens.length && k - i < 8) {
    const t = tokens[k];
    if (!t.word) break;
    if (k > i && !t.cap) {
      if ((t.flags & WORD_VERB_MODIFIER) !== 0 || cueAt(tokens, k, c) || phraseAt(c.relay, tokens, k)) break;
      if ((t.flags & WORD_STOPWORD) !== 0 && !c.ofWords.has(t.lower)) break;
      if ((c.lex.finiteVerbEndings ?? []).some((e) => t.lower.endsWith(e)) && (t.flags & WORD_TITLE) === 0) break;
      const prev = tokens[k - 1];
      if (isHead(prev, c) && !isHead(t, c) && !c.ofWords.has(prev.lower)) break;
    }
    if (isPronoun2(t, c)) {
      k++;
      break;
    }
    k++;
  }
  return k > i ? [i, k] : null;
}
function shortSubject(tokens, v, c) {
  let a = v;
  while (a > 0 && v - a < 8 && tokens[a - 1].word && (tokens[a - 1].flags & WORD_COMPLEMENTIZER) === 0 && !cueAt(tokens, a - 1, c)) a--;
  if (a === v || a > 0 && tokens[a - 1].text !== "," && !isLoose(tokens[a - 1])) return null;
  const first = tokens[a];
  if (nounPhraseStart(first, c)) return [a, v];
  for (let k = a; k < v; k++) if (isHead(tokens[k], c) && !tokens[k].cap) return [a, v];
  return null;
}
function commaBeforeVerb(tokens, s, v, c) {
  let end = v;
  while (end > 0 && tokens[end - 1].word && (tokens[end - 1].flags & WORD_VERB_MODIFIER) !== 0) end--;
  if (tokens[end - 1]?.text !== "," || s[1] !== end - 1) return false;
  for (let k = s[0]; k < s[1]; k++) if (tokens[k].text === ",") return false;
  return true;
}
function invertedAfter(tokens, cue, c) {
  const np = phraseAfter(tokens, cue.at + cue.len, c);
  return np !== null && hasWord(tokens, np) && nounPhraseStart(tokens[np[0]], c) && (tokens[np[0]].flags & WORD_COMPLEMENTIZER) === 0 && tailAfter(tokens, np[1], c, true) !== null;
}
function coordinatedVerb(tokens, j, c) {
  let p = j - 1;
  while (p > 0 && tokens[p].word && (tokens[p].flags & WORD_VERB_MODIFIER) !== 0) p--;
  const w = tokens[p];
  return w !== void 0 && w.word && (w.flags & WORD_CONJUNCTION) !== 0 && p > 0;
}
function adjunctStart(tokens, r, c) {
  for (let a = Math.max(0, r[0] - 2); a <= r[0]; a++) {
    let k = a;
    for (let n = 0; n < 3; n++) {
      const len = phraseAt(c.cueAdjuncts, tokens, k);
      if (!len) break;
      k += len;
    }
    if (k > a && k >= r[1]) return a;
  }
  return -1;
}
function relativeHead(tokens, r, c) {
  let a = r;
  while (a > 0 && r - a < 5 && tokens[a - 1].word && (tokens[a - 1].flags & WORD_COMPLEMENTIZER) === 0 && !cueAt(tokens, a - 1, c)) {
    a--;
    if ((tokens[a].flags & WORD_DETERMINER) !== 0 || tokens[a].cap && !tokens[a - 1]?.cap) break;
  }
  if (a === r) return null;
  const first = tokens[a];
  return nounPhraseStart(first, c) ? [a, r] : null;
}
function nounPhraseStart(t, c) {
  return t.cap || (t.flags & WORD_DETERMINER) !== 0 || (t.flags & WORD_INDEFINITE) !== 0 || isPronoun2(t, c);
}
function isHead(t, c) {
  return t.word && ((t.flags & WORD_TITLE) !== 0 || (t.flags & WORD_ORG_HEAD) !== 0 || (t.flags & WORD_ANONYMOUS_HEAD) !== 0);
}
function isPossessive(t, c) {
  return (t.flags & WORD_DETERMINER) !== 0 && ((t.flags & WORD_MALE) !== 0 || (t.flags & WORD_FEMALE) !== 0 || (t.flags & WORD_PLURAL) !== 0 || (t.flags & WORD_NEUTER) !== 0);
}
function isSubjectPronoun(t, c) {
  return isPronoun2(t, c) && (t.flags & WORD_DETERMINER) === 0 && (t.flags & WORD_NOT_CLAUSE_START) === 0 && !endsAsReflexive(t.lower, c);
}
function isPronoun2(t, c) {
  return (t.flags & WORD_MALE) !== 0 || (t.flags & WORD_FEMALE) !== 0 || (t.flags & WORD_PLURAL) !== 0 && !c.possessivePronouns.has(t.lower) || c.neuterSubjects.has(t.lower);
}
function contentStart(tokens, comma) {
  let k = comma - 1;
  while (k >= 0 && comma - k <= MAX_CONTENT && tokens[k].text !== ";") k--;
  return k + 1;
}
function tailAfter(tokens, i, c, apposition) {
  let k = skipAdjuncts(tokens, i, c);
  if (tokens[k]?.text === "(") {
    let m = k + 1;
    while (m < tokens.length && m - k <= MAX_APPOSITION && tokens[m].text !== ")") m++;
    if (tokens[m]?.text === ")") k = skipAdjuncts(tokens, m + 1, c);
  }
  if (tokens[k]?.text === "," && isLoose(tokens[k + 1])) {
    let m = k + 1;
    while (isLoose(tokens[m])) m++;
    return tokens[m]?.word ? { kind: "more", at: k + 1 } : null;
  }
  if (tokens[k]?.text === "," && tokens[k + 1]?.word) {
    const w = tokens[k + 1];
    if (cueAt(tokens, k + 1, c)) return { kind: "end" };
    const describes2 = (w.flags & WORD_DETERMINER) !== 0 || (w.flags & WORD_TITLE) !== 0 || (w.flags & WORD_RELATIVE) !== 0 || w.cap && apposition;
    if (describes2) {
      let m = k + 1;
      while (m < tokens.length && tokens[m].text !== "," && tokens[m].quote === void 0 && m - k <= MAX_APPOSITION) m++;
      if (m >= tokens.length || m === tokens.length - 1 && END_PUNCT.test(tokens[m].text)) return { kind: "end" };
      if (tokens[m]?.text === "," && tokens[m + 1]?.word && (w.flags & WORD_RELATIVE) === 0) return restDescribes(tokens, m, c) ? { kind: "end" } : null;
      return null;
    }
    if (!w.cap || (w.flags & WORD_STOPWORD) !== 0) return { kind: "more", at: k + 1 };
    return null;
  }
  let words3 = 0;
  for (let m = k; m < tokens.length; m++) {
    const t = tokens[m];
    if (t.quote !== void 0) return null;
    if (t.word) {
      words3++;
      if (words3 === 1 && ((t.flags & WORD_NOT_CLAUSE_START) === 0 || (t.flags & WORD_COMPLEMENTIZER) !== 0)) return null;
      if (words3 > MAX_TAIL_WORDS) return null;
    } else if (t.text === "," && words3 > 0) {
      const w = tokens[m + 1];
      if (!w || !w.word || cueAt(tokens, m + 1, c) || endsAsParticiple(w.lower, c)) return { kind: "end" };
      return w.cap && (w.flags & WORD_STOPWORD) === 0 ? null : { kind: "more", at: m + 1 };
    } else if (t.text === "," || t.text === ";") return null;
  }
  return { kind: "end" };
}
function restDescribes(tokens, from, c) {
  if (tokens.length - from > MAX_APPOSITION) return false;
  for (let k = from + 1; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.quote !== void 0 || t.word && cueAt(tokens, k, c) || t.text === ";") return false;
  }
  return true;
}
function findClaims(tokens, c) {
  const out = [];
  const taken = /* @__PURE__ */ new Set();
  const push = (m) => {
    if (!accept(tokens, m.content[0], m.content[1])) return false;
    const key = m.content[0] * (tokens.length + 1) + m.content[1];
    if (taken.has(key)) return false;
    taken.add(key);
    out.push(m);
    return true;
  };
  for (let j = 0; j < tokens.length; j++) {
    const t = tokens[j];
    if (!t.word) continue;
    const starts = t.flags & CUE_START;
    if (starts === 0) continue;
    if (starts & CUE_CLAIM_NOUN && tokens[j + 1] && (tokens[j + 1].flags & WORD_COMPLEMENTIZER) !== 0) {
      const start2 = j + 2;
      if (tokens[start2] && (tokens[start2].flags & WORD_VERB_MODIFIER) !== 0) continue;
      const cue2 = { type: "speech", at: j, len: 1, text: t.text };
      let end = clauseEnd(tokens, start2, c);
      let p = j - 1;
      while (p >= 0 && p >= j - 3 && tokens[p].word && (tokens[p].flags & WORD_DETERMINER) !== 0) p--;
      if (p >= 0 && tokens[p].word && (tokens[p].flags & WORD_NOT_CLAUSE_START) !== 0 && !hasSpeechCue(tokens, Math.max(0, p - MAX_CONTENT), p, c)) {
        for (let k = start2; k < end; k++) {
          if (tokens[k].text === "," && tokens[k + 1]?.word && (tokens[k + 1].flags & WORD_CONJUNCTION) === 0) {
            end = k;
            break;
          }
        }
      }
      push({ cue: cue2, source: nounSource(tokens, j, c), content: [start2, end] });
      continue;
    }
    const cue = cueAt(tokens, j, c);
    if (!cue || cue.type === "relay" && !c.accusation.has(t.lower)) continue;
    if (c.evidenceCues.has(t.lower) && (!t.cap || j === 0) && !nounUse(tokens, j, c)) {
      evidence(tokens, cue, c, push);
      continue;
    }
    if (cue.type === "according") {
      (c.lex.accordingInsideClause === true ? accordingInClause : according)(tokens, cue, c, push);
      j += cue.len - 1;
      continue;
    }
    if (t.cap) continue;
    if (nounUse(tokens, j, c) || c.quoteOnly.has(cue.text.toLowerCase())) continue;
    const weak2 = c.weak.has(cue.text.toLowerCase());
    const after = j + cue.len;
    const participle = tokens[j - 1]?.text === "," && endsAsParticiple(t.lower, c);
    const coordinated = !participle && coordinatedVerb(tokens, j, c);
    const source = participle || coordinated ? governingSubject(tokens, j, c) : subjectOf(tokens, cue, c);
    let start = source || participle ? complementStart(tokens, after, cue, c, weak2) : -1;
    if (start < 0 && (source || participle) && c.accusation.has(t.lower)) start = accusedObject(tokens, after, c);
    if (start >= 0 && tokens[start]?.text === "," && tokens[start + 1]?.word) start++;
    const around = start >= 0 && isLoose(tokens[start]) && source && source[1] <= j ? commaBefore(tokens, source[0]) : null;
    if (around && before(tokens, around.end, { kind: "more", at: start }, { cue, source }, c, push)) {
      j = start - 1;
      continue;
    }
    if (start >= 0) {
      const block = tokens[start - 1]?.text === ":";
      const content = [start, clauseEnd(tokens, start, c)];
      push(block ? { cue, source, content, block } : { cue, source, content });
      j = start - 1;
      continue;
    }
    if (!source && !participle) {
      const that = complementStart(tokens, after, cue, c, true);
      if (that > 0 && tokens[that - 1].word && (tokens[that - 1].flags & WORD_COMPLEMENTIZER) !== 0) {
        const open = openingPhrase(tokens, c);
        const src = open && open[1] <= j && (tokens[open[0]].cap || (tokens[open[0]].flags & WORD_DETERMINER) !== 0) ? open : null;
        push({ cue, source: src, content: [that, clauseEnd(tokens, that, c)] });
        j = that - 1;
        continue;
      }
    }
    if (weak2 || participle) continue;
    const close = source && source[1] <= j ? commaBefore(tokens, source[0]) : null;
    if (source && close) {
      const addressed = cue.len === 1 && c.addressee.has(firstWord(tokens, cue)) ? skipAddressee(tokens, skipAdjuncts(tokens, after, c), c) : -1;
      const tail = tailAfter(tokens, addressed >= 0 ? addressed : after, c, false);
      if (tail) before(tokens, close.end, tail, { cue, source }, c, push);
      continue;
    }
    const closeInv = commaBefore(tokens, j);
    if (closeInv) {
      const np = phraseAfter(tokens, after, c);
      if (!np || !hasWord(tokens, np) || !nounPhraseStart(tokens[np[0]], c)) continue;
      const tail = tailAfter(tokens, np[1], c, true);
      if (tail) before(tokens, closeInv.end, tail, { cue, source: np }, c, push);
    }
  }
  if (c.reportedVerbs.size > 0) reportedSpeech(tokens, c, out, push);
  return out;
}
function before(tokens, end, tail, m, c, push) {
  let start = contentStart(tokens, end);
  while (start < end && isLoose(tokens[start])) start++;
  let d = start;
  while (d < end && d - start < 4 && tokens[d].word && tokens[d].text === tokens[d].text.toUpperCase() && /\p{Lu}/u.test(tokens[d].text)) d++;
  if (d > start && d < end && DASH_OR_HYPHEN.test(tokens[d].text)) start = d + 1;
  if (tokens[start]?.word && (tokens[start].flags & WORD_CONJUNCTION) !== 0 && tokens[start + 1]?.word) start++;
  const first = tokens[start];
  if (!first || !first.word) return false;
  if (tail.kind === "end") {
    if (wordCount(tokens, start, end) < MIN_BEFORE_WORDS) return false;
    if ((first.flags & WORD_NOT_CLAUSE_START) !== 0 && (first.flags & WORD_VERB_MODIFIER) === 0 || endsAsParticiple(first.lower, c) && !first.cap) return false;
    if (first.cap && endsAsParticiple(first.lower, c) && (first.flags & WORD_STOPWORD) === 0) return false;
  }
  const to = tail.kind === "more" ? clauseEnd(tokens, tail.at, c) : end;
  let s = start;
  while (s > 0 && isLoose(tokens[s - 1])) s--;
  return push({ cue: m.cue, source: m.source, content: [s, to] });
}
function hasWord(tokens, r) {
  for (let k = r[0]; k < r[1]; k++) if (tokens[k].word) return true;
  return false;
}
function nounUse(tokens, j, c) {
  const prev = tokens[j - 1];
  if (!prev || !prev.word) return false;
  if (/^\p{N}/u.test(prev.text) || c.ofWords.has(prev.lower) || (prev.flags & WORD_DETERMINER) !== 0) return true;
  if (/['’]s$/.test(prev.lower) && prev.text.length > 2) return true;
  if (c.cueBlockers.has(prev.lower)) return true;
  if (c.nounLikeCues.has(tokens[j].lower)) {
    let p = j - 1;
    while (p > 0 && tokens[p].word && (tokens[p].flags & WORD_VERB_MODIFIER) !== 0) p--;
    const s = tokens[p];
    if (!(s.word && (s.cap || isPronoun2(s, c) || isHead(s, c) || c.documentHeads.has(s.lower))) && s.text !== ",") return true;
  }
  for (let k = j - 1; k >= 0 && j - k <= 4; k--) {
    const t = tokens[k];
    if (!t.word) break;
    if (c.freeRelatives.has(t.lower)) return true;
  }
  return false;
}
function subjectOf(tokens, cue, c) {
  const s = sourceOfCue(tokens, cue, c);
  while (s && s[0] < s[1] && isLoose(tokens[s[0]])) s[0]++;
  if (s && s[1] < cue.at && commaBeforeVerb(tokens, s, cue.at, c) && invertedAfter(tokens, cue, c)) return null;
  if (s && hasWord(tokens, s) && !(s[1] < cue.at && tokens[s[1]].quote !== void 0)) {
    const adj = adjunctStart(tokens, s, c);
    if (adj < 0) return withNameBefore(tokens, s, c);
    let v2 = adj;
    while (v2 > 0 && tokens[v2 - 1].text === ",") v2--;
    return v2 > 0 ? subjectBefore(tokens, v2, c) ?? shortSubject(tokens, v2, c) : null;
  }
  const j = cue.at;
  let v = j;
  while (v > 0 && tokens[v - 1].word && (tokens[v - 1].flags & WORD_VERB_MODIFIER) !== 0) v--;
  if (tokens[v - 1]?.word && (tokens[v - 1].flags & WORD_RELATIVE) !== 0 && (tokens[v - 1].flags & WORD_COMPLEMENTIZER) === 0) return relativeHead(tokens, v - 1, c);
  if (tokens[v - 1]?.word) return shortSubject(tokens, v, c);
  if (tokens[v - 1]?.text !== ",") return null;
  let k = v - 2;
  while (k >= 0 && v - k <= MAX_APPOSITION && tokens[k].text !== "," && tokens[k].quote === void 0 && !END_PUNCT.test(tokens[k].text)) k--;
  if (k < 1 || tokens[k].text !== ",") return openingName(tokens, v, c);
  const desc = tokens[k + 1];
  if (!desc || !desc.word || desc.cap && (desc.flags & WORD_TITLE) === 0 && (desc.flags & WORD_DETERMINER) === 0) return null;
  let a = k;
  while (a > 0 && tokens[a - 1].word && (tokens[a - 1].cap || (tokens[a - 1].flags & WORD_PARTICLE) !== 0)) a--;
  if (a === k) return openingName(tokens, v, c);
  const lead = tokens[a - 1];
  if (lead && lead.word && (lead.flags & WORD_STOPWORD) === 0 && (lead.flags & WORD_TITLE) === 0) return null;
  return [a, v - 1];
}
function openingName(tokens, v, c) {
  if (v > 3 * MAX_APPOSITION) return null;
  const open = openingPhrase(tokens, c);
  if (!open || !tokens[open[0]].cap || tokens[open[1]]?.text !== "," && tokens[open[1]]?.text !== "(") return null;
  for (let k = open[1]; k < v - 1; k++) {
    const t = tokens[k];
    if (t.quote !== void 0 || t.text === ";" || t.word && cueAt(tokens, k, c) && !t.cap) return null;
  }
  return [open[0], v - 1];
}
function evidence(tokens, cue, c, push) {
  const j = cue.at;
  const start = skipAdjuncts(tokens, j + cue.len, c);
  const first = tokens[start];
  if (!first || !first.word || (first.flags & WORD_COMPLEMENTIZER) !== 0 || (first.flags & WORD_NOT_CLAUSE_START) !== 0) return;
  const opening = j === 0 || j === 1 && isLoose(tokens[0]);
  let end = clauseEnd(tokens, start, c);
  for (let k = start; k < end; k++) {
    const t = tokens[k];
    if (t.word && c.asWords.has(t.lower) && cueAt(tokens, k + 1, c)) return;
    if (opening && t.text === ",") {
      end = k;
      break;
    }
  }
  let source;
  if (opening) {
    source = tokens[end]?.text === "," ? phraseAfter(tokens, end + 1, c) : null;
  } else if (tokens[j - 1]?.text === ",") source = governingSubject(tokens, j, c);
  else source = coordinatedVerb(tokens, j, c) ? governingSubject(tokens, j, c) : subjectOf(tokens, cue, c);
  push({ cue, source, content: [start, end] });
}
function according(tokens, cue, c, push) {
  const j = cue.at;
  for (let k = j + 1; k < j + cue.len - 1; k++) {
    if ((tokens[k].flags & (WORD_MALE | WORD_FEMALE | WORD_PLURAL)) === 0) continue;
    const start = j + cue.len + (tokens[j + cue.len]?.text === "," ? 1 : 0);
    if (tokens[start]?.word) push({ cue, source: [k, k + 1], content: [start, clauseEnd(tokens, start, c)] });
    return;
  }
  let np = phraseAfter(tokens, j + cue.len, c);
  if (!np) return;
  for (let k = np[1]; k < tokens.length && k - np[0] <= 12; k++) {
    const t = tokens[k];
    if (t.text === ",") {
      if (k > np[1]) np = [np[0], k];
      break;
    }
    if (!t.word || cueAt(tokens, k, c) || (t.flags & WORD_COMPLEMENTIZER) !== 0) break;
  }
  const named = c.lex.unspaced && np[1] - np[0] > 1 && (tokens[np[1] - 1].flags & CUE_SPEECH) !== 0 ? [np[0], np[1] - 1] : np;
  const source = c.lex.proDrop === true && np[1] - np[0] === 1 && (tokens[np[0]].flags & CUE_SPEECH) !== 0 && cueAt(tokens, np[0], c)?.type === "speech" ? null : named;
  const afterNp = np[1];
  const commaBefore2 = j > 0 && tokens[j - 1].text === ",";
  if (tokens[afterNp]?.text === "," && tokens[afterNp + 1]?.word) {
    const start = afterNp + 1;
    const from = commaBefore2 && !tokens[start].cap ? contentStart(tokens, j - 1) : start;
    push({ cue, source, content: [from, clauseEnd(tokens, start, c)] });
  } else if (commaBefore2 || j > 0 && tokens[j - 1].word) {
    const end = commaBefore2 ? j - 1 : j;
    const start = contentStart(tokens, end);
    if (!hasSpeechCue(tokens, start, end, c)) push({ cue, source, content: [start, end] });
  }
}
function hasSpeechCue(tokens, from, to, c) {
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (!t.word || t.cap) continue;
    const cue = cueAt(tokens, k, c);
    if (cue && cue.type === "speech" && !c.weak.has(cue.text.toLowerCase()) && !nounUse(tokens, k, c)) return true;
  }
  return false;
}
function nounSource(tokens, j, c) {
  const owner = tokens[j - 1];
  if (owner && owner.word && !owner.cap && isPossessive(owner, c)) return openingPhrase(tokens, c);
  const before2 = subjectBefore(tokens, j, c);
  if (before2 && before2[1] - before2[0] === 1 && endsAsParticiple(tokens[before2[0]].lower, c)) return null;
  if (before2) {
    let [a, b] = before2;
    while (a < b && !tokens[a].cap && (tokens[a].flags & WORD_ORG_HEAD) === 0 && (tokens[a].flags & WORD_ANONYMOUS_HEAD) === 0) a++;
    if (a < b) return [a, b];
  }
  return null;
}
function typewriterMarks(tokens, from, to) {
  let n = 0;
  const end = Math.min(to, tokens.length);
  for (let k = Math.max(0, from); k + 1 < end; k++) {
    const a = tokens[k];
    const b = tokens[k + 1];
    if (a.text === "'" && b.text === "'" && a.end === b.start) {
      n++;
      k++;
    }
  }
  return n;
}
function quotesWithCue(tokens, c) {
  let quoted = false;
  let cued = false;
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k].quote !== void 0) quoted = true;
    else if (!cued && tokens[k].word) {
      const cue = cueAt(tokens, k, c);
      cued = cue !== null && cue.type === "speech" || c.quoteTagCues.has(tokens[k].lower);
    }
  }
  return quoted && cued;
}
function hearsayModal(tokens, from, to, c) {
  if (c.hearsayModals.size === 0) return -1;
  let end = to;
  while (end > from && !tokens[end - 1].word) end--;
  const last = tokens[end - 1];
  if (!last || !c.perfectAuxiliaries.has(last.lower) || last.cap) return -1;
  for (let k = from; k < end - 2; k++) if (tokens[k].word && !tokens[k].cap && c.hearsayModals.has(tokens[k].lower)) return k;
  return -1;
}
function subjunctiveRunOn(tokens, c, afterReport) {
  if (c.reportedVerbs.size === 0) return null;
  let from = 0;
  while (from < tokens.length && !tokens[from].word && tokens[from].quote === void 0) from++;
  let to = tokens.length;
  while (to > from && !tokens[to - 1].word && tokens[to - 1].quote === void 0) to--;
  let verb8 = -1;
  let segmentEnd = to;
  for (let k = from; k < to && verb8 < 0; k++) {
    if (tokens[k].text === "," || tokens[k].text === ";") {
      segmentEnd = k;
      break;
    }
    if (isReportedVerb(tokens[k], c, afterReport) && !indicativeBeside(tokens, k, c)) verb8 = k;
  }
  if (verb8 < 0) verb8 = hearsayModal(tokens, from, segmentEnd, c);
  if (verb8 < 0 || !accept(tokens, from, to)) return null;
  return { cue: { type: "speech", at: verb8, len: 1, text: tokens[verb8].text }, source: null, content: [from, to] };
}
var ClaimRunOn = class {
  constructor(c) {
    this.c = c;
  }
  c;
  threaded = false;
  open = false;
  block = false;
  paragraph = -1;
  /** The sentence before reported someone: a claim, or a quote with its cue. */
  reporting = false;
  /**
   * True when this sentence's words belong to the previous sentence's last claim. A sentence in
   * the reporting mood that goes on from a report adds its own claim to claims (subjunctiveRunOn).
   */
  step(tokens, claims, paragraph) {
    const samePara = paragraph === this.paragraph;
    this.paragraph = paragraph;
    const reported = this.reporting && samePara;
    this.reporting = claims.length > 0 || this.c.reportedVerbs.size > 0 && quotesWithCue(tokens, this.c);
    if (!claims.length) {
      const run = subjunctiveRunOn(tokens, this.c, reported);
      if (run) {
        claims.push(run);
        this.reporting = true;
      }
    }
    const last = claims[claims.length - 1];
    if (last) {
      this.block = last.block === true;
      const marks = typewriterMarks(tokens, last.content[0] > 0 && isLoose(tokens[last.content[0] - 1]) ? last.content[0] - 2 : last.content[0], tokens.length);
      this.threaded = marks > 0;
      this.open = marks % 2 === 1;
      return false;
    }
    const opens = typewriterMarks(tokens, 0, 2) === 1;
    const carries = samePara && (this.threaded && (this.open || opens) || this.block) && !this.hasCue(tokens);
    if (carries) this.open = this.open !== (typewriterMarks(tokens, 0, tokens.length) % 2 === 1);
    else this.threaded = this.open = this.block = false;
    return carries;
  }
  hasCue(tokens) {
    for (let k = 0; k < tokens.length; k++) {
      const cue = cueAt(tokens, k, this.c);
      if (cue && cue.type !== "relay" && !tokens[k].cap && !this.c.weak.has(cue.text.toLowerCase()) && !nounUse(tokens, k, this.c)) return true;
    }
    return false;
  }
};
var MAX_CUE_TO_COMMA = 12;
var MAX_TO_REPORTED_VERB = 16;
var MAX_PARENTHETICAL_SOURCE = 10;
function isReportedVerb(t, c, afterReport = true) {
  return t !== void 0 && t.word && t.quote === void 0 && !t.cap && (c.reportedVerbs.has(t.lower) || afterReport && c.reportedVerbsAfterReport.has(t.lower));
}
function indicativeBeside(tokens, k, c) {
  return c.reportedIndicativeWith.has(tokens[k - 1]?.lower ?? "") || c.reportedIndicativeWith.has(tokens[k + 1]?.lower ?? "");
}
function reportedSegment(tokens, i, c) {
  for (let k = i; k < tokens.length && k - i <= MAX_TO_REPORTED_VERB; k++) {
    const t = tokens[k];
    if (!t.word && (t.text === "," || t.text === ";" || END_PUNCT.test(t.text))) return false;
    if ((isReportedVerb(t, c) || reportedByEnding(tokens, k, c)) && !indicativeBeside(tokens, k, c)) return true;
  }
  return false;
}
function infinitiveSegment(tokens, i, c) {
  let end = i;
  while (end < tokens.length && end - i <= MAX_CONTENT && (tokens[end].word || tokens[end].quote !== void 0)) end++;
  const stop = tokens[end];
  if (stop && !(END_PUNCT.test(stop.text) && end === tokens.length - 1)) return false;
  return end - i >= 3 && c.infinitiveMarkers.has(tokens[end - 2].lower) && tokens[end - 1].word && !tokens[end - 1].cap;
}
function reportedByEnding(tokens, k, c) {
  const t = tokens[k];
  if (!t.word || t.cap || t.quote !== void 0 || t.lower.length < 4) return false;
  if ((t.flags & (WORD_STOPWORD | WORD_DETERMINER | WORD_VERB_MODIFIER | WORD_TITLE | WORD_NOT_CLAUSE_START)) !== 0) return false;
  if (!c.reportedEndings.some((e) => t.lower.endsWith(e))) return false;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  return prev !== void 0 && prev.word && (prev.flags & WORD_DETERMINER) === 0 && !(next?.word && next.cap);
}
function splitCue2(tokens, j, end, c) {
  const t = tokens[j];
  for (const phrase of c.speech.get(t.lower) ?? []) {
    const rest = phrase.length - 1;
    if (rest < 1 || end - rest <= j + 1) continue;
    let ok = true;
    for (let k = 1; k <= rest && ok; k++) ok = tokens[end - rest - 1 + k]?.lower === phrase[k];
    if (ok) return { type: "speech", at: j, len: 1, text: phrase.join(" ") };
  }
  return null;
}
function invertedSubject(tokens, from, to, c) {
  const k = skipAdjuncts(tokens, from, c);
  const first = tokens[k];
  if (k >= to || !first || !first.word || first.quote !== void 0) return null;
  if (!nounPhraseStart(first, c) && !isHead(first, c)) return null;
  if (isSubjectPronoun(first, c)) return [k, k + 1];
  const np = sourcePhraseAfter(tokens, k, c);
  if (np && np[1] <= to) return np;
  let e = k + 1;
  while (e < to && tokens[e].word && tokens[e].quote === void 0 && !(tokens[e].cap === false && (tokens[e].flags & WORD_VERB_MODIFIER) !== 0)) e++;
  return [k, e];
}
function adverbialOpening2(tokens, s) {
  if (!s) return true;
  const first = tokens[s[0]];
  return first.word && (first.flags & WORD_STOPWORD) !== 0 && (first.flags & WORD_DETERMINER) === 0 && (first.flags & (WORD_MALE | WORD_FEMALE | WORD_PLURAL | WORD_NEUTER)) === 0;
}
function reportedSubjunctive(tokens, j, c, push) {
  if (tokens[j].cap) return;
  let comma = -1;
  for (let k = j + 1; k < tokens.length && k - j <= MAX_CUE_TO_COMMA; k++) {
    const w = tokens[k];
    if (w.text === ",") {
      comma = k;
      break;
    }
    if (!w.word || w.quote !== void 0 || (w.flags & WORD_COMPLEMENTIZER) !== 0) return;
  }
  if (comma < 0 || !tokens[comma + 1]?.word) return;
  const whole = cueAt(tokens, j, c);
  const cue = whole && whole.type === "speech" ? whole : splitCue2(tokens, j, comma, c);
  if (!cue || nounUse(tokens, j, c) || c.quoteOnly.has(cue.text.toLowerCase())) return;
  const that = (tokens[comma + 1].flags & WORD_COMPLEMENTIZER) !== 0;
  const start = that ? comma + 2 : comma + 1;
  if (!tokens[start]?.word || !that && (c.subordinators.has(tokens[start].lower) || !(reportedSegment(tokens, start, c) || infinitiveSegment(tokens, start, c)))) return;
  const cueEnd = j + cue.len;
  const partEnd2 = whole ? comma : comma - (cue.text.split(" ").length - 1);
  let source = subjectOf(tokens, cue, c);
  if (adverbialOpening2(tokens, source)) source = invertedSubject(tokens, cueEnd, partEnd2, c) ?? source;
  push({ cue, source, content: [start, clauseEnd(tokens, start, c)] });
}
function reportedBeforeCue(tokens, j, c, push) {
  const close = commaBefore(tokens, j);
  if (!close || tokens[j].cap) return;
  let end = j + 1;
  while (end < tokens.length && tokens[end].word && tokens[end].quote === void 0 && end - j <= MAX_CUE_TO_COMMA) end++;
  const stop = tokens[end];
  const closes = !stop || !stop.word && stop.quote === void 0 && (END_PUNCT.test(stop.text) || stop.text === ",");
  if (!closes) return;
  const whole = cueAt(tokens, j, c);
  const cue = whole && whole.type === "speech" ? whole : splitCue2(tokens, j, end, c);
  if (!cue || nounUse(tokens, j, c) || c.quoteOnly.has(cue.text.toLowerCase())) return;
  const partEnd2 = whole ? end : end - (cue.text.split(" ").length - 1);
  const source = invertedSubject(tokens, j + cue.len, partEnd2, c);
  if (!source) return;
  if (stop?.text === "," && !restDescribes(tokens, end, c)) return;
  const from = clauseStartOf(tokens, close.comma);
  if (wordCount(tokens, from, close.comma) < MIN_BEFORE_WORDS || hasSpeechCue(tokens, from, close.comma, c)) return;
  push({ cue, source, content: [from, close.end] });
}
function sourcePhraseAfter(tokens, i, c) {
  let k = i;
  let nouns = 0;
  while (k < tokens.length && k - i < 14) {
    const t = tokens[k];
    if (t.text === "(") {
      let m = k + 1;
      while (m < tokens.length && m - k <= 6 && tokens[m].text !== ")") m++;
      if (tokens[m]?.text !== ")") break;
      k = m + 1;
      continue;
    }
    const quotedName = t.quote !== void 0 && !t.word && (k === i || tokens[k - 1].word && (tokens[k - 1].cap || (tokens[k - 1].flags & WORD_DETERMINER) !== 0));
    if (!quotedName && (!t.word || t.quote !== void 0)) break;
    if (t.cap || quotedName) {
      nouns++;
      k++;
      continue;
    }
    const beforeNoun = tokens[k + 1]?.word === true;
    if ((t.flags & WORD_DETERMINER) !== 0 && beforeNoun && (nouns === 0 || c.genitiveDeterminers.size === 0 || c.genitiveDeterminers.has(t.lower))) {
      k++;
      continue;
    }
    if (nouns === 0 && beforeNoun && (t.flags & WORD_STOPWORD) === 0 && !isReportedVerb(t, c) && (t.flags & WORD_VERB_MODIFIER) === 0) {
      k++;
      continue;
    }
    if (nouns > 0 && (t.flags & WORD_PARTICLE) !== 0 && tokens[k + 1]?.cap) {
      k++;
      continue;
    }
    break;
  }
  while (k > i && (!tokens[k - 1].word || !tokens[k - 1].cap) && tokens[k - 1].text !== ")" && tokens[k - 1].quote === void 0) k--;
  return nouns > 0 && k > i ? [i, k] : null;
}
function sourcePhraseBefore(tokens, j, c) {
  const last = tokens[j - 1];
  if (!last || !last.word || last.quote !== void 0) return null;
  if (!last.cap) return isPronoun2(last, c) ? [j - 1, j] : null;
  let a = j - 1;
  while (a > 0 && j - a < 14) {
    const t = tokens[a - 1];
    if (!t.word || t.quote !== void 0) break;
    if (t.cap || (t.flags & WORD_DETERMINER) !== 0 || (t.flags & WORD_PARTICLE) !== 0 && tokens[a].cap) {
      a--;
      continue;
    }
    const before2 = tokens[a - 2];
    const attribute = (t.flags & WORD_STOPWORD) === 0 && (t.flags & WORD_VERB_MODIFIER) === 0 && !isReportedVerb(t, c);
    if (attribute && (!before2 || !before2.word || (before2.flags & WORD_DETERMINER) !== 0)) {
      a--;
      continue;
    }
    break;
  }
  while (a < j - 1 && (tokens[a].flags & WORD_STOPWORD) !== 0 && (tokens[a].flags & WORD_DETERMINER) === 0) a++;
  return [a, j];
}
function clauseStartOf(tokens, i) {
  let k = contentStart(tokens, i);
  while (k < i && (isLoose(tokens[k]) || !tokens[k].word && tokens[k].quote === void 0)) k++;
  return k;
}
function accordingInClause(tokens, cue, c, push) {
  const j = cue.at;
  const post = c.accordingAfter.has(tokens[j].lower);
  const source = post ? sourcePhraseBefore(tokens, j, c) : sourcePhraseAfter(tokens, j + cue.len, c);
  if (!source) return;
  claimAroundPhrase(tokens, cue, source, post ? source[0] : j, post ? j + 1 : source[1], c, push);
}
function claimAroundPhrase(tokens, cue, source, phraseStart, phraseEnd, c, push) {
  const head = clauseStartOf(tokens, phraseStart);
  let at = phraseEnd;
  if (tokens[at]?.text === ",") at++;
  const after = tokens[at];
  if (phraseStart <= head) {
    if (after?.word) push({ cue, source, content: [at, clauseEnd(tokens, at, c)] });
    return;
  }
  const closes = !after || !after.word && after.quote === void 0 && (END_PUNCT.test(after.text) || after.text === ";");
  if (closes) {
    const end = tokens[phraseStart - 1]?.text === "," ? phraseStart - 1 : phraseStart;
    if (!hasSpeechCue(tokens, head, end, c)) push({ cue, source, content: [head, end] });
    return;
  }
  push({ cue, source, content: [head, clauseEnd(tokens, phraseEnd, c)] });
}
function reportTag(tokens, j, c, push) {
  const close = commaBefore(tokens, j);
  if (!close) return;
  const source = sourcePhraseAfter(tokens, j + 1, c) ?? (tokens[j + 1] && isSubjectPronoun(tokens[j + 1], c) ? [j + 1, j + 2] : null);
  if (!source || !nounPhraseStart(tokens[source[0]], c)) return;
  if (!tagTailEnds(tokens, source[1], c)) return;
  before(tokens, close.end, { kind: "end" }, { cue: { type: "speech", at: j, len: 1, text: tokens[j].text }, source }, c, push);
}
function tagTailEnds(tokens, i, c) {
  if (tailAfter(tokens, i, c, true)?.kind === "end") return true;
  for (let k = i; k < tokens.length && k - i <= MAX_TAIL_WORDS; k++) {
    const t = tokens[k];
    if (t.word) {
      if (t.quote !== void 0 || cueAt(tokens, k, c) || (t.flags & WORD_COMPLEMENTIZER) !== 0 || isReportedVerb(t, c)) return false;
      continue;
    }
    return t.text === ":" || END_PUNCT.test(t.text) && k === tokens.length - 1;
  }
  return false;
}
function reportParenthetical(tokens, j, c, push) {
  const head = clauseStartOf(tokens, j);
  const opens = j === head;
  if (!opens && tokens[j - 1]?.text !== ",") return;
  let cue = null;
  let k = j + 1;
  for (; k < tokens.length && k - j <= MAX_PARENTHETICAL_SOURCE; k++) {
    const w = tokens[k];
    if (!w.word) break;
    const found = cueAt(tokens, k, c);
    if (found && found.type === "speech" && !w.cap) {
      cue = found;
      k += found.len;
      break;
    }
  }
  if (!cue || cue.at === j + 1) return;
  while (k < tokens.length && tokens[k].word && (tokens[k].flags & WORD_VERB_MODIFIER) !== 0) k++;
  let s = cue.at;
  while (s > j + 1 && (tokens[s - 1].flags & WORD_VERB_MODIFIER) !== 0 && !tokens[s - 1].cap) s--;
  let source = s > j + 1 ? [j + 1, s] : null;
  if (source && !nounPhraseStart(tokens[source[0]], c) && !isHead(tokens[source[0]], c)) return;
  const np = source && !isSubjectPronoun(tokens[source[0]], c) ? sourcePhraseAfter(tokens, source[0], c) : null;
  if (source && np && np[1] <= source[1]) source = np;
  const next = tokens[k];
  if (opens && next?.text === "," && tokens[k + 1]?.word) {
    push({ cue, source, content: [k + 1, clauseEnd(tokens, k + 1, c)] });
    return;
  }
  const ends = !next || !next.word && next.quote === void 0 && END_PUNCT.test(next.text);
  if (!opens && ends) {
    const end = j - 1;
    const from = clauseStartOf(tokens, end);
    if (wordCount(tokens, from, end) >= MIN_BEFORE_WORDS && !hasSpeechCue(tokens, from, end, c)) push({ cue, source, content: [from, end] });
  }
}
function isAccordingNoun(t, c) {
  if (!t || !t.word || !t.cap || t.quote !== void 0) return false;
  return c.accordingNouns.some((n) => t.lower === n || t.lower.endsWith(n) && t.lower.length > n.length + 2);
}
function ownSource(tokens, phrase, noun, c) {
  if (phrase[1] !== noun + 1) return phrase;
  for (let k = phrase[0]; k < noun; k++) {
    const t = tokens[k];
    if (isPossessive(t, c)) return [k, k + 1];
    if (t.cap || (t.flags & WORD_DETERMINER) !== 0) return phrase;
  }
  return phrase;
}
function accordingNoun(tokens, j, c, push) {
  const next = tokens[j + 1];
  if (isAccordingNoun(tokens[j - 1], c) && !(next?.word && (next.cap || (next.flags & WORD_DETERMINER) !== 0))) {
    const phrase = sourcePhraseBefore(tokens, j, c);
    if (phrase) claimAroundPhrase(tokens, { type: "according", at: j, len: 1, text: tokens[j].text }, ownSource(tokens, phrase, j - 1, c), phrase[0], j + 1, c, push);
    return;
  }
  for (let k = j + 1; k < tokens.length && k - j <= 4; k++) {
    const t = tokens[k];
    if (!t.word || t.quote !== void 0) return;
    if (t.cap) {
      if (!isAccordingNoun(t, c)) return;
      const phrase = sourcePhraseAfter(tokens, j + 1, c);
      if (!phrase) return;
      const cue = { type: "according", at: j, len: k - j + 1, text: tokens.slice(j, k + 1).map((x) => x.text).join(" ") };
      claimAroundPhrase(tokens, cue, ownSource(tokens, phrase, k, c), j, phrase[1], c, push);
      return;
    }
    if ((t.flags & WORD_STOPWORD) !== 0 && (t.flags & WORD_DETERMINER) === 0) return;
  }
}
function accordingAnaphor(tokens, j, c, push) {
  if (j !== clauseStartOf(tokens, j) || !tokens[j + 1]?.word) return;
  push({ cue: { type: "according", at: j, len: 1, text: tokens[j].text }, source: null, content: [j + 1, clauseEnd(tokens, j + 1, c)] });
}
function reportRelative(tokens, j, c, push) {
  if (tokens[j - 1]?.text !== "," || !tokens[j + 1]?.word) return;
  let end = j + 1;
  while (end < tokens.length && tokens[end].text !== "," && !END_PUNCT.test(tokens[end].text)) end++;
  let e = j - 1;
  while (e > 0 && tokens[e - 1].word && !tokens[e - 1].cap && (tokens[e - 1].flags & WORD_DETERMINER) === 0 && e > j - 4) e--;
  const source = sourcePhraseBefore(tokens, e, c);
  push({ cue: { type: "according", at: j, len: 1, text: tokens[j].text }, source, content: [j + 1, end] });
}
function reportedSpeech(tokens, c, out, push) {
  const free = (m) => {
    for (const o of out) if (m.content[0] < o.content[1] && o.content[0] < m.content[1]) return false;
    return push(m);
  };
  for (let j = 0; j < tokens.length; j++) {
    const t = tokens[j];
    if (!t.word || t.quote !== void 0) continue;
    if (c.quoteTagCues.has(t.lower)) reportTag(tokens, j, c, free);
    else if (c.reportParentheticals.has(t.lower)) reportParenthetical(tokens, j, c, free);
    else if (c.accordingNounLinks.has(t.lower)) accordingNoun(tokens, j, c, free);
    else if (c.accordingAnaphors.has(t.lower)) accordingAnaphor(tokens, j, c, free);
    else if (c.reportRelatives.has(t.lower)) reportRelative(tokens, j, c, free);
    else if ((t.flags & CUE_SPEECH) !== 0) {
      reportedSubjunctive(tokens, j, c, free);
      reportedBeforeCue(tokens, j, c, free);
    }
  }
}

// ../hostile21/src/core/speaker-weights.json
var speaker_weights_default = {
  default: "en",
  models: {
    en: {
      bias: 0.531,
      weights: {
        "cue:cue": 0.553,
        "cue:none": -0.062,
        "cue:weak": -0.05,
        "described:false": 4e-3,
        "described:true": 0.437,
        "finding:claim": 0.182,
        "finding:quote": 0.258,
        "kind:anonymous": 0.08,
        "kind:organization": 0.187,
        "kind:person": 0.274,
        "kind:unknown": -0.101,
        "mention:capitals": 0.015,
        "mention:determiner": -0.145,
        "mention:lower": -0.168,
        "mention:one-capital": 0.152,
        "mention:pronoun": 0.587,
        "mentions:0": 0.181,
        "mentions:1": 4e-3,
        "mentions:2": -0.038,
        "mentions:3": 0.293,
        "name-words:1": -0.069,
        "name-words:2": 0.529,
        "name-words:3": -0.02,
        "partial:false": 0.524,
        "partial:true": -0.084,
        "rule-mention:byline-after/capitals": 3e-3,
        "rule-mention:byline-after/one-capital": 4e-3,
        "rule-mention:claim-cue-source/capitals": 0.147,
        "rule-mention:claim-cue-source/determiner": -0.124,
        "rule-mention:claim-cue-source/lower": -0.15,
        "rule-mention:claim-cue-source/one-capital": 0.194,
        "rule-mention:claim-cue-source/pronoun": 0.205,
        "rule-mention:claim-last-speaker/capitals": -0.075,
        "rule-mention:claim-last-speaker/determiner": -0.03,
        "rule-mention:claim-last-speaker/lower": 3e-3,
        "rule-mention:claim-last-speaker/one-capital": -0.014,
        "rule-mention:claim-last-speaker/pronoun": -0.05,
        "rule-mention:cue-goes-on/capitals": -0.013,
        "rule-mention:cue-goes-on/determiner": -0.031,
        "rule-mention:cue-goes-on/one-capital": -0.09,
        "rule-mention:cue-goes-on/pronoun": 6e-3,
        "rule-mention:cue-source/capitals": -4e-3,
        "rule-mention:cue-source/determiner": 0.069,
        "rule-mention:cue-source/lower": -0.016,
        "rule-mention:cue-source/one-capital": 0.078,
        "rule-mention:cue-source/pronoun": 0.318,
        "rule-mention:goes-on/capitals": 0.017,
        "rule-mention:goes-on/determiner": -0.022,
        "rule-mention:goes-on/lower": -6e-3,
        "rule-mention:goes-on/one-capital": 0.074,
        "rule-mention:goes-on/pronoun": 0.13,
        "rule-mention:headline-colon/capitals": 8e-3,
        "rule-mention:headline-colon/one-capital": 0.037,
        "rule-mention:headline-says/capitals": 0.018,
        "rule-mention:headline-says/determiner": 3e-3,
        "rule-mention:headline-says/one-capital": 0.011,
        "rule-mention:nearby-speaker/capitals": -0.141,
        "rule-mention:nearby-speaker/determiner": -0.054,
        "rule-mention:nearby-speaker/one-capital": -0.084,
        "rule-mention:nearby-speaker/pronoun": -0.066,
        "rule-mention:participle-subject/capitals": 0.027,
        "rule-mention:participle-subject/determiner": -0.02,
        "rule-mention:participle-subject/one-capital": 0.054,
        "rule-mention:participle-subject/pronoun": -0.018,
        "rule-mention:sentence-subject/capitals": 0.034,
        "rule-mention:sentence-subject/determiner": 0.014,
        "rule-mention:sentence-subject/one-capital": -5e-3,
        "rule-mention:sentence-subject/pronoun": 0.045,
        "rule-mention:short-quote/capitals": 0.012,
        "rule-mention:short-quote/determiner": 0.048,
        "rule-mention:short-quote/one-capital": -9e-3,
        "rule-mention:short-quote/pronoun": 0.012,
        "rule-mention:subject-before/capitals": 0.022,
        "rule-mention:subject-before/determiner": 2e-3,
        "rule-mention:subject-before/one-capital": 0.018,
        "rule-mention:subject-before/pronoun": 2e-3,
        "rule-mention:subject-over-cue/capitals": -0.039,
        "rule-mention:subject-over-cue/one-capital": -0.115,
        "rule-mention:subject-over-cue/pronoun": 2e-3,
        "rule:byline-after": 7e-3,
        "rule:claim-cue-source": 0.272,
        "rule:claim-last-speaker": -0.166,
        "rule:cue-goes-on": -0.127,
        "rule:cue-source": 0.445,
        "rule:goes-on": 0.194,
        "rule:headline-colon": 0.045,
        "rule:headline-says": 0.032,
        "rule:nearby-speaker": -0.344,
        "rule:participle-subject": 0.042,
        "rule:sentence-subject": 0.088,
        "rule:short-quote": 0.064,
        "rule:subject-before": 0.043,
        "rule:subject-over-cue": -0.153
      },
      threshold: 0
    },
    de: {
      bias: 0.386,
      weights: {
        "cue:cue": 0.278,
        "cue:none": -0.427,
        "cue:weak": 0.475,
        "described:false": 0.022,
        "described:true": 0.304,
        "finding:claim": -0.099,
        "finding:quote": 0.425,
        "kind:anonymous": 0.374,
        "kind:organization": -0.127,
        "kind:person": -0.024,
        "kind:unknown": 0.102,
        "mention:capitals": 0.032,
        "mention:determiner": -0.138,
        "mention:lower": 0.102,
        "mention:one-capital": 0.079,
        "mention:pronoun": 0.251,
        "mentions:0": 0.35,
        "mentions:1": -0.446,
        "mentions:2": 0.257,
        "mentions:3": 0.165,
        "name-words:1": -0.237,
        "name-words:2": 0.139,
        "name-words:3": 0.424,
        "partial:false": 0.308,
        "partial:true": 0.018,
        "rule-mention:claim-cue-source/capitals": 0.249,
        "rule-mention:claim-cue-source/determiner": -0.374,
        "rule-mention:claim-cue-source/lower": 0.026,
        "rule-mention:claim-cue-source/one-capital": 0.329,
        "rule-mention:claim-cue-source/pronoun": 0.287,
        "rule-mention:claim-last-speaker/capitals": -0.396,
        "rule-mention:claim-last-speaker/determiner": 0.29,
        "rule-mention:claim-last-speaker/one-capital": -0.337,
        "rule-mention:claim-last-speaker/pronoun": -0.173,
        "rule-mention:cue-goes-on/capitals": -0.068,
        "rule-mention:cue-goes-on/determiner": 0.039,
        "rule-mention:cue-source/capitals": 0.343,
        "rule-mention:cue-source/determiner": -0.487,
        "rule-mention:cue-source/lower": 0.049,
        "rule-mention:cue-source/one-capital": 0.162,
        "rule-mention:cue-source/pronoun": 0.14,
        "rule-mention:goes-on/capitals": -9e-3,
        "rule-mention:goes-on/determiner": -0.085,
        "rule-mention:goes-on/lower": 0.027,
        "rule-mention:goes-on/one-capital": -0.026,
        "rule-mention:goes-on/pronoun": -0.095,
        "rule-mention:inside-claim/determiner": -0.038,
        "rule-mention:nearby-speaker/capitals": -0.192,
        "rule-mention:nearby-speaker/determiner": -0.195,
        "rule-mention:nearby-speaker/one-capital": 0.041,
        "rule-mention:nearby-speaker/pronoun": -0.064,
        "rule-mention:participle-subject/capitals": 0.024,
        "rule-mention:participle-subject/determiner": -0.07,
        "rule-mention:sentence-subject/capitals": -0.09,
        "rule-mention:sentence-subject/determiner": 0.088,
        "rule-mention:sentence-subject/one-capital": -0.091,
        "rule-mention:sentence-subject/pronoun": -0.018,
        "rule-mention:subject-before/capitals": 0.032,
        "rule-mention:subject-before/determiner": -6e-3,
        "rule-mention:subject-before/pronoun": -0.1,
        "rule-mention:verb-second-frame/capitals": -0.027,
        "rule-mention:verb-second-frame/determiner": 0.62,
        "rule-mention:verb-second-frame/one-capital": 0.265,
        "rule-mention:verb-second-frame/pronoun": 0.239,
        "rule-mention:verb-second-subject/capitals": 0.167,
        "rule-mention:verb-second-subject/determiner": 0.08,
        "rule-mention:verb-second-subject/one-capital": -0.265,
        "rule-mention:verb-second-subject/pronoun": 0.034,
        "rule:claim-cue-source": 0.518,
        "rule:claim-last-speaker": -0.617,
        "rule:cue-goes-on": -0.03,
        "rule:cue-source": 0.207,
        "rule:goes-on": -0.189,
        "rule:inside-claim": -0.038,
        "rule:nearby-speaker": -0.409,
        "rule:participle-subject": -0.045,
        "rule:sentence-subject": -0.111,
        "rule:subject-before": -0.074,
        "rule:verb-second-frame": 1.098,
        "rule:verb-second-subject": 0.016
      },
      threshold: 0
    }
  }
};

// ../hostile21/src/core/logistic.ts
function probability(features, model) {
  let z = model.bias;
  for (const f of features) z += model.weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

// ../hostile21/src/core/speaker-confidence.ts
var MODELS = speaker_weights_default;
var WORDS = /[\p{L}\p{N}]+/gu;
function speakerFeatures(d, s, name2, c) {
  const mention = mentionClass(s.mention ?? "", c);
  const nameWords = (name2.match(WORDS) ?? []).length;
  const mentions = s.person ? s.person.mentions : 0;
  const cue = d.cue === null ? "none" : c.weak.has(d.cue.toLowerCase()) ? "weak" : "cue";
  return [
    `rule:${d.rule}`,
    `finding:${d.kind}`,
    `kind:${s.kind}`,
    `mention:${mention}`,
    `rule-mention:${d.rule}/${mention}`,
    `name-words:${Math.min(nameWords, 3)}`,
    `mentions:${mentions === 0 ? 0 : mentions < 3 ? 1 : mentions < 6 ? 2 : 3}`,
    `cue:${cue}`,
    `partial:${d.partial}`,
    `described:${s.person?.description != null || s.person?.tag != null}`
  ];
}
function mentionClass(text, c) {
  const mentionWords = text.trim().match(WORDS) ?? [];
  const first = mentionWords[0]?.toLowerCase() ?? "";
  const pronoun = mentionWords.length === 1 && isPersonalPronoun(first, c);
  const capitals = mentionWords.filter((w) => /^\p{Lu}/u.test(w)).length;
  return pronoun ? "pronoun" : c.determiners.has(first) ? "determiner" : capitals === 0 ? "lower" : capitals === 1 ? "one-capital" : "capitals";
}
function modelFor(lang) {
  return MODELS.models[lang] ?? MODELS.models[MODELS.default];
}
function confidence(features, model) {
  return probability(features, model);
}

// ../hostile21/src/core/speaker-choice.json
var speaker_choice_default = {
  models: {
    en: {
      bias: 0.032,
      weights: {
        "comma-before-cue:false": 0.028,
        "comma-before-cue:true": -0.012,
        "cue-after-preposition:false": -0.748,
        "cue-after-preposition:true": 0.765,
        "cue-kind:anonymous": 6e-3,
        "cue-kind:organization": 0.121,
        "cue-kind:person": -0.531,
        "cue-kind:unknown": 0.421,
        "cue-mention:capitals": -0.824,
        "cue-mention:determiner": -0.351,
        "cue-mention:lower": -0.114,
        "cue-mention:one-capital": 0.299,
        "cue-mention:pronoun": 1.006,
        "cue-named-often:false": 0.175,
        "cue-named-often:true": -0.159,
        "cue-opens:false": 0.016,
        "cue-participle:false": -0.061,
        "cue-participle:true": 0.077,
        "cue-recent:false": 0.361,
        "cue-recent:true": -0.345,
        "cue-side:after": -0.378,
        "cue-side:before": 0.394,
        "cue-type:according": -0.025,
        "cue-type:colon": 0.255,
        "cue-type:relay": -0.074,
        "cue-type:speech": -0.139,
        "cue-weak:false": -0.329,
        "cue-weak:true": 0.345,
        "gap:0": -0.436,
        "gap:1": 0.363,
        "gap:2": 0.089,
        "kinds:anonymous/person": 6e-3,
        "kinds:organization/anonymous": 0.081,
        "kinds:organization/organization": -0.024,
        "kinds:organization/person": 0.063,
        "kinds:person/anonymous": -0.099,
        "kinds:person/organization": 0.106,
        "kinds:person/person": -0.393,
        "kinds:person/unknown": -0.145,
        "kinds:unknown/anonymous": 0.22,
        "kinds:unknown/person": 0.109,
        "kinds:unknown/unknown": 0.092,
        "mentions:capitals/capitals": -0.639,
        "mentions:capitals/determiner": -0.365,
        "mentions:capitals/one-capital": 0.181,
        "mentions:determiner/capitals": 0.285,
        "mentions:determiner/determiner": -0.117,
        "mentions:determiner/one-capital": -0.351,
        "mentions:determiner/pronoun": -0.168,
        "mentions:lower/one-capital": -0.081,
        "mentions:lower/pronoun": -0.033,
        "mentions:one-capital/capitals": 0.275,
        "mentions:one-capital/determiner": 0.203,
        "mentions:one-capital/one-capital": -0.019,
        "mentions:one-capital/pronoun": -0.162,
        "mentions:pronoun/capitals": 0.663,
        "mentions:pronoun/determiner": -7e-3,
        "mentions:pronoun/one-capital": 0.35,
        "opens-sentence:false": 0.016,
        "partial:false": 0.67,
        "partial:true": -0.654,
        "subject-kind:anonymous": 0.202,
        "subject-kind:organization": 0.082,
        "subject-kind:person": -0.215,
        "subject-kind:unknown": -0.053,
        "subject-mention:capitals": 0.584,
        "subject-mention:determiner": -0.286,
        "subject-mention:one-capital": 0.081,
        "subject-mention:pronoun": -0.363,
        "subject-named-often:false": 0.095,
        "subject-named-often:true": -0.079,
        "subject-recent:false": 0.027,
        "subject-recent:true": -0.011
      }
    }
  }
};

// ../hostile21/src/core/speaker-choice.ts
var MODELS2 = speaker_choice_default;
function choiceModelFor(lang) {
  return MODELS2.models[lang] ?? null;
}
function choiceFeatures(tokens, a, source, subject, cueSpeaker, subjectSpeaker, recent, context, c) {
  const cueWord = tokens[a.cue.at].lower;
  const before2 = tokens[source[0] - 1];
  const afterPreposition2 = before2 !== void 0 && before2.word && !before2.cap && (before2.flags & WORD_STOPWORD) !== 0 && (before2.flags & WORD_DETERMINER) === 0;
  const gap = a.after ? source[0] - (a.cue.at + a.cue.len) : a.cue.at - source[1];
  const first = mentionClass(cueSpeaker.mention ?? "", c);
  const second = mentionClass(subjectSpeaker.mention ?? "", c);
  return [
    `cue-type:${a.cue.type}`,
    `cue-side:${a.after ? "after" : "before"}`,
    `cue-participle:${endsAsParticiple(cueWord, c)}`,
    `cue-weak:${c.weak.has(a.cue.text.toLowerCase())}`,
    `comma-before-cue:${tokens[a.cue.at - 1]?.text === ","}`,
    `gap:${gap <= 0 ? 0 : gap <= 2 ? 1 : 2}`,
    `cue-mention:${first}`,
    `subject-mention:${second}`,
    `mentions:${first}/${second}`,
    `cue-kind:${cueSpeaker.kind}`,
    `subject-kind:${subjectSpeaker.kind}`,
    `kinds:${cueSpeaker.kind}/${subjectSpeaker.kind}`,
    `cue-opens:${source[0] === 0}`,
    `cue-after-preposition:${afterPreposition2}`,
    `cue-recent:${recent !== null && cueSpeaker.name === recent}`,
    `subject-recent:${recent !== null && subjectSpeaker.name === recent}`,
    `subject-named-often:${(subjectSpeaker.person?.mentions ?? 0) >= 2}`,
    `cue-named-often:${(cueSpeaker.person?.mentions ?? 0) >= 2}`,
    `partial:${context.partial}`,
    `opens-sentence:${context.opensSentence}`
  ];
}
function subjectProbability(features, model) {
  return probability(features, model);
}

// ../hostile21/src/core/lexicon/given-names.ts
var FEMALE = `
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret sandra ashley
kimberly emily donna michelle carol amanda dorothy melissa deborah stephanie rebecca sharon laura cynthia kathleen
amy angela shirley anna brenda pamela emma nicole helen samantha katherine christine debra rachel carolyn janet
catherine maria heather diane ruth julie olivia joyce virginia victoria lauren christina joan evelyn judith
megan andrea cheryl hannah jacqueline martha gloria teresa ann sara frances kathryn janice abigail alice
judy sophia grace denise amber doris marilyn danielle beverly isabella theresa diana natalie brittany charlotte marie
kayla lori nikki michele sheila claire elena sonia susana ana ines isabel carmen lucia sofia paula marta beatriz
ursula anne sylvie nathalie valerie isabelle martine brigitte francoise monika sabine petra katarina eva jana lenka
tereza olga natalia svetlana irina tatiana yulia anastasia ekaterina marina galina lyudmila valentina nadezhda kate
katie jane joanna joanne louise lucy sally nicola
`;
var MALE = `
james robert john michael jeff jim tom dan steve david william richard joseph thomas charles christopher daniel matthew anthony mark
donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary
nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond
jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy christian
keith roger terry gerald harold sean austin carl arthur lawrence dylan jesse bryan joe billy bruce albert willie
gabriel logan alan juan wayne roy ralph randy eugene vincent russell elijah louis bobby philip johnny mike bill
vladimir dmitry sergei sergey igor boris ivan alexei alexey mikhail nikolai viktor yuri oleg andrei pavel francois
pierre jacques nicolas hans klaus wolfgang jurgen helmut gerhard friedrich karl heinz miguel carlos luis jorge pedro
manuel antonio francisco javier pablo diego fernando ricardo alejandro rodrigo joao paulo marcelo tomas jan petr
jiri josef milos vaclav andrej martin jakub lukas hugo tony mohammed muhammad ahmed ali hassan omar abdullah
`;
var words2 = (s) => new Set(s.split(/\s+/).filter(Boolean));
var female = words2(FEMALE);
var male = words2(MALE);
function genderOfGivenName(name2) {
  const n = name2.toLowerCase();
  const f = female.has(n);
  const m = male.has(n);
  return f === m ? null : f ? "f" : "m";
}

// ../hostile21/src/core/plausible-source.ts
var WORD2 = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.\-&]*/gu;
var NUMERIC = /^\p{N}/u;
var CAPITAL = /^\p{Lu}/u;
var YEAR = /^\d{4}$/;
var NAME_WORD = /[\p{Lu}\p{N}]|\.\p{L}/u;
var TESTS = [
  // "them", "it": a pronoun left as the speaker resolved to nobody.
  ["pronoun", (w, _s, c) => w.lower.length === 1 && isPronoun3(w.lower[0], c)],
  // "2,000", "More than 30": a quantity.
  ["number", (w, _s, c) => w.lower.every((x) => NUMERIC.test(x) || c.stopwords.has(x)) && w.lower.some((x) => NUMERIC.test(x))],
  // "Friday", "last September": a time. A person needs every word a date word ("May" alone) to be one.
  // ("Dec." is the date word "dec" with its abbreviation's full stop.)
  ["date", (w, s, c) => s.kind === "person" ? w.lower.every((x) => isDateWord(x, c) || NUMERIC.test(x)) : w.lower.some((x) => isDateWord(x, c) || YEAR.test(x)) && !w.lower.some((x) => sourceNoun(x, c, true))],
  // "Play Video": the page's chrome.
  ["page-string", (w, _s, c) => c.pageStrings.has(w.lower.join(" "))],
  // "Meanwhile", "Although no group": a connective opens a clause, it names nobody.
  ["connective", (w, _s, c) => c.connectives.has(w.lower[0]) || w.lower.length === 1 && c.stopwords.has(w.lower[0])],
  // "privately": an adverb by its ending, written in lower case; or "Hastily", capitalised only
  // where a clause opens and no given name.
  // (Not where every noun has a capital: there a noun may open every clause it stands in.)
  ["adverb", (w, _s, c, a) => w.lower.length === 1 && (!w.cap[0] || c.lex.capitalisedNouns !== true && a.neverCapitalisedInside(w.lower[0]) && genderOfGivenName(w.lower[0]) === null) && !sourceNoun(w.lower[0], c) && (c.lex.adverbEndings ?? []).some((e) => w.lower[0].endsWith(e) && w.lower[0].length > e.length + 3)],
  // "Iowa" in "Sen. Jane Roe, Republican of Iowa": a place the article writes after "in" or "from", standing alone.
  // A country may speak for its government ("China said"), and a body may be named after "in"
  // ("wrote in the Gazette"): a place is turned down where a pronoun was taken to mean it.
  ["place", (w, s, c, a) => s.pronoun === true && w.lower.length === 1 && w.cap[0] && !c.orgHeads.has(w.lower[0]) && a.placeLike(w.lower[0])],
  // "Preceded", "Outside": one word that has a capital only where a clause opens.
  ["opening-capital", (w, _s, c, a) => !c.lex.unspaced && w.lower.length === 1 && w.cap[0] && a.capitalOnlyAtOpening(w.lower[0]) && !sourceNoun(w.lower[0], c)],
  // "Frage" where every noun has a capital: one word the article writes after an article is a noun, no name.
  // ("die Kammer", a determiner and the noun alone, is a definite description of a body and stays.)
  ["common-noun", (w, s, c, a) => c.lex.capitalisedNouns === true && s.definite !== true && w.lower.length === 1 && a.nounLike(w.lower[0]) && !sourceNoun(w.lower[0], c)],
  // "Zuversicht", "Landebahn", "wörtlich", "Merkel.Als" where every noun has a capital: one word that is
  // no given name, no noun of a source, no acronym, and that the article never writes inside a
  // name ("Kanzlerin Merkel", "Angela Merkel") is no evidence of anyone; a capital proves nothing there.
  ["lone-noun", (w, s, c, a) => c.lex.capitalisedNouns === true && s.quotation === true && s.pronoun !== true && s.definite !== true && s.described !== true && w.lower.length === 1 && isLoneNoun(w.raw[0], w.lower[0], c, a)],
  // "types of dirt", "certification comes with": lower-case words with no noun of a source at their head.
  // (Any word may be the head: Romance languages put it first, "el banco central".)
  ["fragment", (w, s, c) => !c.lex.unspaced && c.lex.capitalisedNouns !== true && s.kind !== "anonymous" && w.cap.every((x) => !x) && !w.lower.some((x) => sourceNoun(x, c))],
  // "the city embodied the", "to campaign": a phrase that ends on a function word, or opens
  // with the mark of an infinitive, is a piece of a clause. (Not where every noun has a capital
  // or the subject may be left out: there a phrase cut short at a quote, or a pronoun, ends so.)
  ["fragment", (w, _s, c) => !c.lex.unspaced && c.lex.capitalisedNouns !== true && c.lex.proDrop !== true && w.lower.length > 1 && (c.stopwords.has(w.lower[w.lower.length - 1]) && !w.cap[w.lower.length - 1] || c.infinitiveMarkers.has(w.lower[0]) && !w.cap[0])],
  // "advocating NATO enlargement", "features a New York Times": a lower-case verb form (a
  // participle, or a word before an article) opening the phrase is a clause with its object.
  ["fragment", (w, _s, c) => !c.lex.unspaced && c.lex.capitalisedNouns !== true && w.lower.length > 1 && !w.cap[0] && !sourceNoun(w.lower[0], c) && !c.stopwords.has(w.lower[0]) && (endsAsParticiple(w.lower[0], c) && !sourceNoun(w.lower[w.lower.length - 1], c) || c.definiteArticles.has(w.lower[1]) || c.indefinites.has(w.lower[1]) && !c.determiners.has(w.lower[0]))],
  // "she issued a statement": a subject pronoun inside a longer phrase makes it a clause.
  ["fragment", (w, _s, c) => !c.lex.unspaced && w.lower.length > 1 && w.lower.some((x, k) => !w.cap[k] && isPersonalPronoun(x, c) && !c.determiners.has(x))]
];
var ACRONYM = /^[\p{Lu}\d&\-]{2,8}$/u;
function isLoneNoun(raw, lower, c, a) {
  if (ACRONYM.test(raw) || genderOfGivenName(lower) !== null || sourceNoun(lower, c)) return false;
  if (!CAPITAL.test(raw)) return false;
  const endings = c.lex.abstractNounEndings ?? [];
  return !a.seenInNameRun(lower) && endings.some((e) => lower.length > e.length + 2 && lower.endsWith(e));
}
function isDateWord(w, c) {
  return c.dateWords.has(w) || w.endsWith(".") && c.dateWords.has(w.slice(0, -1));
}
function isPronoun3(w, c) {
  return isPersonalPronoun(w, c) || c.relative.has(w);
}
function sourceNoun(word2, c, notDate = false) {
  if (notDate && c.dateWords.has(word2)) return false;
  const w = word2.slice(Math.max(word2.lastIndexOf("'"), word2.lastIndexOf("\u2019")) + 1);
  if (isSourceHead(w, c)) return true;
  const endings = c.lex.personEndings ?? [];
  for (const e of endings) if (w.length > e.length + 2 && w.endsWith(e)) return true;
  return compoundHeadFlags(c, w, (part) => isSourceHead(part, c) ? 1 : 0) !== 0;
}
function isSourceHead(w, c) {
  return c.orgHeads.has(w) || c.anonymousHeads.has(w) || c.titleWords.has(w) || c.documentHeads.has(w);
}
function implausibleSpeaker(s, c, article) {
  const found = s.name.match(WORD2);
  if (!found) return "fragment";
  const w = { raw: found, lower: found.map((x) => x.toLowerCase()), cap: found.map((x) => CAPITAL.test(x)) };
  for (const [name2, test] of TESTS) if (test(w, s, c, article)) return name2;
  return null;
}
function plausibleSource(s, c, article) {
  if (!s.name) return false;
  const name2 = nounPhraseOnly(withoutLeadingConnectives(s.person?.name ?? s.name, c), c);
  return implausibleSpeaker({ name: name2, kind: s.kind, pronoun: false, definite: false, described: false, quotation: true }, c, article) === null;
}
function nounPhraseOnly(name2, c) {
  if (c.lex.capitalisedNouns !== true) return name2;
  const found = [...name2.matchAll(WORD2)];
  const named = (k) => k < found.length && NAME_WORD.test(found[k][0]) && !(CAPITAL.test(found[k][0]) && c.stopwords.has(found[k][0].toLowerCase()));
  let from = 0;
  while (from < found.length && !named(from)) from++;
  if (from === found.length) return name2;
  let end = from + 1;
  for (let k = from + 1; k < found.length; k++) {
    if (named(k)) {
      end = k + 1;
      continue;
    }
    const lower = found[k][0].toLowerCase();
    const particleAt = (j) => {
      const w = found[j]?.[0].toLowerCase() ?? "";
      return c.nameParticles.has(w) && (!c.determiners.has(w) || j > k && particleAt(j - 1));
    };
    const particle = particleAt(k) && (named(k + 1) || particleAt(k + 1) && named(k + 2));
    if (particle) {
      if (!named(k + 1)) k++;
      continue;
    }
    if (c.determiners.has(lower) && !(c.genitiveDeterminers.has(lower) && named(k - 1) && (named(k + 1) || named(k + 2)))) break;
    if (!named(k + 1) && !(c.genitiveDeterminers.has(lower) && named(k + 2))) break;
  }
  if (from === 0 && end === found.length) return name2;
  return name2.slice(found[from].index, found[end - 1].index + found[end - 1][0].length);
}
function withoutLeadingConnectives(name2, c) {
  const found = [...name2.matchAll(WORD2)];
  let k = 0;
  while (k < found.length - 1 && c.connectives.has(found[k][0].toLowerCase())) k++;
  if (k === 0) return name2;
  return name2.slice(found[k].index);
}

// ../hostile21/src/core/verb-second.ts
var PRONOUNS = WORD_MALE | WORD_FEMALE | WORD_PLURAL | WORD_NEUTER;
var cache2 = /* @__PURE__ */ new WeakMap();
function frameWords(c) {
  const hit = cache2.get(c.lex);
  if (hit) return hit;
  const f = c.lex.verbSecondFrame;
  const words3 = {
    oblique: new Set((f?.obliqueDeterminers ?? []).map((w) => w.toLowerCase())),
    adverbEndings: (f?.adverbEndings ?? []).map((w) => w.toLowerCase()),
    reflexives: new Set((f?.reflexives ?? []).map((w) => w.toLowerCase())),
    ofWords: new Set((f?.ofWords ?? []).map((w) => w.toLowerCase()))
  };
  cache2.set(c.lex, words3);
  return words3;
}
function preposition(t) {
  return t.word && (t.flags & WORD_STOPWORD) !== 0 && (t.flags & (WORD_DETERMINER | PRONOUNS | WORD_COMPLEMENTIZER | WORD_CLAUSE_BREAK | WORD_RELATIVE)) === 0;
}
function finiteVerb(tokens, start, limit, c) {
  let prev = null;
  for (let k = start; k < limit; k++) {
    const t = tokens[k];
    if (!t.word) {
      if (t.quote !== void 0) return -1;
      if (t.text === "(") {
        while (k < limit && tokens[k].text !== ")") k++;
        continue;
      }
      if (t.text === "." && prev !== null && /^\p{N}+$/u.test(prev.text)) continue;
      if (t.text === "-" || t.text === "/") continue;
      if (t.text === "," && prev !== null) {
        let e = k + 1;
        while (e < limit && tokens[e].word && (tokens[e].cap || (tokens[e].flags & WORD_PARTICLE) !== 0)) e++;
        if (e - (k + 1) >= 2 && tokens[e]?.text === ",") {
          k = e;
          continue;
        }
      }
      return -1;
    }
    if (k > start && !t.cap && prev !== null && prev.cap && (prev.flags & WORD_DETERMINER) === 0 && (t.flags & (WORD_STOPWORD | WORD_DETERMINER | WORD_PARTICLE)) === 0 && !/^\p{N}/u.test(t.text)) return k;
    prev = t;
  }
  return -1;
}
function namesSomeone(tokens, [a, b], c) {
  const words3 = tokens.slice(a, b).filter((t) => t.word);
  const first = words3[0];
  if (!first) return false;
  if (personPronoun(first, c) || first.lower === c.lex.pronouns.plural[0]) return true;
  let k = 0;
  while (k < words3.length && !(words3[k].cap && (words3[k].flags & WORD_STOPWORD) === 0 && (k > 0 || (words3[k].flags & WORD_DETERMINER) === 0))) k++;
  const head = words3[k];
  if (!head) return false;
  if ((head.flags & (WORD_TITLE | WORD_ORG_HEAD | WORD_ANONYMOUS_HEAD)) !== 0 || sourceNoun(head.lower, c)) return true;
  const next = words3[k + 1];
  if (k > 0) return next !== void 0 && next.cap && (next.flags & WORD_STOPWORD) === 0 && tokens.indexOf(next, a) === tokens.indexOf(head, a) + 1;
  return words3.length === 1 || words3[1].cap && (words3[1].flags & WORD_STOPWORD) === 0 || (words3[1].flags & WORD_PARTICLE) !== 0 && words3[2]?.cap === true && (words3[2].flags & WORD_DETERMINER) === 0;
}
function adverbialField(tokens, from, v, c) {
  const f = frameWords(c);
  const first = tokens[from];
  if (preposition(first) && (first.flags & WORD_VERB_MODIFIER) === 0 || c.asWords.has(first.lower)) return true;
  if (f.oblique.has(first.lower)) return true;
  const next = tokens[from + 1];
  if (first.lower.length >= 7 && f.adverbEndings.some((e) => first.lower.endsWith(e)) && (v - from === 1 || next?.word === true && !next.cap)) return true;
  if (v - from === 1) {
    if (c.connectives.has(first.lower) || c.dateWords.has(first.lower) || (first.flags & WORD_VERB_MODIFIER) !== 0) return true;
    if ((first.flags & (WORD_NEUTER | WORD_DETERMINER)) !== 0 && !personPronoun(first, c)) return true;
  }
  return false;
}
function subjectAfterVerb(tokens, v, limit, c) {
  const f = frameWords(c);
  let k = v + 1;
  for (let guard = 0; k < limit && guard < 6; guard++) {
    const t = tokens[k];
    if (!t.word) return null;
    const adjunct = phraseAt(c.cueAdjuncts, tokens, k);
    if (adjunct && (t.flags & WORD_DETERMINER) === 0) {
      k += adjunct;
      continue;
    }
    if (f.reflexives.has(t.lower) || !t.cap && (t.flags & WORD_VERB_MODIFIER) !== 0 && (t.flags & (WORD_DETERMINER | PRONOUNS)) === 0) {
      k++;
      continue;
    }
    break;
  }
  const first = tokens[k];
  if (!first?.word || k >= limit || f.oblique.has(first.lower) || (first.flags & WORD_COMPLEMENTIZER) !== 0) return null;
  if ((first.flags & PRONOUNS) !== 0 && !personPronoun(first, c) && first.lower !== c.lex.pronouns.plural[0]) return null;
  if (!first.cap && (first.flags & WORD_DETERMINER) === 0 && !personPronoun(first, c) && first.lower !== c.lex.pronouns.plural[0]) return null;
  if (preposition(first) || first.cap && (first.flags & WORD_STOPWORD) !== 0 && (first.flags & WORD_DETERMINER) === 0) return null;
  const np = phraseAfter(tokens, k, c);
  if (!np || np[1] > limit) return null;
  while (np[1] - 1 > np[0] && !tokens[np[1] - 1].cap) np[1]--;
  if ((first.flags & WORD_DETERMINER) !== 0) {
    let comma = np[1];
    while (comma < limit && comma - np[1] <= 8 && tokens[comma].word && (tokens[comma].flags & (WORD_VERB_MODIFIER | WORD_COMPLEMENTIZER | WORD_CLAUSE_BREAK)) === 0) comma++;
    if (tokens[comma]?.text === ",") {
      let e = comma + 1;
      while (e < limit && tokens[e].word && (tokens[e].cap || (tokens[e].flags & WORD_PARTICLE) !== 0) && (tokens[e].flags & WORD_DETERMINER) === 0) e++;
      if (e - (comma + 1) >= 2 && (e >= limit || !tokens[e].word)) return [comma + 1, e];
    }
  }
  const whole = withApposition(tokens, np, c);
  return whole[1] <= limit ? whole : np;
}
function frameStart(tokens, ti) {
  for (let k = ti - 1; k > 0; k--) {
    if (/^[.!?]$/.test(tokens[k].text) && tokens[k - 1].quote !== void 0 && tokens[k + 1]?.cap === true) return k + 1;
  }
  return 0;
}
function parentheticalReporter(tokens, start, clause, c) {
  if (!c.reportParentheticals.has(tokens[start].lower)) return null;
  let end = clause - 2;
  while (end > start + 1 && (tokens[end].flags & WORD_VERB_MODIFIER) !== 0 && !tokens[end].cap) end--;
  const verb8 = tokens[end];
  if (!verb8?.word || verb8.cap || (verb8.flags & CUE_SPEECH) === 0 || end <= start + 1) return null;
  const range = [start + 1, end];
  const named = appositionName(tokens, range[0], range[1]);
  if (named) return named;
  return namesSomeone(tokens, range, c) ? range : null;
}
function subordinateField(tokens, start, limit, c) {
  const first = tokens[start];
  if (!first?.word || !c.subordinators.has(first.lower)) return -1;
  for (let k = start + 2; k < limit - 1; k++) {
    const t = tokens[k];
    if (t.quote !== void 0 || /^[.;:!?]$/.test(t.text)) return -1;
    if (t.text !== ",") continue;
    const verb8 = tokens[k + 1];
    if (verb8.word && verb8.cap) continue;
    return verb8.word && !verb8.cap && (verb8.flags & (WORD_STOPWORD | WORD_DETERMINER | WORD_COMPLEMENTIZER)) === 0 ? k + 1 : -1;
  }
  return -1;
}
function commasOnlyAroundNames(tokens, from, to) {
  for (let k = from; k < to; k++) {
    if (tokens[k].text !== ",") continue;
    let e = k + 1;
    while (e < to && tokens[e].word && (tokens[e].cap || (tokens[e].flags & WORD_PARTICLE) !== 0)) e++;
    if (e === k + 1 || tokens[e]?.text !== ",") return false;
    k = e;
  }
  return true;
}
function verbSecondSubject(tokens, ti, cueAt2, c, noCue = false) {
  if (c.lex.verbSecond !== true || c.lex.capitalisedNouns !== true || !c.lex.verbSecondFrame) return null;
  const start = frameStart(tokens, ti);
  if (tokens.slice(start, ti).some((t) => t.quote !== void 0)) return null;
  const clause = subordinateField(tokens, start, ti, c);
  if (clause > 0) {
    const reporter = parentheticalReporter(tokens, start, clause, c);
    if (reporter) return reporter;
    if (noCue) return null;
    const found2 = subjectAfterVerb(tokens, clause, ti, c);
    const frameEnd2 = cueAt2 ?? ti - 1;
    return found2 && namesSomeone(tokens, found2, c) && frameEnd2 >= clause && commasOnlyAroundNames(tokens, clause, frameEnd2) ? found2 : null;
  }
  const v = finiteVerb(tokens, start, ti, c);
  const frameEnd = noCue ? v : cueAt2 ?? ti - 1;
  if (v < start + 1 || frameEnd < v || !commasOnlyAroundNames(tokens, v, frameEnd)) return null;
  if (phraseAt(c.according, tokens, start)) return null;
  let from = start;
  const focus = (t) => !c.asWords.has(t.lower) && !c.subordinators.has(t.lower) && !preposition(t) && (c.connectives.has(t.lower) || (t.flags & WORD_VERB_MODIFIER) !== 0 && (t.flags & WORD_DETERMINER) === 0);
  while (from < v - 1 && focus(tokens[from])) from++;
  const reported = reportingField(tokens, from, v, c);
  if (reported) return reported;
  if (noCue && (c.reportedVerbs.has(tokens[v].lower) || c.reportedVerbsAfterReport.has(tokens[v].lower))) return null;
  const found = subjectAfterVerb(tokens, v, ti, c);
  const after = found && namesSomeone(tokens, found, c) ? found : null;
  if (adverbialField(tokens, from, v, c)) return after;
  return namesSomeone(tokens, [from, v], c) ? appositionName(tokens, from, v) ?? [from, v] : after;
}
function reportingField(tokens, from, v, c) {
  if (!c.accordingNounLinks.has(tokens[from].lower)) return null;
  let k = from + 1;
  if (tokens[k] && (tokens[k].flags & WORD_DETERMINER) !== 0 && !c.genitiveDeterminers.has(tokens[k].lower)) k++;
  if (!tokens[k] || !c.accordingNouns.includes(tokens[k].lower)) return null;
  k++;
  if (tokens[k]?.word && frameWords(c).ofWords.has(tokens[k].lower)) k++;
  else if (!tokens[k] || !c.genitiveDeterminers.has(tokens[k].lower)) return null;
  if (k >= v) return null;
  const named = appositionName(tokens, k, v);
  if (named) return named;
  return namesSomeone(tokens, [k, v], c) ? [k, v] : null;
}
function appositionName(tokens, from, v) {
  let n = from;
  while (n < v && tokens[n].word && tokens[n].cap && (tokens[n].flags & WORD_DETERMINER) === 0) n++;
  if (n - from >= 2 && tokens[n]?.text === ",") return null;
  for (let k = from + 1; k < v; k++) {
    if (tokens[k].text !== ",") continue;
    let e = k + 1;
    while (e < v && tokens[e].word && (tokens[e].cap || (tokens[e].flags & WORD_PARTICLE) !== 0)) e++;
    if (e - (k + 1) >= 2 && tokens[e]?.text === ",") return [k + 1, e];
  }
  return null;
}

// ../hostile21/src/core/quote-speaker.ts
var SCARE_MAX_WORDS = 4;
function wordsIn(s) {
  return (s.match(/[\p{L}\p{N}]+/gu) ?? []).length || [...s].filter((ch) => /\p{L}/u.test(ch)).length / 2;
}
function cueGender(cue, c) {
  const g = c.lex.cueGender;
  if (!g) return null;
  const words3 = cue.toLowerCase().split(/\s+/);
  if (words3.some((w) => g.female.some((e) => w.endsWith(e)))) return "f";
  if (words3.some((w) => g.male.some((e) => w.endsWith(e)))) return "m";
  return null;
}
function wordChoice(q) {
  return q.c.lex.capitalisedNouns === true && /^\p{Ll}/u.test(q.quoted) && reportsSomeone(q.tokens, q.c);
}
function reportsSomeone(tokens, c) {
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t.word || t.cap || t.quote !== void 0) continue;
    if (c.namingVerbs.has(t.lower) || c.reportedVerbs.has(t.lower) || cueAt(tokens, k, c) !== null) return true;
  }
  return false;
}
var resolveAt = (q, [a, b]) => q.registry.resolve(q.tokens.slice(a, b), q.tokens[a].start);
var QUOTE_SIEVES = [
  {
    name: "name-part",
    examples: [{ text: "Rep. Robert C. \u201CBobby\u201D Scott said the plan failed.", speaker: null, kind: "scare" }],
    // A nickname inside a name is read as a word of it (clauseTokens); …and a spot titled “Arrogant”: a name, not anyone's words.
    apply: (q) => q.tokens[q.ti].word || titled(q.tokens, q.ti, q.c) ? { kind: "scare", speaker: null, cue: null, partial: true } : null
  },
  {
    name: "title-shape",
    examples: [{ text: "Jane Roe appeared on \u201CMeet the Voters\u201D last week.", speaker: null, kind: "scare" }],
    // "appeared on “Morning Joe”": the name of a show, book or slogan, held at a distance.
    apply: (q) => {
      const { tokens, ti, c, attribution } = q;
      const venue = tokens[ti - 1] !== void 0 && tokens[ti - 1].word && ((tokens[ti - 1].flags & WORD_STOPWORD) !== 0 || /['’]s$/.test(tokens[ti - 1].text));
      const named = attribution !== null && c.namingVerbs.has(attribution.cue.text.toLowerCase()) && ti - attribution.cue.at <= 6;
      const goesOn = q.opensSentence && q.lastQuote !== null && q.lastQuote.paragraph === q.span.paragraph && q.lastQuote.kind === "quote";
      if (!named && !goesOn && (venue || !(attribution && adjacent(attribution, ti))) && looksLikeTitle(q.quoted)) return { kind: "scare", speaker: null, cue: null, partial: true };
      return null;
    }
  },
  {
    name: "noun-name",
    examples: [{ text: "Die Meldung erschien zuerst in der Zeitung \u201EAbendpost\u201C und wurde sp\xE4ter \xFCberall verbreitet.", speaker: null, kind: "scare" }],
    // "die Zeitung „Abendpost“", "die Operation „Sturm“": where every noun has a capital, a short
    // capitalised quotation right after a noun inside the sentence is that noun's name.
    apply: (q) => {
      if (q.c.lex.capitalisedNouns !== true || q.span.continued || wordsIn(q.quoted) > SCARE_MAX_WORDS && q.attribution !== null || !/^[\p{Lu}\p{N}]/u.test(q.quoted)) return null;
      const noun = q.tokens[q.ti - 1], before2 = q.tokens[q.ti - 2];
      const speechNoun = noun !== void 0 && ((noun.flags & CUE_CLAIM_NOUN) !== 0 || q.c.accordingNouns.includes(noun.lower));
      const named = noun?.word === true && noun.cap && !speechNoun && (noun.flags & WORD_STOPWORD) === 0 && /\p{Ll}$/u.test(noun.text) && before2 !== void 0 && (before2.text === "," || before2.word && !before2.cap);
      const compound = /^[-\u2010\u2011]\p{L}/u.test(q.text.slice(q.span.outerEnd, q.span.outerEnd + 2));
      return named || compound ? { kind: "scare", speaker: null, cue: null, partial: true } : null;
    }
  },
  {
    name: "verb-second-frame",
    examples: [
      { text: "Relativierend f\xFCgt Jane Roe hinzu: \u201EWir werden den Plan im kommenden Jahr noch einmal versuchen.\u201C", speaker: "Jane Roe" },
      { text: "Seine Zuversicht \xE4u\xDFerte der Beauftragte Jane Roe: \u201EEntscheidungen fallen bei uns immer erst in letzter Minute.\u201C", speaker: "Jane Roe" },
      { text: "Jane Roe hatte in einer Rede verk\xFCndet: \u201EWir werden den Plan im kommenden Jahr noch einmal versuchen.\u201C", speaker: "Jane Roe" }
    ],
    // Where the verb stands second, the field before it may be an adverbial or an object
    // ("Den Unmut brachte die Sprecherin zum Ausdruck: „…“"): the subject is read by the fields.
    apply: (q) => {
      if (q.opensSentence || q.heading || q.span.continued || q.attribution?.after) return null;
      if (q.tokens[q.ti + 1]?.text === "," && cueAt(q.tokens, q.ti + 2, q.c)?.type === "speech") return null;
      const colon = q.tokens[q.ti - 1]?.text === ":";
      const before2 = q.attribution && !q.attribution.after && q.attribution.cue.type !== "according" ? q.attribution.cue.at : null;
      if (!colon && before2 === null) return null;
      const subject = verbSecondSubject(q.tokens, q.ti, colon ? null : before2, q.c);
      if (!subject) return null;
      const speaker = resolveAt(q, subject);
      return speaker.name ? { kind: "quote", speaker, cue: q.attribution?.cue.text ?? ":" } : null;
    }
  },
  {
    name: "cue-source",
    examples: [
      { text: "\u201CThe plan failed,\u201D Jane Roe said.", speaker: "Jane Roe" },
      { text: "Jane Roe said: \u201CThe plan failed.\u201D", speaker: "Jane Roe" },
      { text: "\u201CThe plan failed,\u201D said the chairman of the association, Jane Roe.", speaker: "Jane Roe" },
      { text: "\u201CThe plan failed,\u201D Jane Roe, Acme\u2019s campaign manager, said.", speaker: "Jane Roe" },
      // A possessor opens a description as an article does: the name in apposition speaks.
      { text: "\u201CThe plan failed,\u201D said Roe\u2019s campaign manager, John Doe, who ran the race before.", speaker: "John Doe" },
      { text: "\u201CThe plan failed,\u201D Jane Roe, 30, of Ashton, Ohio, who was among those polled, said.", speaker: "Jane Roe" },
      { text: "\u201CWe are happy\u201D about the decision, said Jane Roe, head of the union.", speaker: "Jane Roe" },
      { text: "The vote signals \u201Cthe end of the plan\u201D for the union, said Jane Roe, head of the party.", speaker: "Jane Roe" },
      { text: "Republican pollster Jane Roe: \u201CThe plan failed from the very start.\u201D", speaker: "Jane Roe" },
      // A full name right before the colon, after the reporter's words or a dash.
      { text: "The timing of the surge does not surprise pollster Jane Roe: \u201CThe plan failed from the very start.\u201D", speaker: "Jane Roe" },
      { text: "THE PLAN FAILED EARLY - Jane Roe and John Doe: \u201CThe plan failed from the very start.\u201D [Post.]", speaker: "Jane Roe" },
      // A place inside a description is what the title is of: the name in apposition, else the phrase.
      { text: "\u201CWe will not back down,\u201D said the mayor of Ashton, Jane Roe, at a news conference.", speaker: "Jane Roe" },
      { text: "\u201CWe will not back down,\u201D the mayor of Ashton said.", speaker: "mayor of Ashton" },
      { text: "\u201CN\xE3o vamos recuar\u201D, disse o ministro da Fazenda, Jo\xE3o Silva, em entrevista coletiva em Bras\xEDlia.", speaker: "Jo\xE3o Silva" },
      { text: "\xABEs una verg\xFCenza\xBB, declar\xF3 el alcalde de la ciudad, Pedro G\xF3mez, quien pidi\xF3 la dimisi\xF3n del consejero.", speaker: "Pedro G\xF3mez" },
      { text: "\u201CWe will not back down,\u201D the mayor of the city of Ashton said.", speaker: "mayor of the city of Ashton" },
      { text: "\u201CWe are looking into it,\u201D police in Manchester said.", speaker: "police in Manchester" },
      { text: "\u201CN\xE3o vamos recuar\u201D, disse o ministro da Fazenda a jornalistas em Bras\xEDlia.", speaker: "ministro da Fazenda" },
      // An addressee after the inverted verb, then the subject with its apposition.
      { text: "\xAB La situation est grave \xBB, a indiqu\xE9 \xE0 l\u2019AFP le porte-parole de la pr\xE9fecture, Jean Dupont.", speaker: "Jean Dupont" },
      { text: "After winning the vote, Gov. Jane Roe (R-Ohio), said: \u201CWe are getting ready for the trip.\u201D", speaker: "Jane Roe" },
      { text: "\u201CWe are getting ready for the trip,\u201D said undecided Republican voter Jane Roe of Ashton.", speaker: "Jane Roe" },
      { text: "Jane Roe has hailed the vote as \u201Cfantastic,\u201D telling reporters that she was happy.", speaker: "Jane Roe" },
      { text: "Jane Roe, during a town hall in Columbus, Ohio, said she was \u201Cgoing to put coal miners out of business.\u201D", speaker: "Jane Roe" },
      { text: "Jane Roe posted a Twitter comment of her own, saying, \u201CWe are so excited to meet our second grandchild!\u201D", speaker: "Jane Roe" },
      { text: "\u201CWill he be the next attorney general?\u201D a Democratic staffer in the room asked.", speaker: "Democratic staffer in the room" },
      { text: "\u201CIf they were serious about making progress,\u201D Jane Roe fumed on Tuesday.", speaker: "Jane Roe" },
      { text: "\u201CBut why?\u201D reporter Jane Roe asked him.", speaker: "Jane Roe" },
      { text: "\u201CThe eruption of war is a reminder,\u201D Will wrote.", speaker: "Will" },
      { text: "Jane Roe, who lives outside the state capital, Ashton, said she still \u201Cprays that the plan ends up the winner.\u201D", speaker: "Jane Roe" },
      { text: "Jane Roe said on Thursday in Ashton, Ohio, that states can pass such laws because \u201Cmen should not be going there at all.\u201D", speaker: "Jane Roe" },
      { text: "Nothing the mayor said \u201Cwill calm the people of the city,\u201D Jane Roe said.", speaker: "Jane Roe" },
      // Capitalised words run into a name ("Republican Jane Roe"): the name opens at its given name.
      { text: "\u201CWe will try again next year,\u201D Republican Jane Roe said.", speaker: "Jane Roe" },
      // A place after a description's own place ("from Ashton, Ohio,") is part of the description.
      { text: "Jane Roe, a salesman from Ashton, Ohio, says the plan will \u201Cleave here with a lot of momentum.\u201D", speaker: "Jane Roe" },
      // An inverted verb the lexicon does not list, with a name after it to the sentence's end.
      { text: "\u201CAn awful lot of people said no, and she did it anyway,\u201D remembered Jane Roe, a former aide.", speaker: "Jane Roe" },
      // A question with a short tag after it: a name, a verb with a finite ending, a full stop.
      { text: "John Doe spoke first. \u201CWould it be negotiable about the rest of the plan?\u201D Jane Roe pressed.", speaker: "Jane Roe" },
      // An abbreviated title is the title spelled out later ("Sen." is "the senator").
      { text: "Sen. Jane Roe spoke first at the hearing. \u201CThe plan failed,\u201D the senator said.", speaker: "Jane Roe" },
      // A bare description nobody was introduced with goes back to the one who just spoke…
      { text: "\u201CThe plan failed,\u201D Jane Roe said on Monday. \u201CWe will try again next year,\u201D the retired engineer told reporters.", speaker: "Jane Roe" },
      // …but not one that counts someone new in.
      { text: "\u201CThe plan failed,\u201D Jane Roe said on Monday. \u201CWe will try again next year,\u201D the second official told reporters.", speaker: "official" },
      { text: "Sie sei \u201Evollkommen geschockt\u201C \xFCber das Geschehen, sagte die Ministerin Jane Roe, ihre \u201EGedanken sind bei allen, die von diesem Ereignis betroffen sind\u201C.", speaker: "Jane Roe" },
      { text: "Nach Ger\xFCchten \xFCber eine Festnahme auf der Landebahn sagte dessen Stellvertreter: \u201EWir werden den Plan im kommenden Jahr noch einmal versuchen.\u201C", speaker: "Stellvertreter" },
      { text: "Es wurde von Jane Roe die Vermutung ge\xE4u\xDFert, der Plan sei \u201El\xE4ngst gescheitert und nicht mehr zu retten\u201C.", speaker: "Jane Roe" },
      { text: "\u201EWir werden den Plan im kommenden Jahr noch einmal pr\xFCfen\u201C, strich Jane Roe in Ashton heraus.", speaker: "Jane Roe" },
      { text: "Laut Polizei habe es eine \xDCberpr\xFCfung des Wagens gegeben, der \u201Ezu laut und ohne jede Genehmigung\u201C gefahren sei.", speaker: "Polizei" },
      { text: "Dabei sollen laut dem Chefankl\xE4ger des Gerichts, Jane Roe, Pl\xFCnderungen \u201Evon unbeschreiblicher Brutalit\xE4t\u201C begangen worden sein.", speaker: "Jane Roe" }
    ],
    apply: (q) => {
      if (!q.attribution?.source) return null;
      const speaker = resolveAt(q, withNameBefore(q.tokens, q.attribution.source, q.c));
      q.registry.noteGender(speaker, cueGender(q.attribution.cue.text, q.c));
      return { kind: "quote", speaker, cue: q.attribution.cue.text };
    }
  },
  {
    name: "cue-goes-on",
    examples: [],
    // "“…,” Blige sings, before asking her, “…”": a cue with no subject goes on with the sentence's speaker.
    apply: (q) => q.attribution && !q.heading && q.earlier?.kind === "quote" && q.earlier.speaker ? { kind: "quote", speaker: q.earlier.speaker, cue: q.attribution.cue.text } : null
  },
  {
    name: "participle-subject",
    examples: [
      { text: "Jane Roe apologised, saying the plan was \u201Ca mistake from the start.\u201D", speaker: "Jane Roe" }
    ],
    // "Yoon apologised, saying they “…”": a participle's subject is the sentence's.
    apply: (q) => {
      if (!q.attribution || q.heading) return null;
      const subject = sentenceSubject(q.tokens, q.attribution.cue.at, q.c);
      if (!subject) return null;
      const speaker = resolveAt(q, subject);
      return speaker.name ? { kind: "quote", speaker, cue: q.attribution.cue.text } : null;
    }
  },
  {
    name: "left-out-subject",
    examples: [{ text: "Juan P\xE9rez habl\xF3 ayer. \xABEl plan fracas\xF3\xBB, se\xF1al\xF3.", speaker: "Juan P\xE9rez" }],
    // "«…», señaló.": where the subject may be left out, it is the person in focus.
    apply: (q) => {
      const a = q.attribution;
      if (!a || q.heading || !q.c.lex.proDrop || a.cue.type !== "speech") return null;
      const speaker = q.registry.implicitSubject(q.tokens[a.cue.at].start, cueGender(a.cue.text, q.c), a.cue.text);
      return speaker ? { kind: "quote", speaker, cue: a.cue.text } : null;
    }
  },
  {
    name: "byline-after",
    examples: [{ text: "The debate went on.</p><p>\u201CWe will try again next year with all of our friends.\u201D</p><p>- Jane Roe.", speaker: "Jane Roe" }],
    // "“…”" closing its paragraph, then a paragraph that is only "- Jane Roe.": a byline, as under a quotation set apart.
    apply: (q) => {
      if (!q.byline || q.attribution || q.heading || !q.opensSentence) return null;
      const speaker = q.registry.resolve(q.byline, q.byline[0].start);
      return speaker.name ? { kind: "quote", speaker, cue: null } : null;
    }
  },
  {
    name: "subject-before",
    examples: [{ text: "Jane Roe sees it the same way. \u201CThe plan failed from the very first day.\u201D", speaker: "Jane Roe" }],
    // "Web X sees it the same way. “…”": a quote with no cue of its own after a sentence whose subject is named.
    apply: (q) => {
      if (!q.prevSubject || !q.opensSentence || q.attribution?.source || q.span.continued || q.heading) return null;
      const speaker = q.registry.resolve(q.prevSubject.tokens, q.prevSubject.tokens[0].start);
      return speaker.name && speaker.kind !== "unknown" ? { kind: "quote", speaker, cue: null } : null;
    }
  },
  {
    name: "goes-on",
    examples: [
      { text: "\u201CThe plan failed,\u201D Jane Roe said. \u201CWe will try again next year.\u201D", speaker: "Jane Roe" },
      // After a quote closed by a full stop, a verb with a clause of its own reports that clause.
      { text: "\u201CThe plan failed,\u201D Jane Roe said. \u201CWe will try again next year.\u201D John Doe said he would not wait.", speaker: "Jane Roe" }
    ],
    // A quote with no cue of its own that follows someone's quote goes on with that speaker.
    apply: (q) => q.recent && !q.heading && (q.span.continued || q.opensSentence || q.span.source !== "marks") ? { kind: "quote", speaker: q.recent.speaker, cue: q.recent.cue } : null
  },
  {
    name: "verb-second-subject",
    examples: [{ text: "Die Pr\xE4sidentin Jane Roe sicherte der Mission zu, dass die T\xFCren des Landes \u201Eimmer f\xFCr alle offen sein werden\u201C.", speaker: "Jane Roe" }],
    // Where the verb stands second, a quotation with no cue of its own inside a sentence is the
    // words of the main clause's subject, read by the fields as verb-second-frame reads them.
    apply: (q) => {
      if (q.heading || q.opensSentence || q.span.continued || q.attribution || wordsIn(q.quoted) <= SCARE_MAX_WORDS && !wordChoice(q)) return null;
      const subject = verbSecondSubject(q.tokens, q.ti, null, q.c, true);
      if (!subject) return null;
      const speaker = resolveAt(q, subject);
      return speaker.name && speaker.kind !== "unknown" ? { kind: "quote", speaker, cue: null } : null;
    }
  },
  {
    name: "sentence-subject",
    examples: [
      { text: "Jane Roe wore a shirt with the words \u201CNo more war in our time, not ever again.\u201D", speaker: "Jane Roe" },
      // A capitalised participle or adverb that opens the sentence is no subject.
      { text: "Reading the name of the group as if it were a meal, Jane Roe drew \u201Claughter and loud applause from the whole room.\u201D", speaker: "Jane Roe" }
    ],
    // "Trump praised him as a “strong leader”": no speech verb, but a person's words; so too
    // "Bemoaning the “phony system,” Trump accused…", where the subject comes after.
    apply: (q) => {
      if (q.heading || q.c.lex.capitalisedNouns === true && wordsIn(q.quoted) <= SCARE_MAX_WORDS) return null;
      const subject = sentenceSubject(q.tokens, q.ti, q.c) ?? participleOpening(q.tokens, q.ti, q.c) ?? pronounSubject(q.tokens, q.ti, q.c);
      if (!subject) return null;
      const speaker = resolveAt(q, subject);
      return speaker.kind === "person" && speaker.name ? { kind: "quote", speaker, cue: null } : null;
    }
  },
  {
    name: "short-scare",
    examples: [{ text: "Critics of the so-called \u201Creform\u201D were not convinced.", speaker: null, kind: "scare" }],
    apply: (q) => q.heading || wordsIn(q.quoted) <= SCARE_MAX_WORDS ? { kind: "scare", speaker: null, cue: null, partial: true } : null
  },
  {
    name: "nearby-speaker",
    examples: [],
    apply: (q) => ({ kind: "quote", speaker: q.recent?.speaker ?? null, cue: q.attribution?.cue.text ?? null })
  }
];
function quoteDraft(text, span, tokens, ti, registry, c, lastQuote, heading, prevSubject, earlier = null, explain = false, choose = true, byline = null, words3) {
  const quoted = text.slice(span.start, span.end);
  const attribution = span.continued ? null : attributeQuote(tokens, ti, c, /[.!?…]\s*$/u.test(quoted), /[,!?]\s*$/u.test(quoted));
  let wordBefore = false;
  for (let k = 0; k < ti && !wordBefore; k++) wordBefore = tokens[k].word;
  const partial = wordBefore && tokens[ti - 1]?.text !== ":" && !/^\p{Lu}/u.test(text.slice(span.start, span.start + 1));
  const opensSentence = !wordBefore;
  const reach = opensSentence && span.end - span.start > 120 ? 3 : 1;
  const recent = lastQuote && lastQuote.speaker && span.paragraph - lastQuote.paragraph <= reach ? lastQuote : null;
  const q = {
    text,
    span,
    tokens,
    ti,
    registry,
    c,
    lastQuote,
    heading,
    prevSubject,
    earlier,
    attribution,
    partial,
    quoted,
    opensSentence,
    recent,
    byline,
    words: words3
  };
  const tried = explain ? [] : void 0;
  for (const sieve of QUOTE_SIEVES) {
    const found = sieve.apply(q);
    tried?.push({ rule: sieve.name, speaker: found ? found.speaker?.name ?? null : null });
    if (found) {
      const weighed = sieve.name === CUE_SOURCE ? weighSubject(q, found, choose) : null;
      const d = weighed?.decision ?? found;
      const rule = weighed?.decision ? SUBJECT_OVER_CUE : sieve.name;
      const draft = { kind: d.kind, start: span.start, end: span.end, paragraph: span.paragraph, speaker: d.speaker, cue: d.cue, partial: d.partial ?? partial, rule };
      if (tried) draft.candidates = tried;
      if (explain && weighed) draft.choice = weighed.choice;
      return draft;
    }
  }
  throw new Error("the last quote sieve always decides");
}
var CUE_SOURCE = "cue-source";
var SUBJECT_OVER_CUE = "subject-over-cue";
function weighSubject(q, found, choose) {
  const a = q.attribution;
  if (!a?.source || q.heading || !found.speaker?.name) return null;
  const source = withNameBefore(q.tokens, a.source, q.c);
  for (let k = source[1]; k < a.cue.at; k++) if ((q.tokens[k].flags & WORD_RELATIVE) !== 0 && q.tokens[k].word) return null;
  if (q.c.asWords.has(q.tokens[a.cue.at - 1]?.lower ?? "")) return null;
  const subject = sentenceSubject(q.tokens, a.cue.at, q.c);
  if (!subject || subject[0] < source[1] && source[0] < subject[1]) return null;
  if (subject[1] - subject[0] === 1 && endsAsParticiple(q.tokens[subject[0]].lower, q.c)) return null;
  const other = q.registry.peek(q.tokens.slice(subject[0], subject[1]), q.tokens[subject[0]].start);
  if (!other.name || other.name === found.speaker.name) return null;
  if (q.words && !plausibleSource(other, q.c, q.words)) return null;
  const features = choiceFeatures(q.tokens, a, source, subject, found.speaker, other, q.recent?.speaker?.name ?? null, { partial: q.partial, opensSentence: q.opensSentence }, q.c);
  const model = choiceModelFor(q.c.lex.lang);
  const p = model ? subjectProbability(features, model) : 0;
  const choice = { cue: found.speaker.name, subject: other.name, features, p };
  return { decision: choose && p > 0.5 ? { ...found, speaker: resolveAt(q, subject) } : null, choice };
}
function looksLikeTitle(s) {
  const words3 = s.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  if (words3.length < 2 || words3.length > 10 || /[!?…][,.]?\s*$/.test(s)) return false;
  if (/[.][,]?\s*$/.test(s) && words3.length > 6) return false;
  const capital = (w) => /^[\p{Lu}\p{N}]/u.test(w);
  const long = words3.filter((w) => w.length > 3);
  const named = words3.filter((w) => w.length >= 3 && capital(w)).length;
  return named >= 2 && capital(words3[0]) && capital(words3[words3.length - 1]) && long.every(capital);
}
function titled(tokens, ti, c) {
  const before2 = tokens[ti - 1]?.text === "," ? tokens[ti - 2] : tokens[ti - 1];
  return before2 !== void 0 && before2.word && c.titleCues.has(before2.lower);
}
function adjacent(a, ti) {
  return a.after ? a.cue.at - ti <= 4 : ti - (a.cue.at + a.cue.len) <= 3;
}

// ../hostile21/src/core/headline.ts
var MAX_SOURCE_WORDS = 5;
var MIN_CLAIM_WORDS = 3;
function headlineClaim(tokens, c) {
  return colonClaim(tokens, c) ?? titleCaseClaim(tokens, c);
}
function titleCaseClaim(tokens, c) {
  if (c.lex.unspaced || c.lex.capitalisedNouns === true) return null;
  for (let k = 1; k <= MAX_SOURCE_WORDS && k < tokens.length; k++) {
    const t = tokens[k];
    if (!t.word || !t.cap || tokens[k - 1].quote !== void 0) return null;
    if (!(c.speech.get(t.lower) ?? []).some((phrase) => phrase.length === 1) || c.weak.has(t.lower)) continue;
    if (!tokens.slice(0, k).every((x) => x.word && x.cap)) return null;
    let end = tokens.length;
    while (end > k + 1 && !tokens[end - 1].word && tokens[end - 1].quote === void 0) end--;
    const rest = tokens.slice(k + 1, end);
    if (rest.filter((x) => x.word).length < MIN_CLAIM_WORDS || rest.some((x) => x.word && x.text.length > 3 && !x.cap)) return null;
    return { cue: { type: "speech", at: k, len: 1, text: t.text }, source: [0, k], content: [k + 1, end] };
  }
  return null;
}
function colonClaim(tokens, c) {
  const colon = tokens.findIndex((t) => !t.word && t.text === ":");
  if (colon < 1 || colon > MAX_SOURCE_WORDS * 2 || c.lex.unspaced) return null;
  let words3 = 0;
  for (let k = 0; k < colon; k++) {
    const t = tokens[k];
    if (t.quote !== void 0) return null;
    if (t.word) words3++;
    else if (t.text !== "." && t.text !== "\u2019" && t.text !== "'") return null;
  }
  if (words3 === 0 || words3 > MAX_SOURCE_WORDS || !tokens[0].word || !tokens[0].cap) return null;
  let end = tokens.length;
  while (end > colon + 1 && !tokens[end - 1].word && tokens[end - 1].quote === void 0) end--;
  let claimWords = 0;
  for (let k = colon + 1; k < end; k++) claimWords += tokens[k].quote !== void 0 ? MIN_CLAIM_WORDS : tokens[k].word ? 1 : 0;
  if (claimWords < MIN_CLAIM_WORDS) return null;
  return { cue: { type: "colon", at: colon, len: 1, text: ":" }, source: [0, colon], content: [colon + 1, end] };
}

// ../hostile21/src/core/short-quote.json
var short_quote_default = {
  models: {
    en: {
      bias: -0.259,
      weights: {
        "after:as": -3e-3,
        "after:capital": -0.385,
        "after:colon": -8e-3,
        "after:comma": -0.139,
        "after:dash": 0.067,
        "after:determiner": 0.248,
        "after:function": 0.511,
        "after:mark": 0.164,
        "after:none": -2e-3,
        "after:open": -0.014,
        "after:quote": -0.186,
        "after:stop": -0.126,
        "after:word": -0.212,
        "before:as": 0.471,
        "before:capital": 0.292,
        "before:comma": -0.298,
        "before:dash": -0.04,
        "before:determiner": -0.048,
        "before:naming": 0.205,
        "before:none": -0.068,
        "before:open": 0.353,
        "before:quote": -0.272,
        "before:word": -0.681,
        "candidate-cue:claim/according": -0.162,
        "candidate-cue:claim/none": 0.077,
        "candidate-cue:claim/relay": 0.132,
        "candidate-cue:claim/speech": 0.075,
        "candidate-cue:cue/according": 0.201,
        "candidate-cue:cue/speech": 0.254,
        "candidate-cue:cue/weak": 0.035,
        "candidate-cue:none/none": -0.54,
        "candidate-cue:none/relay": -0.06,
        "candidate-cue:none/speech": -0.241,
        "candidate-cue:none/weak": -0.228,
        "candidate-cue:recent/none": 0.022,
        "candidate-cue:recent/relay": -0.091,
        "candidate-cue:recent/speech": -0.308,
        "candidate-cue:recent/weak": 0.356,
        "candidate-cue:subject/none": 0.293,
        "candidate-cue:subject/weak": 0.104,
        "candidate-kind:anonymous": 0.625,
        "candidate-kind:none": -1.07,
        "candidate-kind:organization": 0.151,
        "candidate-kind:person": 0.211,
        "candidate:claim": 0.123,
        "candidate:cue": 0.489,
        "candidate:none": -1.07,
        "candidate:recent": -0.021,
        "candidate:subject": 0.396,
        "claim-mood:false": 0.09,
        "claim-mood:none": -0.173,
        "claim:named": 0.09,
        "claim:none": -0.173,
        "cue:according": 0.039,
        "cue:none": -0.148,
        "cue:relay": -0.019,
        "cue:speech": -0.221,
        "cue:weak": 0.266,
        "end:comma": -0.112,
        "end:exclaim": 5e-3,
        "end:none": -0.021,
        "end:stop": 0.045,
        "naming-verb:false": 0.175,
        "naming-verb:true": -0.258,
        "open:capital": -0.1,
        "open:lower": -0.084,
        "open:other": 0.101,
        "opens-sentence:false": 1e-3,
        "opens-sentence:true": -0.084,
        "quotes:1": 0.084,
        "quotes:2": 0.676,
        "quotes:3": -0.843,
        "recent:false": -0.191,
        "recent:true": 0.108,
        "reporting-mood:false": -0.083,
        "title-case:false": -0.165,
        "title-case:true": 0.082,
        "words-open:1/capital": -0.298,
        "words-open:1/lower": -0.177,
        "words-open:1/other": 0.115,
        "words-open:2/capital": -6e-3,
        "words-open:2/lower": -0.253,
        "words-open:2/other": -4e-3,
        "words-open:3/capital": -9e-3,
        "words-open:3/lower": 0.167,
        "words-open:4/capital": 0.213,
        "words-open:4/lower": 0.179,
        "words-open:4/other": -0.011,
        "words:1": -0.359,
        "words:2": -0.263,
        "words:3": 0.158,
        "words:4": 0.381
      }
    }
  }
};

// ../hostile21/src/core/short-quote.ts
var MODELS3 = short_quote_default;
function shortQuoteModelFor(lang) {
  return MODELS3.models[lang] ?? null;
}
function shortQuoteCandidate(tokens, ti, claim, recent, registry, c, words3) {
  const plausible = (s) => s !== null && s.name !== null && s.kind !== "unknown" && plausibleSource(s, c, words3);
  if (plausible(claim?.speaker ?? null)) return { candidate: { speaker: claim.speaker, from: "claim" }, subject: null };
  const source = sentenceOf(tokens, c).firstCueSource;
  if (source) {
    const speaker = registry.peek(tokens.slice(source[0], source[1]), tokens[source[0]].start);
    if (plausible(speaker)) return { candidate: { speaker, from: "cue" }, subject: source };
  }
  const subject = c.lex.verbSecond === true ? verbSecondSubject(tokens, ti, null, c, true) : sentenceSubject(tokens, ti, c) ?? participleOpening(tokens, ti, c) ?? pronounSubject(tokens, ti, c);
  if (subject) {
    const speaker = registry.peek(tokens.slice(subject[0], subject[1]), tokens[subject[0]].start);
    if (plausible(speaker)) return { candidate: { speaker, from: "subject" }, subject };
  }
  if (plausible(recent)) return { candidate: { speaker: recent, from: "recent" }, subject: null };
  return { candidate: { speaker: null, from: "none" }, subject: null };
}
var WORDS2 = /[\p{L}\p{N}]+/gu;
var READINGS = /* @__PURE__ */ new WeakMap();
function sentenceOf(tokens, c) {
  let r = READINGS.get(tokens);
  if (r) return r;
  let cue = "none";
  let naming = false, reported = false, quotes = 0, firstWord2 = tokens.length;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.quote !== void 0) {
      quotes++;
      continue;
    }
    if (!t.word) continue;
    if (firstWord2 === tokens.length) firstWord2 = k;
    if (t.cap && k > 0) continue;
    if (c.namingVerbs.has(t.lower)) naming = true;
    if (c.reportedVerbs.has(t.lower)) reported = true;
    if (cue === "none") {
      const found = cueAt(tokens, k, c);
      if (found) cue = c.weak.has(found.text.toLowerCase()) ? "weak" : found.type;
    }
  }
  let firstCueSource = null;
  for (let k = 0; k < tokens.length; k++) {
    if (!tokens[k].word || tokens[k].quote !== void 0) continue;
    const found = cueAt(tokens, k, c);
    if (!found || c.weak.has(found.text.toLowerCase())) continue;
    firstCueSource = sourceOfCue(tokens, found, c);
    break;
  }
  r = { cue, naming, reported, quotes, firstWord: firstWord2, firstCueSource };
  READINGS.set(tokens, r);
  return r;
}
function neighbour(t, c) {
  if (!t) return "none";
  if (t.quote !== void 0) return "quote";
  if (!t.word) return /^[.!?…]$/.test(t.text) ? "stop" : /^[,;]$/.test(t.text) ? "comma" : t.text === ":" ? "colon" : /^[-\u2013\u2014\u2015]$/.test(t.text) ? "dash" : /^[(\[]$/.test(t.text) ? "open" : "mark";
  if ((t.flags & WORD_DETERMINER) !== 0) return "determiner";
  if (c.namingVerbs.has(t.lower)) return "naming";
  if (c.asWords.has(t.lower)) return "as";
  if (c.titleCues.has(t.lower)) return "title-cue";
  if ((t.flags & WORD_STOPWORD) !== 0) return "function";
  return t.cap ? "capital" : "word";
}
function shortQuoteFeatures(tokens, ti, quoted, claim, candidate, hasRecent, c) {
  const words3 = Math.min((quoted.match(WORDS2) ?? []).length, 4);
  const trimmed = quoted.trim();
  const end = /[!?]$/.test(trimmed) ? "exclaim" : /[.…]$/.test(trimmed) ? "stop" : /[,;:]$/.test(trimmed) ? "comma" : "none";
  const open = /^\p{Lu}/u.test(trimmed) ? "capital" : /^\p{Ll}/u.test(trimmed) ? "lower" : "other";
  const capitalised = (quoted.match(WORDS2) ?? []).filter((w) => w.length > 3);
  const titleCase2 = capitalised.length > 0 && capitalised.every((w) => /^[\p{Lu}\p{N}]/u.test(w));
  const { cue, naming, reported, quotes, firstWord: firstWord2 } = sentenceOf(tokens, c);
  const wordsBefore = firstWord2 < ti ? 1 : 0;
  const before2 = neighbour(tokens[ti - 1], c), after = neighbour(tokens[ti + 1], c);
  const kind = candidate.speaker?.kind ?? "none";
  return [
    `words:${words3}`,
    `end:${end}`,
    `open:${open}`,
    `words-open:${words3}/${open}`,
    `title-case:${titleCase2}`,
    `before:${before2}`,
    `after:${after}`,
    `opens-sentence:${wordsBefore === 0}`,
    `cue:${cue}`,
    `naming-verb:${naming}`,
    `reporting-mood:${reported}`,
    `quotes:${Math.min(quotes, 3)}`,
    `claim:${claim ? claim.speaker?.name ? "named" : "unnamed" : "none"}`,
    `claim-mood:${claim ? claim.reporting : "none"}`,
    `candidate:${candidate.from}`,
    `candidate-kind:${kind}`,
    `candidate-cue:${candidate.from}/${cue}`,
    `recent:${hasRecent}`
  ];
}
function shortQuoteProbability(features, model) {
  return probability(features, model);
}

// ../hostile21/src/core/lexicon/inflection-letters.ts
var VOWEL = "aeiouy\xE1\xE9\xED\xF3\xFA\u016F\xFD\u011B\xE4\xF6\xFC\u0430\u0435\u0451\u0438\u043E\u0443\u044B\u044D\u044E\u044F\u0456\u0457";
var MOBILE_E = new RegExp(`^(.*[^${VOWEL}])[e\u011B]([^${VOWEL}])$`, "u");

// ../hostile21/src/core/inflection.ts
var MIN_STEM = 3;
function nameStems(word2, endings) {
  const w = word2.toLowerCase();
  const out = /* @__PURE__ */ new Set([w]);
  for (const e of endings) if (e.length > 0 && w.endsWith(e) && w.length - e.length >= MIN_STEM) out.add(w.slice(0, -e.length));
  for (const s of [...out]) {
    const m = MOBILE_E.exec(s);
    if (m && m[1].length + 1 >= MIN_STEM) out.add(m[1] + m[2]);
  }
  return [...out];
}
function sameName(a, b, endings) {
  if (a.toLowerCase() === b.toLowerCase()) return true;
  if (endings.length === 0) return false;
  const sb = new Set(nameStems(b, endings));
  return nameStems(a, endings).some((s) => sb.has(s));
}

// ../hostile21/src/core/entities.ts
function givenNameStart(name2, c) {
  let from = 0;
  while (from < name2.length - 2 && c.nameModifiers.has(name2[from].lower)) from++;
  for (let k = from; k < name2.length - 1; k++) {
    const w = name2[k].lower;
    if (genderOfGivenName(w) !== null) return k;
    if (w.length < 3 || w.endsWith(".") || !/^\p{L}+$/u.test(w)) return from;
  }
  return from;
}
function descriptionOf(p) {
  return p.description ?? p.tag;
}
var MAX_DESCRIPTION_WORDS = 30;
var SPEAKER_SALIENCE = 3e3;
var JUST_NAMED = 400;
var BODY_REACH = 2e3;
var DESCRIBED_REACH = 600;
var MAX_KEPT = 16;
var MAX_RECENT = 256;
var POSSESSIVE = /['’]s?$/;
function apostropheAfter(tokens, i) {
  const t = tokens[i], a = tokens[i + 1], next = tokens[i + 2];
  if (!a || a.word || a.start !== t.end || a.end !== a.start + 1 || !next?.word || next.start <= a.end) return false;
  const mark = a.text.charCodeAt(0);
  return (mark === 39 || mark === 8217) && t.text.charCodeAt(t.text.length - 1) === 115;
}
function endsPossessive(w) {
  const last = w.charCodeAt(w.length - 1);
  if (last === 39 || last === 8217) return true;
  const prev = w.charCodeAt(w.length - 2);
  return last === 115 && (prev === 39 || prev === 8217);
}
var ACRONYM2 = /^(?!(?:\p{Lu}\.)+$)[\p{Lu}\d.&]{2,6}$/u;
var EntityRegistry = class {
  constructor(c) {
    this.c = c;
  }
  c;
  bySurname = /* @__PURE__ */ new Map();
  /** The other words of longer names ("fiona" of Fiona Parry, "biden" of Joseph R. Biden Jr., "lou" of Lou Jiwei). */
  byPart = /* @__PURE__ */ new Map();
  /** Surnames by their first three letters, for look-ups across grammatical cases. */
  byStem = /* @__PURE__ */ new Map();
  /** The persons seen most recently, oldest first, for pronouns and titles (bounded: a page of
   *  thousands of names costs no more per look-up than a page of dozens). A Set keeps insertion
   *  order, so moving a person to the newest end costs O(1), not a scan of the list. */
  recent = /* @__PURE__ */ new Set();
  newest = null;
  /** The last non-person source seen (for "they" and for continuation). */
  lastGroup = null;
  /** Named bodies seen, newest last, with where: "the committee" may mean the last of them whose name holds "committee". */
  bodies = [];
  /** Set while peeking: resolve then registers nobody. */
  dryRun = false;
  nextId = 1;
  /**
   * Splits the capitalised runs of a token list into person names, stripping titles. In a
   * mention (the words naming one source, no verb among them) a run that modifies the head after
   * it is no name either ("Republican presidential candidate", "a Democratic staffer").
   */
  namesIn(tokens, mention = false) {
    if (this.c.lex.unspaced) return unspacedNames(tokens, this.c);
    const out = [];
    let run = [];
    let titles = [];
    let honorific = null;
    let runAt = 0;
    const close = (next, after) => {
      const before2 = tokens[runAt - 1];
      const article = before2 !== void 0 && (this.c.definiteArticles.has(before2.lower) || this.c.lex.capitalisedNouns === true && (before2.flags & WORD_DETERMINER) !== 0);
      const bodyThenName = run.length >= 3 && ACRONYM2.test(run[0].text);
      const modifier = mention && next !== void 0 && !this.c.lex.capitalisedNouns && this.modifiesHead(next, after);
      const body = next !== void 0 && next.word && ((next.flags & WORD_ORG_HEAD) !== 0 || !next.cap && (this.isTitleWord(next) || this.c.documentHeads.has(next.lower))) || article && !this.isTitleWord(run[0]) && !bodyThenName || modifier;
      let i = 0;
      while (i < run.length && (this.isTitleWord(run[i]) || (run[i].flags & WORD_STOPWORD) !== 0 || ACRONYM2.test(run[i].text))) {
        titles.push(run[i]);
        i++;
      }
      let lastTitle = -1;
      for (let k = i; k < run.length - 1; k++) if (this.isTitleWord(run[k])) lastTitle = k;
      if (lastTitle >= i) {
        titles.push(...run.slice(i, lastTitle + 1));
        i = lastTitle + 1;
      }
      const nounAfterArticle = this.c.lex.capitalisedNouns === true && i > 0 && i < run.length && (run[i - 1].flags & WORD_DETERMINER) !== 0;
      const name2 = nounAfterArticle ? [] : run.slice(i);
      if (nounAfterArticle) titles.push(...run.slice(i));
      while (name2.length && (name2[name2.length - 1].flags & WORD_PARTICLE) !== 0) name2.pop();
      if (name2.length && !body && !name2.some((t) => (t.flags & WORD_ORG_HEAD) !== 0)) {
        out.push({ name: name2, titles, honorific });
        titles = [];
        honorific = null;
      } else titles.push(...name2);
      run = [];
    };
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (!t.word) {
        if (run.length) close();
        titles = [];
        honorific = null;
        continue;
      }
      if (t.cap && (t.flags & WORD_HONORIFIC) !== 0) {
        if (run.length) close();
        honorific = t;
        continue;
      }
      const articleOnly = this.c.lex.capitalisedNouns === true && (t.flags & WORD_DETERMINER) !== 0 && !this.c.nameParticles.has(tokens[i - 1]?.lower ?? "");
      const particle = run.length > 0 && !articleOnly && (t.flags & WORD_PARTICLE) !== 0 && (tokens[i + 1]?.cap === true || this.c.nameParticles.has(tokens[i + 1]?.lower ?? "") && tokens[i + 2]?.cap === true);
      if (t.cap && (t.flags & WORD_STOPWORD) === 0 && (t.flags & WORD_INDEFINITE) === 0 || particle) {
        if (endsPossessive(t.text) && t.text.length > 2 || apostropheAfter(tokens, i)) {
          if (run.length === 0) runAt = i;
          run.push(t);
          const before2 = out.length;
          close();
          if (out.length > before2) out[out.length - 1].possessive = true;
          titles = [];
          if (!endsPossessive(t.text)) i++;
          continue;
        }
        if (run.length === 0) runAt = i;
        run.push(t);
        continue;
      }
      if (run.length) close(t, tokens[i + 1]);
      if ((t.flags & WORD_STOPWORD) === 0) titles.push(t);
    }
    if (run.length) close();
    return out;
  }
  /** A lower-case word after a run is the head it modifies, or a modifier of the head after it ("presidential candidate"). */
  modifiesHead(next, after) {
    if (!next.word || next.cap || (next.flags & WORD_STOPWORD) !== 0) return false;
    const head = (t) => this.isTitleWord(t) || (t.flags & WORD_ANONYMOUS_HEAD) !== 0;
    return (next.flags & WORD_ANONYMOUS_HEAD) !== 0 || after !== void 0 && after.word && !after.cap && head(after);
  }
  isTitleWord(t) {
    return (t.flags & WORD_TITLE_LOOSE) !== 0;
  }
  /** Records the persons named in a stretch of text (outside quotes), in text order. */
  observe(tokens, subject = null) {
    for (const n of this.namesIn(tokens)) {
      const at = n.name[0].start;
      let person = null;
      if (n.name.length >= 2 || n.honorific || n.titles.some((t) => this.isTitleWord(t))) person = this.notePerson(n.name, n.titles, n.honorific, at);
      else {
        person = this.lookupSurname(n.name[0].lower, at);
        if (person) this.mark(person, at, false);
      }
      if (person && subject && at >= subject[0] && at < subject[1]) this.mark(person, at, true);
    }
  }
  /** The persons with this surname: as written, else (inflected languages) in another case. */
  holders(surname) {
    const exact = this.bySurname.get(surname);
    const endings = this.c.lex.caseEndings ?? [];
    if (exact && exact.length > 0 || endings.length === 0) return exact ?? [];
    const out = [];
    for (const key of this.byStem.get(surname.slice(0, 3)) ?? []) if (sameName(key, surname, endings)) out.push(...this.bySurname.get(key) ?? []);
    return out;
  }
  lookupSurname(word2, at) {
    const key = endsPossessive(word2) ? word2.replace(POSSESSIVE, "") : word2;
    const list8 = this.holders(key);
    if (!list8 || list8.length === 0) return this.onlyHolderOfPart(key);
    const last = list8.reduce((a, b) => b.lastSpoke > a.lastSpoke ? b : a);
    if (last.lastSpoke >= 0 && at - last.lastSpoke < JUST_NAMED) return last;
    return list8.reduce((a, b) => b.mentions > a.mentions || b.mentions === a.mentions && b.lastSeen > a.lastSeen ? b : a);
  }
  /** The one person whose longer name holds this word, or null when none or several do. */
  onlyHolderOfPart(word2) {
    if (word2.length < 2 || word2.endsWith(".")) return null;
    const list8 = this.byPart.get(word2);
    return list8 && list8.length === 1 ? list8[0] : null;
  }
  /** Indexes the words of a name other than its last ("Lily Eskelsen García": lily, eskelsen). */
  indexParts(person) {
    for (const part of person.parts.slice(0, -1)) {
      const list8 = this.byPart.get(part) ?? [];
      if (!list8.includes(person)) this.byPart.set(part, [...list8, person].slice(-MAX_KEPT));
    }
  }
  /** The one person whose name holds these words in this order ("Eskelsen García", "Dena Minning"), or null. */
  holderOfRun(parts) {
    const list8 = this.byPart.get(parts[0]) ?? [];
    const found = list8.filter((p) => p.parts.length > parts.length && p.parts.some((_, k) => parts.every((w, j) => p.parts[k + j] === w)));
    return found.length === 1 ? found[0] : null;
  }
  notePerson(whole, titles, honorific, at) {
    const name2 = this.c.lex.unspaced ? whole : whole.slice(givenNameStart(whole, this.c));
    const parts = name2.map((t) => endsPossessive(t.text) ? t.text.replace(POSSESSIVE, "").toLowerCase() : t.lower);
    const display = () => name2.map((t) => t.text).join(this.c.lex.unspaced ? "\xB7" : " ").replace(/['’]s$/, "");
    let person = null;
    if (parts.length === 1) person = this.lookupSurname(parts[0], at);
    else {
      const last = parts[parts.length - 1];
      const endings = this.c.lex.caseEndings ?? [];
      const whole2 = parts.join(" ");
      person = this.holders(last).find((p) => p.parts.length === 1 || p.parts.join(" ") === whole2 || sameName(p.parts[0], parts[0], endings)) ?? null;
      if (person && person.parts.length < parts.length) {
        person.name = display();
        person.parts = parts;
        this.indexParts(person);
      }
      if (!person) person = this.holderOfRun(parts);
    }
    if (!person) {
      const gender = parts.length >= 2 && !this.c.lex.unspaced ? genderOfGivenName(parts[0].replace(/\.$/, "")) : null;
      person = { id: this.nextId++, name: display(), parts, titles: /* @__PURE__ */ new Set(), gender, lastSeen: at, lastSpoke: -1, mentions: 0, tag: null, description: null };
      const last = parts[parts.length - 1];
      const holders = this.bySurname.get(last) ?? [];
      if (holders.length === 0) {
        const stem = last.slice(0, 3);
        this.byStem.set(stem, [...this.byStem.get(stem) ?? [], last].slice(-MAX_KEPT));
      }
      this.bySurname.set(last, [...holders, person].slice(-MAX_KEPT));
      this.indexParts(person);
    }
    this.mark(person, at, false);
    if (honorific) {
      const h = honorific.lower.replace(/\.$/, "");
      if (this.c.maleHonorifics.has(h)) person.gender = "m";
      else if (this.c.femaleHonorifics.has(h)) person.gender = "f";
    }
    if (titles.length === 0) return person;
    const titleWords = titles.filter((t) => (t.flags & WORD_STOPWORD) === 0).map((t) => t.lower);
    if (!person.gender) {
      if (titleWords.some((w) => this.c.femaleTitles.has(w))) person.gender = "f";
      else if (titleWords.some((w) => this.c.maleTitles.has(w))) person.gender = "m";
    }
    if (titleWords.some((w) => this.c.titleWords.has(w))) {
      person.titles.add(titleWords.join(" "));
      person.titles.add(titleWords[titleWords.length - 1]);
      const spelled = this.c.lex.titleAbbreviations?.[titleWords[titleWords.length - 1]];
      if (spelled) person.titles.add(spelled);
    }
    return person;
  }
  /** Notes that a person was just referred to with a gendered pronoun. */
  /**
   * The person a cue with no subject refers to (languages that leave the subject out): the one in
   * focus, as for a pronoun of that gender. Null when nobody fits.
   */
  implicitSubject(at, gender, mention) {
    const p = this.lastPerson(at, gender);
    if (!p) return null;
    if (gender && !p.gender) p.gender = gender;
    return this.label({ name: p.name, kind: "person", mention, person: p });
  }
  /** Notes a speaker's gender shown by the form of its cue ("řekla"). */
  /**
   * "Jane Roe said her office…": when a sentence's subject is a person of unknown gender and the
   * rest of the sentence (tokens from `from` on) uses pronouns of one gender only, they are most
   * likely hers or his.
   */
  learnGender(subject, tokens, from) {
    if (!subject.person || subject.person.gender) return;
    let male2 = false;
    let female2 = false;
    for (let i = from; i < tokens.length; i++) {
      const t = tokens[i];
      if (!t.word) continue;
      if ((t.flags & WORD_MALE) !== 0) male2 = true;
      else if ((t.flags & WORD_FEMALE) !== 0) female2 = true;
    }
    if (male2 !== female2) subject.person.gender = male2 ? "m" : "f";
  }
  noteGender(s, gender) {
    if (gender && s.person && !s.person.gender) s.person.gender = gender;
  }
  setGender(p, pronoun) {
    if (p.gender) return;
    if (this.c.male.has(pronoun)) p.gender = "m";
    else if (this.c.female.has(pronoun)) p.gender = "f";
  }
  /**
   * The person a pronoun points to: a reader takes the one who has been speaking lately over
   * someone merely named in passing, and the last one named when nobody has spoken for a while.
   */
  lastPerson(before2, gender) {
    let seen = null;
    let spoke = null;
    for (const p of this.recent) {
      if (p.lastSeen > before2) continue;
      if (gender && p.gender && p.gender !== gender) continue;
      if (!seen || p.lastSeen > seen.lastSeen) seen = p;
      if (p.lastSpoke >= 0 && p.lastSpoke <= before2 && (!spoke || p.lastSpoke > spoke.lastSpoke)) spoke = p;
    }
    if (spoke && before2 - spoke.lastSpoke < SPEAKER_SALIENCE) return spoke;
    return seen;
  }
  /** Records a mention of a person (as a speaker or subject when salient) and keeps it among the recent. */
  mark(p, at, salient) {
    if (at > p.lastSeen || !salient) p.mentions++;
    p.lastSeen = Math.max(p.lastSeen, at);
    if (salient) p.lastSpoke = Math.max(p.lastSpoke, at);
    if (this.newest === p) return;
    this.recent.delete(p);
    this.recent.add(p);
    this.newest = p;
    if (this.recent.size > MAX_RECENT) this.recent.delete(this.recent.values().next().value);
  }
  /** Marks a resolved speaker as just mentioned. */
  touch(s, at) {
    if (s.person) {
      this.mark(s.person, at, true);
    } else if (s.kind === "organization" || s.kind === "anonymous") {
      this.lastGroup = s;
      if (s.kind === "organization" && s.name && s.name.split(/\s+/).length <= 6 && s.name.split(/\s+/).every((w) => /^[\p{Lu}\d]/u.test(w) || (flagsOf(this.c, w.toLowerCase()) & WORD_STOPWORD) !== 0)) {
        this.bodies = this.bodies.filter((b) => b.speaker.name !== s.name);
        this.bodies.push({ speaker: s, at });
        if (this.bodies.length > MAX_KEPT) this.bodies.shift();
      }
    }
  }
  /** "the committee": the last named body within reach whose name holds the head ("House Intelligence Committee"). */
  bodyByHead(words3, at) {
    if (words3.length !== 2 || !this.c.definiteArticles.has(words3[0].lower)) return null;
    const head = words3[1];
    if (head.cap || (head.flags & WORD_ORG_HEAD) === 0) return null;
    for (let k = this.bodies.length - 1; k >= 0; k--) {
      const b = this.bodies[k];
      if (at - b.at > BODY_REACH) break;
      if (b.speaker.name.toLowerCase().split(/\s+/).includes(head.lower)) return b.speaker;
    }
    return null;
  }
  /** Resolves the words that name a source ("he", "the Kremlin spokesman", "Peskov") to a speaker. */
  /** Like resolve, but registers no new person: for asking what a phrase is without committing to it. */
  peek(tokens, at) {
    this.dryRun = true;
    try {
      return this.resolve(tokens, at);
    } finally {
      this.dryRun = false;
    }
  }
  /** Learns how the article describes a person named with an apposition ("Jane Roe, the police chief"). */
  describe(tokens, at) {
    this.resolve(tokens, at);
  }
  resolve(tokens, at) {
    tokens = beforeTime(tokens, this.c);
    const cut = tokens.findIndex((t, i2) => i2 > 0 && (t.text === "," || t.text === "("));
    if (cut < 0) return this.label(this.resolveHead(tokens, at));
    const described = this.describedThenNamed(tokens, cut, at);
    if (described) return described;
    const head = this.resolveHead(tokens.slice(0, cut), at);
    const rest = tokens.slice(cut);
    if (!head.person) {
      const titled2 = tokens.slice(0, cut).some((t) => this.isTitleWord(t)) || head.kind === "unknown";
      const open = rest.findIndex((t) => t.text === "(");
      const close = open >= 0 ? rest.findIndex((t, k) => k > open && t.text === ")") : -1;
      const second = this.resolveHead((open >= 0 ? rest.slice(0, open) : rest).filter((t) => t.word || t.text === "."), at, titled2);
      if (second.person && close > open && close - open <= 6) second.person.tag ??= spanText(rest.slice(open, close + 1));
      return this.label(withMention(second.person ? second : head, spanText(tokens)));
    }
    let i = 0;
    if (rest[0]?.text === "(") {
      const close = rest.findIndex((t) => t.text === ")");
      if (close > 0 && close <= 6) {
        head.person.tag ??= spanText(rest.slice(0, close + 1));
        i = close + 1;
      }
    }
    while (rest[i]?.text === ",") i++;
    let j = rest.length;
    while (j > i && !rest[j - 1].word && rest[j - 1].text !== ")") j--;
    if (rest.slice(i, j).filter((t) => t.word).length > MAX_DESCRIPTION_WORDS) {
      const comma = rest.findIndex((t, k) => k > i && t.text === ",");
      if (comma > 0) j = comma;
    }
    const words3 = rest.slice(i, j).filter((t) => t.word).length;
    if (words3 > 0 && words3 <= MAX_DESCRIPTION_WORDS) head.person.description ??= spanText(rest.slice(i, j));
    return this.label(withMention(head, spanText(tokens)));
  }
  /**
   * "His former business partner at Lenox, Lawrence B. Cummings": a description that opens with a
   * determiner, then the name between commas. The name is the person; the description describes.
   */
  describedThenNamed(tokens, cut, at) {
    const head = tokens.slice(0, cut);
    if (head[0]?.text === "," || !head[0] || (head[0].flags & WORD_DETERMINER) === 0 || !head.some((t) => t.word && !t.cap && (t.flags & WORD_DETERMINER) === 0)) return null;
    let end = cut + 1;
    while (end < tokens.length && (tokens[end].word && (tokens[end].cap || (tokens[end].flags & WORD_PARTICLE) !== 0) || initialDot(tokens, end))) end++;
    if (end - (cut + 1) < 2 || end < tokens.length && tokens[end].text !== ",") return null;
    const named = this.resolveHead(tokens.slice(cut + 1, end), at, true);
    if (!named.person) return null;
    named.person.description ??= spanText(head);
    return this.label(withMention(named, spanText(tokens)));
  }
  label(s) {
    return s.person ? { name: s.person.name, kind: s.kind, mention: s.mention, person: s.person, description: descriptionOf(s.person) } : s;
  }
  /** Resolves a mention without apposition. */
  resolveHead(tokens, at, personHint = false) {
    const words3 = tokens.filter((t) => t.word);
    const mention = spanText(tokens);
    if (words3.length === 0) return { name: null, kind: "unknown", mention };
    const first = words3.length === 1 ? pronounOf(words3[0].lower) : words3[0].lower;
    if (words3.length === 1 && (this.c.male.has(first) || this.c.female.has(first))) {
      const p = this.lastPerson(at, this.c.male.has(first) ? "m" : "f");
      if (!p) return { name: null, kind: "person", mention };
      this.setGender(p, first);
      return { name: p.name, kind: "person", mention, person: p };
    }
    if (words3.length === 1 && (this.c.plural.has(first) || this.c.neuter.has(first))) {
      return this.lastGroup ? withMention(this.lastGroup, mention) : { name: null, kind: "unknown", mention };
    }
    if (words3.length === 2 && (this.c.male.has(first) || this.c.female.has(first)) && !words3[1].cap === (this.c.lex.capitalisedNouns !== true) && !sourceNoun(words3[1].lower, this.c)) {
      const p = this.lastPerson(at, this.c.male.has(first) ? "m" : "f");
      if (p) return { name: p.name, kind: "person", mention, person: p };
    }
    const definite = !this.c.indefinites.has(first);
    const byTitle = definite ? this.byTitle(words3) : null;
    if (byTitle) return { name: byTitle.name, kind: "person", mention, person: byTitle };
    const described = this.byDescription(words3, at);
    if (described) return { name: described.name, kind: "person", mention, person: described };
    const body = this.bodyByHead(words3, at);
    if (body) return withMention(body, mention);
    const anonymous = this.isAnonymous(tokens);
    const role = this.roleOf(words3);
    if (role && !anonymous) return { name: stripDeterminers(tokens, this.c), kind: this.isTitleWord(role) ? "person" : "unknown", mention };
    const names = this.namesIn(tokens, true);
    if (names.length > 0 && names.every((n) => afterPreposition(tokens, n, this.c))) {
      const firstName = tokens.indexOf(names[0].name[0]);
      for (let k = 0; k < firstName - 1; k++) {
        const t = tokens[k], next = tokens[k + 1];
        const body2 = (t.flags & WORD_ORG_HEAD) !== 0, anonymous2 = (t.flags & WORD_ANONYMOUS_HEAD) !== 0;
        if (!t.word || t.cap || !(this.isTitleWord(t) || body2 || anonymous2)) continue;
        if (isPreposition2(next, this.c)) {
          return { name: stripDeterminers(tokens, this.c), kind: anonymous2 ? "anonymous" : body2 ? "organization" : "person", mention };
        }
        break;
      }
    }
    const last = names.length > 1 && afterPreposition(tokens, names[names.length - 1], this.c) ? names.findLast((n) => !afterPreposition(tokens, n, this.c)) ?? names[names.length - 1] : names[names.length - 1];
    if (last?.possessive) {
      const head = words3[words3.length - 1];
      if (head !== last.name[last.name.length - 1]) {
        if (this.isTitleWord(head) || this.c.femaleTitles.has(head.lower) || this.c.maleTitles.has(head.lower)) return { name: stripDeterminers(tokens, this.c), kind: "unknown", mention };
        if ((head.flags & WORD_ORG_HEAD) !== 0) return { name: stripDeterminers(tokens, this.c), kind: "organization", mention };
      }
    }
    if (last && !anonymous) {
      const solo = last.name.length === 1 ? last.name[0] : null;
      if (solo && ACRONYM2.test(solo.text)) return { name: solo.text, kind: "organization", mention };
      if (solo && !last.honorific && !last.titles.some((t) => this.isTitleWord(t))) {
        const known = this.lookupSurname(solo.lower, at);
        if (known) return { name: known.name, kind: "person", mention, person: known };
        const orgish = words3.some((w) => (w.flags & WORD_ORG_HEAD) !== 0);
        if (orgish && !personHint) {
          const k = words3.indexOf(solo);
          const namedBody = k > 0 && !words3[k - 1].cap && (words3[k - 1].flags & WORD_ORG_HEAD) !== 0;
          return { name: namedBody ? solo.text : stripDeterminers(tokens, this.c), kind: "organization", mention };
        }
      }
      if (this.dryRun) {
        const known = this.lookupSurname(last.name[last.name.length - 1].lower, at);
        return known ? { name: known.name, kind: "person", mention, person: known } : { name: spanText(last.name), kind: "person", mention };
      }
      const person = this.notePerson(last.name, last.titles, last.honorific, last.name[0].start);
      return { name: person.name, kind: "person", mention, person };
    }
    const name2 = stripDeterminers(tokens, this.c);
    if (anonymous) return { name: name2, kind: "anonymous", mention };
    if (words3.some((w) => (w.flags & WORD_ORG_HEAD) !== 0) || words3.some((w) => w.cap)) return { name: name2, kind: "organization", mention };
    return { name: name2, kind: "unknown", mention };
  }
  /**
   * "a narrator in the Clinton ad", "a spokesman for Clinton": an unnamed someone whose phrase
   * names somebody else after a preposition. Returns the head noun, or null for any other phrase.
   */
  roleOf(words3) {
    if (this.c.lex.unspaced || (words3[0].flags & WORD_INDEFINITE) === 0) return null;
    let head = null;
    for (let k = 1; k < words3.length; k++) {
      const w = words3[k];
      if (w.cap) return null;
      if ((w.flags & WORD_STOPWORD) !== 0) {
        if (!head || (w.flags & WORD_DETERMINER) !== 0) return null;
        return words3.slice(k + 1).some((x) => x.cap) ? head : null;
      }
      head = w;
    }
    return null;
  }
  /** The person introduced with this title ("the Kremlin spokesman"), when the words are a bare title. */
  byTitle(words3) {
    const head = words3[words3.length - 1];
    if (!head || !this.isTitleWord(head)) return null;
    const content = words3.filter((w) => (w.flags & WORD_STOPWORD) === 0 && (w.flags & WORD_DETERMINER) === 0).map((w) => w.lower);
    const phrase = content.join(" ");
    const introduced = this.mostRecent((p) => p.titles.has(phrase));
    if (introduced) return introduced;
    if (words3.some((w) => w.cap && (w.flags & WORD_STOPWORD) === 0 && !this.isTitleWord(w) && (w.flags & WORD_ORG_HEAD) === 0 && !ACRONYM2.test(w.text))) return null;
    return this.mostRecent((p) => p.titles.has(head.lower));
  }
  /**
   * "“…,” the retired neurosurgeon told…": a definite article, lower-case modifiers and a title
   * word the article never gave anyone is a reader's way back to the person who just spoke, as
   * a pronoun is. Null when nobody spoke within DESCRIBED_REACH characters or the words say more.
   */
  byDescription(words3, at) {
    const head = words3[words3.length - 1];
    if (words3.length < 3 || !this.c.definiteArticles.has(words3[0].lower) || !this.isTitleWord(head)) return null;
    for (let k = 1; k < words3.length - 1; k++) {
      const w = words3[k];
      if (w.cap || (w.flags & (WORD_STOPWORD | WORD_DETERMINER | WORD_INDEFINITE)) !== 0 || this.c.connectives.has(w.lower) || this.c.dateWords.has(w.lower)) return null;
    }
    const gender = this.c.femaleTitles.has(head.lower) ? "f" : this.c.maleTitles.has(head.lower) ? "m" : null;
    const p = this.lastPerson(at, gender);
    return p && p.lastSpoke >= 0 && at - p.lastSpoke <= DESCRIBED_REACH ? p : null;
  }
  /** The most recently seen person that passes the test. */
  mostRecent(test) {
    let best = null;
    for (const p of this.recent) if (test(p) && (!best || p.lastSeen > best.lastSeen)) best = p;
    return best;
  }
  /** An unnamed source: an anonymity marker or an anonymous head noun, and no name with it. */
  isAnonymous(tokens) {
    const words3 = tokens.filter((t) => t.word);
    let modifiers = words3.length - 1;
    while (modifiers >= 0 && (words3[modifiers].flags & WORD_ANONYMOUS_HEAD) !== 0) modifiers--;
    const headAt = modifiers + 1;
    if (headAt < words3.length) while (modifiers >= 0 && words3[modifiers].cap && words3.length - headAt <= 2) modifiers--;
    const named = words3.some(
      (w, k) => (k <= modifiers || headAt >= words3.length) && w.cap && !ACRONYM2.test(w.text) && !this.isTitleWord(w) && (w.flags & WORD_ORG_HEAD) === 0 && (w.flags & WORD_STOPWORD) === 0 && (w.flags & WORD_HONORIFIC) === 0 && phraseAt(this.c.anonymousMarkers, [w], 0) === 0 && (w.flags & WORD_ANONYMOUS_HEAD) === 0
    );
    if (named) return false;
    for (let i = 0; i < words3.length; i++) if (phraseAt(this.c.anonymousMarkers, words3, i) > 0) return true;
    const head = words3[words3.length - 1];
    return head !== void 0 && (head.flags & WORD_ANONYMOUS_HEAD) !== 0;
  }
};
var YEAR2 = /^\d{4}$/;
function beforeTime(tokens, c) {
  let k = -1;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    const prev = tokens[i - 1];
    if (t.word && (c.dateWords.has(t.lower) || YEAR2.test(t.text)) && (prev.text === "," || prev.word && !prev.cap)) {
      k = i;
      break;
    }
  }
  if (k < 0) return tokens;
  let end = k;
  while (end > 0 && (!tokens[end - 1].word || !tokens[end - 1].cap && !sourceNoun(tokens[end - 1].lower, c))) end--;
  return end > 0 && tokens.slice(0, end).some((t) => t.word && (t.flags & WORD_STOPWORD) === 0) ? tokens.slice(0, end) : tokens;
}
function afterPreposition(tokens, n, c) {
  let k = tokens.indexOf(n.name[0]) - 1;
  while (k >= 0 && !tokens[k].word && tokens[k].text === ",") k--;
  const t = tokens[k];
  return t !== void 0 && isPreposition2(t, c);
}
function isPreposition2(t, c) {
  if (!t.word || t.cap) return false;
  return (t.flags & WORD_STOPWORD) !== 0 && (t.flags & WORD_DETERMINER) === 0 || c.locatives.has(t.lower) || c.ofWords.has(t.lower);
}
function withMention(s, mention) {
  return s.person ? { name: s.name, kind: s.kind, mention, person: s.person } : { name: s.name, kind: s.kind, mention };
}
function spanText(tokens) {
  let s = "";
  let prevEnd = -1;
  for (const t of tokens) {
    if (prevEnd >= 0 && t.start > prevEnd) s += " ";
    s += t.text;
    prevEnd = t.end;
  }
  return s;
}
function stripDeterminers(tokens, c) {
  let i = 0;
  while (i < tokens.length && (!tokens[i].word || (tokens[i].flags & WORD_STOPWORD) !== 0 && (!tokens[i].cap || (tokens[i].flags & WORD_DETERMINER) !== 0))) i++;
  let j = tokens.length;
  while (j > i && !tokens[j - 1].word) j--;
  return spanText(tokens.slice(i, j)) || spanText(tokens);
}

// ../hostile21/src/core/lexicon/en.ts
var verb = (stems) => stems.trim().split(/\s*,\s*/);
var en = {
  lang: "en",
  speechVerbs: verb(`
    say, says, said, saying, tell, tells, told, telling, add, adds, added, adding,
    states, stated, stating, claim, claims, claimed, claiming, allege, alleges, alleged, alleging,
    report, reports, reported, reporting, write, writes, wrote, written, writing,
    note, notes, noted, noting, argue, argues, argued, arguing, warn, warns, warned, warning,
    stress, stresses, stressed, stressing, emphasize, emphasizes, emphasized, emphasizing,
    emphasise, emphasises, emphasised, emphasising, underline, underlines, underlined, underlining,
    explain, explains, explained, explaining, insist, insists, insisted, insisting,
    admit, admits, admitted, admitting, acknowledge, acknowledges, acknowledged, acknowledging,
    announce, announces, announced, announcing, declare, declares, declared, declaring,
    suggest, suggests, suggested, suggesting, predict, predicts, predicted, predicting,
    contend, contends, contended, contending, assert, asserts, asserted, asserting,
    maintain, maintains, maintained, maintaining, testify, testifies, testified, testifying,
    tweet, tweets, tweeted, tweeting, post, posts, posted, posting, confirm, confirms, confirmed, confirming,
    deny, denies, denied, denying, respond, responds, responded, responding, reply, replies, replied, replying,
    reveal, reveals, revealed, revealing, estimate, estimates, estimated, estimating,
    conclude, concludes, concluded, concluding, recall, recalls, recalled, recalling,
    observe, observes, observed, observing, remark, remarks, remarked, remarking,
    complain, complains, complained, complaining, concede, concedes, conceded, conceding,
    counter, counters, countered, countering, retort, retorts, retorted, boast, boasts, boasted,
    quip, quips, quipped, comment, comments, commented, commenting, mention, mentions, mentioned, mentioning, speculate, speculates, speculated, speculating,
    accuse, accuses, accused, accusing, charge, charges, charged, promise, promises, promised, promising,
    vow, vows, vowed, vowing, ask, asks, asked, asking, wonder, wonders, wondered, wondering,
    point out, points out, pointed out, pointing out, went on, goes on, go on, continued, continues,
    signal, signals, signalled, signaled, signalling, signaling, indicate, indicates, indicated, indicating,
    disclose, discloses, disclosed, disclosing, propose, proposes, proposed, proposing,
    urge, urges, urged, urging, cite, cites, cited, citing, repeat, repeats, repeated, repeating,
    describe, describes, described, describing, call, calls, called, calling, joke, jokes, joked, joking,
    recount, recounts, recounted, recounting, shout, shouts, shouted, shouting, reiterate, reiterates, reiterated,
    agree, agrees, agreed, agreeing, believe, believes, believed, believing, think, thinks, thought,
    find, finds, found, show, shows, showed, shown, hold, holds, held, put it, puts it, read, reads,
    announced, assure, assures, assured, assuring, caution, cautions, cautioned, cautioning,
    lament, laments, lamented, lamenting, acknowledged, conclude, surmise, surmised, muse, mused, muses,
    whisper, whispered, sigh, sighed, exclaim, exclaimed, sing, sings, sang, singing, chant, chants, chanted, chanting, demand, demands, demanded, demanding,
    proclaim, proclaims, proclaimed, proclaiming, hail, hails, hailed, hailing, reference, references, referenced, referencing,
    instruct, instructs, instructed, instructing, recall, insist, summarize, summarized, summed up,
    be quoted as saying, was quoted as saying, were quoted as saying, told reporters, told journalists
  `),
  weakCues: verb(`call, calls, called, calling, describe, describes, described, describing, find, finds, found,
    hold, holds, held, believe, believes, believed, think, thinks, thought, read, reads,
    ask, asks, asked, asking, wonder, wonders, wondered, cite, cites, cited, citing, agree, agrees, agreed,
    demand, demands, demanded, demanding, hail, hails, hailed, hailing`),
  bareComplementVerbs: verb(`say, says, said, claim, claims, claimed, insist, insists, insisted, argue, argues, argued,
    believe, believes, believed, think, thinks, thought, suggest, suggests, suggested, add, adds, added,
    acknowledge, acknowledges, acknowledged, admit, admits, admitted, predict, predicts, predicted, estimate, estimates, estimated,
    signal, signals, signalled, signaled, announce, announces, announced, confirm, confirms, confirmed,
    saying, adding, claiming, insisting, arguing, suggesting, acknowledging, admitting, predicting,
    tell, tells, told, telling, write, writes, wrote, concede, concedes, conceded, conceding,
    contend, contends, contended, contending, assert, asserts, asserted, asserting, assure, assures, assured, assuring,
    testify, testifies, testified, reiterate, reiterates, reiterated, speculate, speculates, speculated, allege, alleges, alleged,
    note, notes, noted, mention, mentions, mentioned, show, shows, showed`),
  accordingTo: ["according to", "in the words of", "as reported by", "quoting", "citing"],
  claimNouns: verb(`allegation, allegations, claim, claims, report, reports, assertion, assertions, statement,
    statements, warning, warnings, suggestion, suggestions, accusation, accusations, charge, charges, rumours,
    rumors, speculation, insistence, argument, arguments, admission, announcement, prediction, predictions,
    assurance, assurances, testimony, estimate, estimates, finding, findings`),
  complementizers: ["that"],
  pronouns: {
    male: ["he", "him", "his", "himself"],
    female: ["she", "her", "hers", "herself"],
    plural: ["they", "them", "their", "themselves", "we"],
    neuter: ["it", "its", "itself"],
    relative: ["who", "whom", "whose", "which", "that"]
  },
  titles: verb(`president, vice president, prime minister, minister, secretary, spokesman, spokeswoman, spokesperson,
    representative, rep., reps., sen., sens., senators, senator, gov., governor, mayor, chancellor, chairman, chairwoman, chair, director,
    chief, executive, ceo, cfo, head, leader, aide, adviser, advisor, ambassador, envoy, official, officer,
    commissioner, attorney, lawyer, general, gen., colonel, col., captain, capt., lt., lieutenant, sergeant, sgt.,
    judge, justice, professor, prof., economist, analyst, researcher, scientist, author, editor, reporter,
    correspondent, columnist, founder, co-founder, owner, manager, coach, player, striker, king, queen, prince,
    princess, pope, bishop, rev., reverend, dr., candidate, nominee, congressman, congresswoman, lawmaker,
    legislator, del., delegate, atty., supt., cmdr., adm., maj., deputy, assistant, press secretary, counsel, prosecutor, sheriff, commander, admiral, member,
    speaker, whip, delegate, diplomat, strategist, pollster, consultant, activist, campaigner, organizer,
    organiser, expert, specialist, doctor, physician, surgeon, nurse, teacher, student, resident, witness,
    victim, survivor, lecturer, fellow, scholar, historian, novelist, writer, artist, actor, actress, singer,
    musician, director-general, secretary-general, under-secretary, undersecretary, attorney general,
    first deputy, permanent representative, foreign minister, defence minister, defense secretary,
    managing director, vice chairman, deputy director, associate professor, astronaut, engineer, chemist,
    physicist, biologist, mathematician, psychologist, sociologist, epidemiologist, veteran, father, mother,
    son, daughter, wife, husband, brother, sister, friend, neighbor, neighbour, colleague, partner, critic, supporter,
    opponent, rival, ally, challenger, incumbent, host, anchor, commentator, blogger, spokespeople, tycoon, mogul,
    magnate, billionaire, millionaire, neurosurgeon, entrepreneur, businessman, businesswoman`),
  honorifics: ["mr.", "mrs.", "ms.", "miss", "dr.", "prof.", "sir", "dame", "lord", "lady", "mr", "mrs", "ms", "dr"],
  abbreviations: verb(`mr., mrs., ms., dr., prof., sr., jr., st., gen., col., lt., capt., sgt., rep., reps., sen., sens., gov.,
    rev., hon., del., atty., supt., cmdr., adm., maj., pres., sec., u.s., u.k., u.n., e.u., inc., ltd., co., corp., no., vs., etc., jan., feb., mar., apr., aug., sept.,
    sep., oct., nov., dec., a.m., p.m., d.c., e.g., i.e., approx., est., dept., univ., mt., ft., st., ave., blvd.,
    sens., reps., ala., ariz., ark., calif., colo., conn., fla., ga., ill., kan., ky., md., mass., mich., minn., neb.,
    nev., okla., ore., tenn., tex., va., vt., wis., wyo.`),
  anonymous: {
    markers: verb(`unnamed, anonymous, unidentified, undisclosed, sources, source, insiders, insider,
      familiar with, close to, speaking on condition of anonymity, who asked not to be named, who declined to be named,
      not authorized, not authorised, a person, people, one official, some officials, several officials, an official,
      a senior official, a spokesman, a spokeswoman, a spokesperson, critics, observers, analysts, experts, some,
      many, others`),
    heads: verb(`source, sources, official, officials, insider, insiders, person, people, aide, aides, diplomat,
      diplomats, critics, observers, analysts, experts, spokesman, spokeswoman, spokesperson, someone, witnesses,
      residents, lawmakers, legislators, voters, economists, investigators, protesters, protestors, activists, supporters,
      opponents, advocates, organizers, organisers, doctors, teachers, students, parents, workers, employees, officers,
      staffers, aides, allies, advisers, advisors, strategists, pollsters, scholars, historians, neighbors, neighbours,
      relatives, friends, colleagues, participants, attendees, executives, managers, leaders, members, veterans, fans,
      man, men, woman, women, crowd, narrator, businessman, businesswoman, lawyer, lawyers, attorney, attorneys, user,
      users, staffer, moderator, audience, guy, star, host, anchor, reporter, reporters, journalist, journalists,
      author, authors, writer, writers, candidate, candidates, caller, callers, viewer, viewers, reader, readers,
      resident, voter, expert, analyst, critic, supporter, opponent, police, prosecutor, prosecutors, friend, mother,
      father, wife, husband, son, daughter, brother, sister, family, neighbor, neighbour, colleague, teacher, student,
      doctor, doctors, nurse, nurses, patient, patients, victim, victims, witness, survivor, survivors, customer,
      customers, employee, worker, farmer, farmers, owner, owners, boss, coach, player, players, scientist, scientists,
      researcher, researchers, official, observer, insider, consultant, consultants, donor, donors, delegate,
      delegates, representative, representatives, commentator, commentators, pundit, pundits, citizen, citizens,
      audience members, spectators, demonstrators, marchers, mourners, passengers, soldiers, troops, officers, agents,
      judges, jurors, senators, governors, mayors, ministers, presidents, campaigns, polls, surveys, boy, girl, boys, girls, teenager, teenagers, child, children, kid, kids`)
  },
  organizationHeads: verb(`media, press, ministry, department, agency, government, administration, office, commission,
    committee, council, parliament, congress, senate, house, court, police, army, military, forces, party, campaign,
    company, firm, bank, group, groups, opposition, coalition, alliance, organization, organisation, association, union, institute, institution, university,
    foundation, center, centre, board, authority, authorities, service, network, newspaper, agency, outlet, outlets,
    channel, broadcaster, magazine, journal, times, post, news, embassy, team, club,
    league, federation, corporation, inc., ltd., study, survey, poll, report, researchers, scientists, team,
    statement, website, site, blog, images, photo, photos, pictures, state, states, republic, kingdom, city, county,
    province, island, islands, valley, street, avenue, road, square, park, hospital, school, college, airport, station, tribunal, prosecutors, regulator, regulators, fund, charity, lab, laboratory`),
  stopwords: verb(`the, a, an, and, or, but, if, then, so, as, at, by, for, from, in, into, of, on, onto, to, with,
    without, this, that, these, those, it, its, he, she, they, we, you, i, his, her, their, our, your, my, there, here,
    when, while, after, before, since, until, because, although, though, however, meanwhile, also, still, yet, even,
    just, only, not, no, yes, last, next, on, in, some, many, most, all, any, each, every, both, such, what, which,
    who, whom, whose, where, why, how, mr, mrs, ms, separately, later, earlier, today, yesterday, tomorrow, now,
    monday, tuesday, wednesday, thursday, friday, saturday, sunday, january, february, march, april, may, june,
    july, august, september, october, november, december, according, speaking, asked, in addition, instead,
    during, despite, amid, among, throughout, within, across, against, toward, towards, upon, via, over, under,
    through, between, beyond, near, about, around, following, unlike, like`),
  clauseBreaks: verb(`who, whom, whose, which, that, where, when, while, as, after, before, because, if, and, but,
    said, says, told, for his part, for her part, for their part, in turn, meanwhile, however, though`),
  relayVerbs: verb(`focused on, focuses on, focusing on, called for, calls for, calling for, referred to, refers to,
    referring to, spoke of, spoke about, speaks of, talked about, talks about, talking about, tweeting about,
    warned against, warned of, warns of, railed against, rails against, criticized, criticised, praised, slammed,
    blasted, blasts, lambasted, lambastes,
    dismissed, rejected, decried, denounced, condemned, hailed, lauded, welcomed, described, dubbed, branded, labelled,
    labeled, termed, characterized, characterised, promised, vowed, pledged, urged, encouraged, encourages, accused`),
  verbModifiers: verb(`has, have, had, is, was, were, are, be, been, will, would, could, can, may, might, should,
    shall, must, did, does, do, also, later, then, often, again, recently, previously, first, once, still, further,
    already, repeatedly, publicly, privately, reportedly, allegedly, simply, just, never, not, always, even, too,
    yesterday, today, tonight, separately, earlier, quickly, flatly, openly, bluntly, angrily, proudly, firmly,
    now, finally, frequently, initially, originally, subsequently, immediately, apparently, long, since, privately,
    didn't, didn\u2019t, doesn't, doesn\u2019t, don't, don\u2019t, hasn't, hasn\u2019t, haven't, haven\u2019t, hadn't, hadn\u2019t, wasn't, wasn\u2019t,
    weren't, weren\u2019t, isn't, isn\u2019t, won't, won\u2019t, wouldn't, wouldn\u2019t, couldn't, couldn\u2019t, can't, can\u2019t`),
  parentheticals: verb(`for his part, for her part, for their part, for its part, in turn, however, meanwhile, too, also,
    in response, in a statement, in an interview, on monday, on tuesday, on wednesday, on thursday, on friday,
    on saturday, on sunday, last week, this week, on the other hand, in fact, of course, instead, too, though`),
  nameParticles: ["de", "da", "di", "do", "dos", "das", "del", "della", "der", "den", "van", "von", "bin", "ibn", "al", "el", "le", "la", "du", "y", "ter", "ten", "zu"],
  asWords: ["as"],
  affiliation: ["of"],
  titleCues: ["titled", "entitled", "headlined", "headline"],
  quoteOnlyCues: verb("instruct, instructs, instructed, instructing, hail, hails, hailed, hailing, demand, demands, demanded, demanding, sing, sings, sang, singing, chant, chants, chanted, chanting"),
  namingVerbs: verb(`call, calls, called, calling, hail, hails, hailed, hailing, dub, dubs, dubbed, brand, brands, branded, label, labels, labelled, labeled,
    nickname, nicknames, nicknamed, term, terms, termed, describe, describes, described, deride, derides, derided, mock, mocked`),
  participleEndings: ["ing"],
  finiteVerbEndings: ["ed", "es"],
  adverbEndings: ["ly"],
  genderedTitles: {
    female: verb(`spokeswoman, chairwoman, congresswoman, councilwoman, businesswoman, actress, queen, princess, duchess,
      mother, daughter, wife, sister, grandmother, aunt, niece, girlfriend, widow, mrs., ms., miss, dame, lady, sister-in-law`),
    male: verb(`spokesman, chairman, congressman, councilman, businessman, actor, king, prince, duke, father, son, husband,
      brother, grandfather, uncle, nephew, boyfriend, widower, mr., sir, lord, brother-in-law`)
  },
  determiners: verb(`the, a, an, his, her, its, their, our, my, your, this, these, those, such, new, many, several,
    some, any, no, every, each, recent, latest, earlier, previous, repeated, unsubstantiated, unfounded, false`),
  indefinites: ["a", "an", "one", "another", "some", "several", "many", "two", "three", "more", "most", "few", "dozens", "hundreds", "thousands", "millions"],
  quotes: [["\u201C", "\u201D"], ["\u2018", "\u2019"]],
  addresseeVerbs: verb(`tell, tells, told, telling, assure, assures, assured, assuring, remind, reminds, reminded,
    reminding, inform, informs, informed, informing, convince, convinced, advise, advised, advises`),
  notClauseStart: verb(`of, to, in, on, at, for, from, by, with, without, about, into, onto, over, under, through,
    during, against, toward, towards, upon, among, between, via, per, than, like, as, and, or, but, nor, so, yet,
    him, them, me, us, nothing, something, anything, everything, little, much, more, less, goodbye, hello, thanks,
    sorry, yes, okay, ok, also, not, only, just, repeatedly, again, instead, otherwise, later, afterward,
    afterwards, recently, then, previously, earlier, publicly, privately, simply, directly, exactly, such,
    after, before, when, while, since, until, upon, despite, amid, following, throughout, outside, inside, behind,
    up, down, off, out, away`),
  conjunctions: ["and", "but", "or", "so", "yet", "nor"],
  evidenceCues: ["cite", "cites", "cited", "citing"],
  accusationVerbs: verb(`accuse, accuses, accused, accusing, charge, charges, charged, charging`),
  accusationLinks: ["of", "with"],
  contentEnders: ["although", "though", "whereas", "but"],
  cueBlockers: ["worth", "without", "having"],
  freeRelatives: ["what", "how", "whatever", "everything", "anything", "nothing", "why", "where"],
  nounLikeCues: verb(`state, states, show, shows, note, notes, post, posts, tweet, tweets, report, reports, claim, claims,
    charge, charges, estimate, estimates, counter, remark, remarks, signal, signals, call, calls, read, reads,
    promise, promises, vow, vows, joke, jokes, quip, quips, find, finds, hold, holds, comment, comments`),
  cueAdjuncts: [
    ...verb(`monday, tuesday, wednesday, thursday, friday, saturday, sunday, today, yesterday, tonight, recently,
      this week, last week, this month, last month, this year, last year, earlier this week, earlier this month,
      earlier this year, in a statement, in a written statement, in a statement released, in an interview, in interviews,
      in a letter, in a tweet, in a post, in a speech, in a memo, in a report, in an email, in a press release,
      on twitter, on facebook, on television, at a rally, at a news conference, at a press conference, at a briefing,
      at a hearing, at an event, at the time, at the event, on the call, on a conference call, in court, in a filing,
      privately, publicly, repeatedly, again, also, previously, earlier, later, often, then, now, this morning,
      this afternoon, this evening, last night, late last week, on the campaign trail, in recent days, in recent weeks,
      in recent months, in recent years, in the past, for years, at the time, by phone, by telephone, by email`),
    ...["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"].flatMap((d) => [`on ${d}`, `${d} morning`, `${d} afternoon`, `${d} evening`, `${d} night`, `late ${d}`, `early ${d}`, `last ${d}`, `on ${d} morning`, `on ${d} night`, `on ${d} afternoon`, `on ${d} evening`])
  ],
  dateWords: verb(`january, february, march, april, may, june, july, august, september, october, november, december, jan, feb, mar, apr, jun, jul, aug, sep, sept, oct, nov, dec, monday, tuesday, wednesday, thursday, friday, saturday, sunday, today, yesterday, tomorrow, tonight, morning, afternoon, evening, night, week, weekend, month, year, day, days, weeks, months, years, hour, hours, minutes, noon, midnight, am, pm, a.m., p.m., century, decade, spring, summer, autumn, fall, winter, earlier, later, last, ago`),
  pageStrings: verb(`play video, watch video, read more, advertisement, share, share this, share this article, click here, subscribe, sign up, log in, related, more, video, photo, image, caption, close, menu, skip to content, listen, watch`),
  locatives: verb(`in, from, across, throughout`),
  documentHeads: verb(`clip, clips, spot, spots, commercial, report, reports, statement, statements, study, studies, survey, surveys, poll, polls, letter, memo, filing, complaint, lawsuit, indictment, document, documents, ruling, decision, order, release, press release, website, ad, ads, advertisement, email, tweet, post, analysis, review, audit, paper, book, article, editorial, column, transcript, data, figures, records, footage, video, release, announcement, communique, resolution, bill, law, constitution, guidelines, study, research, findings, investigation, inquiry, testimony, petition, platform, manifesto, campaign, suit, suits, piece, passage, cable, cables, results, summary, excerpt, excerpts, brief, motion, message, messages, sign, signs, banner, movie, film, documentary, page`),
  connectives: verb(`meanwhile, however, although, though, moreover, furthermore, nevertheless, nonetheless, instead, still, also, thus, therefore, hence, indeed, besides, otherwise, anyway, yet, so, then, now, here, there, perhaps, maybe, finally, first, second, third, lastly, again, even, already, only, just, once, too, separately, similarly, likewise, additionally, consequently, accordingly, overall, ultimately, initially, eventually, recently, currently, previously, later, earlier, soon, afterwards, afterward, elsewhere, outside, inside, how, what, why, where, when, which, while, whether, if, unless, because, since, after, before, until, despite`),
  personEndings: ["er", "ers", "or", "ors", "ist", "ists", "ian", "ians", "man", "men", "woman", "women", "ant", "ants"],
  firstPerson: ["i", "me", "myself"],
  bylinePrefixes: ["by", "from"],
  objectPronouns: ["me", "us", "you"],
  definiteArticles: ["the"],
  ofWords: ["of"],
  reflexiveEndings: ["self", "selves"],
  possessivePronouns: ["their"],
  neuterSubjects: ["it"],
  nounPhraseLinks: ["the", "a", "an", "of", "those", "these"],
  nameModifiers: verb(`democrat, democrats, democratic, republican, republicans, gop, independent, libertarian, labour, tory,
    conservative, liberal, progressive, socialist, green, centrist, incumbent, former, then, late`),
  titleAbbreviations: {
    "sen.": "senator",
    "sens.": "senator",
    "rep.": "representative",
    "reps.": "representative",
    "gov.": "governor",
    "gen.": "general",
    "col.": "colonel",
    "capt.": "captain",
    "lt.": "lieutenant",
    "sgt.": "sergeant",
    "prof.": "professor",
    "rev.": "reverend",
    "atty.": "attorney",
    "supt.": "superintendent",
    "cmdr.": "commander",
    "adm.": "admiral",
    "maj.": "major",
    "del.": "delegate"
  },
  honorificGender: { male: ["mr", "sir", "lord"], female: ["mrs", "ms", "miss", "dame", "lady"] }
};

// ../hostile21/src/core/lexicon/fr.ts
var list = (s) => s.trim().split(/\s*,\s*/).filter(Boolean).map((w) => w.replace(/\s+/g, " "));
var AUX = ["a", "ont", "avait", "avaient", "aurait", "auraient", "a-t-il", "a-t-elle", "a-t-on", "ont-ils", "ont-elles", "avait-il", "avait-elle"];
var ENCLITIC = ["il", "elle", "ils", "elles", "on"];
function verb2(sg, pl, imperfect, past3, participle) {
  const out = [sg, pl, imperfect, imperfect.replace(/ait$/, "aient"), past3, participle];
  for (const aux of AUX) out.push(`${aux} ${participle}`);
  const t = (form) => /[aeé]$/.test(form) ? "-t-" : "-";
  for (const p of ENCLITIC) {
    if (p.endsWith("s")) out.push(`${pl}-${p}`);
    else out.push(`${sg}${t(sg)}${p}`, `${past3}${t(past3)}${p}`, `${imperfect}-${p}`);
  }
  return out;
}
var er = (stem, soft = stem) => verb2(`${stem}e`, `${stem}ent`, `${soft}ait`, `${soft}a`, `${stem}\xE9`);
var SPEECH = [
  ...er("d\xE9clar"),
  ...er("ajout"),
  ...er("affirm"),
  ...er("estim"),
  ...er("expliqu"),
  ...er("soulign"),
  ...er("indiqu"),
  ...er("pr\xE9cis"),
  ...er("assur"),
  ...er("insist"),
  ...er("confi"),
  ...er("racont"),
  ...er("not"),
  ...er("observ"),
  ...er("comment"),
  ...er("t\xE9moign"),
  ...er("d\xE9nonc", "d\xE9non\xE7"),
  ...er("annonc", "annon\xE7"),
  ...er("confirm"),
  ...er("regrett"),
  ...er("avanc", "avan\xE7"),
  ...er("lanc", "lan\xE7"),
  ...er("r\xE9sum"),
  ...er("d\xE9taill"),
  ...er("analys"),
  ...er("plaid"),
  ...er("alert"),
  ...er("r\xE9pliqu"),
  ...er("r\xE9torqu"),
  ...er("nuanc", "nuan\xE7"),
  ...er("demand"),
  ...er("rapport"),
  ...er("signal"),
  ...er("tweet"),
  ...er("publi"),
  ...er("jug", "juge"),
  ...er("avou"),
  ...er("accus"),
  ...er("insist"),
  ...er("ironis"),
  ...er("argument"),
  ...er("fustig"),
  ...er("tranch", "tranch"),
  ...er("l\xE2ch"),
  ...er("pens"),
  ...er("explicit"),
  ...er("\xE9voqu"),
  ...er("mentionn"),
  ...er("raill"),
  ...er("protest"),
  ...er("r\xE9clam"),
  ...er("exig", "exige"),
  ...er("certifi"),
  ...er("jur"),
  ...er("cri"),
  ...er("souffl"),
  ...er("murmur"),
  ...er("interrog", "interroge"),
  ...er("constat"),
  ...verb2("rappelle", "rappellent", "rappelait", "rappela", "rappel\xE9"),
  ...verb2("mart\xE8le", "mart\xE8lent", "martelait", "martela", "martel\xE9"),
  ...verb2("consid\xE8re", "consid\xE8rent", "consid\xE9rait", "consid\xE9ra", "consid\xE9r\xE9"),
  ...verb2("r\xE9v\xE8le", "r\xE9v\xE8lent", "r\xE9v\xE9lait", "r\xE9v\xE9la", "r\xE9v\xE9l\xE9"),
  ...verb2("r\xE9p\xE8te", "r\xE9p\xE8tent", "r\xE9p\xE9tait", "r\xE9p\xE9ta", "r\xE9p\xE9t\xE9"),
  ...verb2("sugg\xE8re", "sugg\xE8rent", "sugg\xE9rait", "sugg\xE9ra", "sugg\xE9r\xE9"),
  ...verb2("ass\xE8ne", "ass\xE8nent", "ass\xE9nait", "ass\xE9na", "ass\xE9n\xE9"),
  ...verb2("s\u2019exclame", "s\u2019exclament", "s\u2019exclamait", "s\u2019exclama", "exclam\xE9"),
  ...verb2("dit", "disent", "disait", "dit", "dit"),
  ...verb2("\xE9crit", "\xE9crivent", "\xE9crivait", "\xE9crivit", "\xE9crit"),
  ...verb2("admet", "admettent", "admettait", "admit", "admis"),
  ...verb2("reconna\xEEt", "reconnaissent", "reconnaissait", "reconnut", "reconnu"),
  ...verb2("reconnait", "reconnaissent", "reconnaissait", "reconnut", "reconnu"),
  ...verb2("soutient", "soutiennent", "soutenait", "soutint", "soutenu"),
  ...verb2("pr\xE9vient", "pr\xE9viennent", "pr\xE9venait", "pr\xE9vint", "pr\xE9venu"),
  ...verb2("r\xE9pond", "r\xE9pondent", "r\xE9pondait", "r\xE9pondit", "r\xE9pondu"),
  ...verb2("poursuit", "poursuivent", "poursuivait", "poursuivit", "poursuivi"),
  ...verb2("avertit", "avertissent", "avertissait", "avertit", "averti"),
  ...verb2("d\xE9ment", "d\xE9mentent", "d\xE9mentait", "d\xE9mentit", "d\xE9menti"),
  ...verb2("promet", "promettent", "promettait", "promit", "promis"),
  ...verb2("conclut", "concluent", "concluait", "conclut", "conclu"),
  ...verb2("croit", "croient", "croyait", "crut", "cru"),
  ...verb2("pr\xE9dit", "pr\xE9disent", "pr\xE9disait", "pr\xE9dit", "pr\xE9dit"),
  ...verb2("maintient", "maintiennent", "maintenait", "maintint", "maintenu"),
  ...verb2("rel\xE8ve", "rel\xE8vent", "relevait", "releva", "relev\xE9"),
  ...verb2("r\xE9sume", "r\xE9sument", "r\xE9sumait", "r\xE9suma", "r\xE9sum\xE9"),
  ...verb2("reprend", "reprennent", "reprenait", "reprit", "repris"),
  ...verb2("s\u2019insurge", "s\u2019insurgent", "s\u2019insurgeait", "s\u2019insurgea", "insurg\xE9"),
  ...verb2("s\u2019inqui\xE8te", "s\u2019inqui\xE8tent", "s\u2019inqui\xE9tait", "s\u2019inqui\xE9ta", "inqui\xE9t\xE9"),
  ...verb2("se f\xE9licite", "se f\xE9licitent", "se f\xE9licitait", "se f\xE9licita", "f\xE9licit\xE9"),
  ...verb2("se r\xE9jouit", "se r\xE9jouissent", "se r\xE9jouissait", "se r\xE9jouit", "r\xE9joui"),
  ...verb2("se d\xE9fend", "se d\xE9fendent", "se d\xE9fendait", "se d\xE9fendit", "d\xE9fendu"),
  ...verb2("s\u2019interroge", "s\u2019interrogent", "s\u2019interrogeait", "s\u2019interrogea", "interrog\xE9"),
  "s\u2019est exclam\xE9",
  "s\u2019est exclam\xE9e",
  "s\u2019est f\xE9licit\xE9",
  "s\u2019est f\xE9licit\xE9e",
  "s\u2019est inqui\xE9t\xE9",
  "s\u2019est inqui\xE9t\xE9e",
  "s\u2019est d\xE9fendu",
  "s\u2019est d\xE9fendue",
  "s\u2019est insurg\xE9",
  "s\u2019est insurg\xE9e",
  "s\u2019est interrog\xE9",
  "s\u2019est interrog\xE9e",
  "s'est exclam\xE9",
  "s'est f\xE9licit\xE9",
  "s'est inqui\xE9t\xE9",
  "s'est d\xE9fendu",
  "s'est insurg\xE9",
  "fait savoir",
  "a fait savoir",
  "ont fait savoir",
  "fait valoir",
  "a fait valoir",
  "ont fait valoir",
  "met en garde",
  "a mis en garde",
  "ont mis en garde",
  "fait remarquer",
  "a fait remarquer",
  "fait observer",
  "a fait observer",
  "a assur\xE9",
  "a dit",
  "ont dit"
];
var clitics = (suffix) => [...new Set(SPEECH.flatMap((f) => f.split(" ")).filter((w) => suffix.test(w)))];
var fr = {
  lang: "fr",
  speechVerbs: [...new Set(SPEECH)],
  weakCues: list(`pense, pensent, pens\xE9, a pens\xE9, croit, croient, cru, a cru, juge, jugent, jug\xE9, a jug\xE9, demande, demandent,
    demand\xE9, a demand\xE9, consid\xE8re, consid\xE8rent, consid\xE9r\xE9, a consid\xE9r\xE9, \xE9voque, \xE9voquent, \xE9voqu\xE9, a \xE9voqu\xE9, interroge, interrog\xE9,
    accuse, accusent, accus\xE9, a accus\xE9, constate, constat\xE9, a constat\xE9`),
  bareComplementVerbs: list(`dit, disent, d\xE9clare, affirme, affirment, estime, estiment, assure, assurent, juge, pense, croit,
    explique, souligne, indique, pr\xE9cise, ajoute, reconna\xEEt, admet, soutient, pr\xE9vient, rappelle, insiste, annonce, confirme`),
  accordingTo: list(`selon, d\u2019apr\xE8s, d'apr\xE8s, aux dires de, \xE0 en croire, citant, de source, cit\xE9 par, cit\xE9e par, cit\xE9s par,
    comme l\u2019a dit, comme l\u2019a rappel\xE9, comme l\u2019a soulign\xE9`),
  claimNouns: list(`affirmation, affirmations, accusation, accusations, all\xE9gation, all\xE9gations, d\xE9claration, d\xE9clarations,
    annonce, id\xE9e, rumeur, rumeurs, hypoth\xE8se, crainte, craintes, assurance, assurances, promesse, promesses, avertissement,
    argument, arguments, aveu, aveux, conviction, estimation, estimations, pr\xE9diction, pr\xE9dictions, th\xE8se, soup\xE7ons`),
  complementizers: list(`que, qu\u2019il, qu\u2019elle, qu\u2019ils, qu\u2019elles, qu\u2019on, qu\u2019un, qu\u2019une, qu\u2019en, qu\u2019au, qu\u2019aux, qu\u2019\xE0, qu\u2019\xE0,
    qu'il, qu'elle, qu'ils, qu'elles, qu'on, qu'un, qu'une, qu'en, qu'au, qu'\xE0`),
  pronouns: {
    male: ["il", "lui", "lui-m\xEAme", "celui-ci", ...clitics(/-il$/)],
    female: ["elle", "elle-m\xEAme", "celle-ci", ...clitics(/-elle$/)],
    plural: ["ils", "elles", "eux", "nous", "leur", "leurs", "ceux-ci", "celles-ci", ...clitics(/-(ils|elles)$/)],
    neuter: ["cela", "\xE7a", "ceci", "on"],
    relative: ["qui", "que", "dont", "lequel", "laquelle", "lesquels", "lesquelles"]
  },
  titles: list(`pr\xE9sident, pr\xE9sidente, vice-pr\xE9sident, vice-pr\xE9sidente, premier ministre, premi\xE8re ministre, ministre, secr\xE9taire,
    secr\xE9taire d\u2019\xE9tat, secr\xE9taire g\xE9n\xE9ral, secr\xE9taire g\xE9n\xE9rale, porte-parole, d\xE9put\xE9, d\xE9put\xE9e, s\xE9nateur, s\xE9natrice, maire,
    adjoint, adjointe, conseiller, conseill\xE8re, directeur, directrice, directeur g\xE9n\xE9ral, directrice g\xE9n\xE9rale, chef, cheffe,
    patron, patronne, responsable, dirigeant, dirigeante, pr\xE9sident-directeur g\xE9n\xE9ral, pdg, fondateur, fondatrice, cofondateur,
    ambassadeur, ambassadrice, diplomate, envoy\xE9, envoy\xE9e, d\xE9l\xE9gu\xE9, d\xE9l\xE9gu\xE9e, repr\xE9sentant, repr\xE9sentante, commissaire, pr\xE9fet,
    pr\xE9f\xE8te, procureur, procureure, juge, avocat, avocate, magistrat, magistrate, g\xE9n\xE9ral, g\xE9n\xE9rale, colonel, capitaine,
    commandant, lieutenant, amiral, chancelier, chanceli\xE8re, roi, reine, prince, princesse, pape, \xE9v\xEAque, archev\xEAque, cur\xE9,
    candidat, candidate, \xE9lu, \xE9lue, militant, militante, syndicaliste, professeur, professeure, enseignant, enseignante,
    chercheur, chercheuse, scientifique, \xE9conomiste, analyste, expert, experte, sp\xE9cialiste, politologue, sociologue, historien,
    historienne, philosophe, m\xE9decin, docteur, infirmier, infirmi\xE8re, chirurgien, chirurgienne, \xE9pid\xE9miologiste, \xE9crivain,
    \xE9crivaine, auteur, autrice, romancier, romanci\xE8re, journaliste, \xE9ditorialiste, chroniqueur, chroniqueuse, r\xE9dacteur,
    r\xE9dactrice, correspondant, correspondante, entra\xEEneur, entra\xEEneuse, s\xE9lectionneur, joueur, joueuse, attaquant, attaquante,
    milieu, d\xE9fenseur, gardien, capitaine, manager, coach, athl\xE8te, champion, championne, t\xE9moin, victime, survivant, survivante,
    habitant, habitante, \xE9tudiant, \xE9tudiante, avocat g\xE9n\xE9ral, garde des sceaux, chef d\u2019\xE9tat-major, ministre de l\u2019int\xE9rieur,
    ministre des affaires \xE9trang\xE8res, chef de la diplomatie, leader, meneur, pr\xE9sident du conseil, b\xE2tonnier, m\xE9diateur,
    patron, porte-voix, inspecteur, inspectrice, commissaire europ\xE9en, eurod\xE9put\xE9, eurod\xE9put\xE9e, conseiller municipal, chef de file`),
  honorifics: ["m.", "mme", "mme.", "mmes", "mlle", "mlle.", "me", "me.", "dr", "dr.", "pr", "pr.", "mgr", "mgr.", "monsieur", "madame", "mademoiselle", "ma\xEEtre"],
  abbreviations: list(`m., mm., mme., mlle., me., dr., pr., mgr., st., ste., cf., etc., av., apr., j.-c., p., n\xB0., no., vol.,
    \xE9d., env., ex., hab., t\xE9l., min., max., c.-\xE0-d., fig., chap., art., coll., dir., janv., f\xE9vr., avr., juil., sept., oct., nov., d\xE9c.`),
  anonymous: {
    markers: list(`source, sources, anonyme, anonymes, sous couvert d\u2019anonymat, sous couvert d'anonymat, ayant requis l\u2019anonymat,
      qui a requis l\u2019anonymat, qui souhaite garder l\u2019anonymat, qui n\u2019a pas souhait\xE9 \xEAtre nomm\xE9, proche du dossier, proches du dossier,
      sources proches, une source proche, selon nos informations, un responsable, une responsable, des responsables, un haut responsable,
      un haut fonctionnaire, un diplomate, des diplomates, un proche, des proches, entourage, l\u2019entourage, l'entourage, un conseiller,
      un membre, des observateurs, observateurs, des experts, certains, plusieurs, d\u2019autres, beaucoup, un porte-parole, une porte-parole,
      non identifi\xE9, non identifi\xE9e, non identifi\xE9s, non nomm\xE9, inform\xE9, inform\xE9s, bien inform\xE9e, bien inform\xE9, des t\xE9moins, t\xE9moins`),
    heads: list(`source, sources, responsable, responsables, fonctionnaire, fonctionnaires, diplomate, diplomates, proche, proches,
      entourage, l\u2019entourage, l'entourage, expert, experts, observateur, observateurs, t\xE9moin, t\xE9moins, analystes, critiques,
      d\xE9tracteurs, personne, personnes, quelqu\u2019un, membre, membres, porte-parole`)
  },
  organizationHeads: list(`institut, banque, office, minist\xE8re, gouvernement, opposition, coalition, majorit\xE9, ex\xE9cutif, pr\xE9sidence, \xE9lys\xE9e, matignon, agence, parti, commission, comit\xE9, conseil,
    parlement, assembl\xE9e, s\xE9nat, tribunal, cour, parquet, police, gendarmerie, arm\xE9e, \xE9tat-major, entreprise, soci\xE9t\xE9, groupe,
    banque, syndicat, association, f\xE9d\xE9ration, universit\xE9, institut, fondation, ong, organisation, office, autorit\xE9, autorit\xE9s,
    service, services, journal, quotidien, hebdomadaire, magazine, cha\xEEne, radio, t\xE9l\xE9vision, site, m\xE9dia, m\xE9dias, presse,
    pr\xE9fecture, mairie, r\xE9gion, d\xE9partement, ambassade, club, \xE9quipe, ligue, \xE9tude, rapport, sondage, communiqu\xE9, quai,
    affaires, \xE9trang\xE8res, int\xE9rieur, justice, d\xE9fense, sant\xE9, union, nations, onu, otan, bruxelles,
    laboratoire, centre, compagnie, firme, collectif, mouvement, coalition, alliance, r\xE9daction, chercheurs, scientifiques`),
  stopwords: list(`le, la, les, l\u2019, un, une, et, ou, mais, donc, or, ni, car, si, \xE0, au, aux, en, dans, par, pour, sur, sous,
    avec, sans, chez, vers, entre, contre, depuis, pendant, avant, apr\xE8s, lors, ce, cet, cette, ces, son, sa, ses, leur, leurs,
    notre, nos, votre, vos, mon, ma, mes, il, elle, ils, elles, on, nous, vous, je, tu, y, ne, pas, plus, moins, tr\xE8s, aussi,
    encore, d\xE9j\xE0, toujours, jamais, quand, lorsque, puisque, comme, alors, ainsi, cependant, pourtant, toutefois, n\xE9anmoins,
    enfin, m\xEAme, tout, tous, toute, toutes, chaque, aucun, aucune, quel, quelle, quels, quelles, o\xF9, pourquoi, comment, lundi,
    mardi, mercredi, jeudi, vendredi, samedi, dimanche, janvier, f\xE9vrier, mars, avril, mai, juin, juillet, ao\xFBt, septembre,
    octobre, novembre, d\xE9cembre, selon, hier, aujourd\u2019hui, demain, mercredi, ici, l\xE0, voici, voil\xE0, d\u2019ailleurs, en outre, par ailleurs`),
  clauseBreaks: list(`qui, que, dont, o\xF9, lequel, laquelle, lorsque, quand, alors, mais, et, car, puisque, parce, tandis, pendant,
    apr\xE8s, avant, si, comme, selon, a d\xE9clar\xE9, a dit, de son c\xF4t\xE9, de leur c\xF4t\xE9, pour sa part, pour leur part, quant \xE0 lui,
    quant \xE0 elle, cependant, toutefois, pourtant`),
  relayVerbs: list(`a \xE9voqu\xE9, a parl\xE9 de, parle de, parlent de, a qualifi\xE9, qualifie, qualifient, qualifi\xE9 de, a d\xE9nonc\xE9,
    a critiqu\xE9, critique, critiquent, a salu\xE9, salue, saluent, a fustig\xE9, a appel\xE9 \xE0, appelle \xE0, appellent \xE0, a promis, a r\xE9clam\xE9,
    a plaid\xE9 pour, plaide pour, a mis en avant, met en avant, insiste sur, a insist\xE9 sur, s\u2019en est pris \xE0, s\u2019en prend \xE0,
    a rejet\xE9, rejette, rejettent, a condamn\xE9, condamne, condamnent, a exhort\xE9, exhorte, a tweet\xE9, a qualifi\xE9e, a qualifi\xE9s`),
  verbModifiers: list(`a, ont, avait, avaient, aurait, auraient, est, sont, \xE9tait, \xE9taient, sera, seront, serait, a-t-il, a-t-elle,
    ne, n\u2019a, n'a, pas, aussi, \xE9galement, encore, d\xE9j\xE0, ensuite, alors, toujours, jamais, enfin, notamment, d\u2019ailleurs, d'ailleurs,
    publiquement, ouvertement, fermement, clairement, hier, aujourd\u2019hui, lundi, mardi, mercredi, jeudi, vendredi, samedi, dimanche,
    imm\xE9diatement, aussit\xF4t, r\xE9cemment, longtemps, plusieurs fois, \xE0 nouveau, de nouveau, lui-m\xEAme, elle-m\xEAme, m\xEAme, bien, y, en`),
  parentheticals: list(`de son c\xF4t\xE9, de leur c\xF4t\xE9, pour sa part, pour leur part, quant \xE0 lui, quant \xE0 elle, quant \xE0 eux, lui,
    elle, eux, aussi, \xE9galement, cependant, toutefois, pourtant, en revanche, par ailleurs, en outre, lundi, mardi, mercredi, jeudi,
    vendredi, samedi, dimanche, hier, dans un communiqu\xE9, dans un entretien, dans une interview, sur twitter, \xE0 son tour, en r\xE9ponse,
    de fait, bien s\xFBr, en effet`),
  nameParticles: ["de", "du", "des", "d\u2019", "d'", "la", "le", "van", "von", "ben", "el", "al"],
  asWords: ["comme"],
  determiners: list(`le, la, les, l\u2019, l', un, une, des, du, de, ce, cet, cette, ces, son, sa, ses, leur, leurs, notre, nos,
    votre, vos, mon, ma, mes, ton, ta, tes, quelques, plusieurs, certains, certaines, chaque, aucun, aucune, nouvelle, nouvelles,
    nouveau, nouveaux, derni\xE8re, derni\xE8res, dernier, derniers, r\xE9centes, r\xE9cente, fausses, fausse`),
  indefinites: ["un", "une", "des", "quelques", "plusieurs", "certains", "certaines", "deux", "trois", "autre", "un autre", "une autre"],
  quotes: [["\xAB", "\xBB"], ["\u201C", "\u201D"]],
  addresseeVerbs: list(`a dit \xE0, a d\xE9clar\xE9 \xE0, a confi\xE9 \xE0, a expliqu\xE9 \xE0, a assur\xE9 \xE0, a affirm\xE9 \xE0, a racont\xE9 \xE0, a rappel\xE9 \xE0,
    dit \xE0, d\xE9clare \xE0, confie \xE0, explique \xE0, assure \xE0, raconte \xE0, a indiqu\xE9 \xE0, indique \xE0, a pr\xE9cis\xE9 \xE0, pr\xE9cise \xE0`),
  notClauseStart: list(`de, \xE0, au, aux, en, dans, par, pour, sur, avec, sans, chez, vers, contre, pendant, depuis, et, ou, mais,
    ni, car, lui, leur, rien, tout, non, oui, merci, bonjour, aussi, \xE9galement, encore, ensuite, ainsi, alors, cela, \xE7a, ceci`),
  conjunctions: ["mais", "et", "or", "car", "donc"],
  contentEnders: list(`bien que, alors que, tandis que, m\xEAme si, qui, lequel, laquelle, ce qui, ce que`),
  cueAdjuncts: list(`lundi, mardi, mercredi, jeudi, vendredi, samedi, dimanche, hier, aujourd\u2019hui, ce matin, ce soir, hier soir,
    dans un communiqu\xE9, dans une d\xE9claration, dans un entretien, dans une interview, lors d\u2019une conf\xE9rence de presse,
    en conf\xE9rence de presse, sur twitter, sur x, sur facebook, \xE0 la presse, aux journalistes, \xE0 l\u2019afp, \xE0 la radio,
    \xE0 la t\xE9l\xE9vision, au micro de, devant les d\xE9put\xE9s, devant la presse, samedi soir, dimanche soir, lundi soir, mardi soir,
    mercredi soir, jeudi soir, vendredi soir, en d\xE9but de semaine, la semaine derni\xE8re, cette semaine, dans la soir\xE9e, dans la matin\xE9e`),
  dateWords: list(`janvier, f\xE9vrier, mars, avril, mai, juin, juillet, ao\xFBt, septembre, octobre, novembre, d\xE9cembre, lundi, mardi, mercredi, jeudi, vendredi, samedi, dimanche, aujourd'hui, hier, demain, matin, soir, apr\xE8s-midi, nuit, semaine, week-end, mois, an, ann\xE9e, ans, ann\xE9es, jour, jours, heure, heures, minutes, si\xE8cle, printemps, \xE9t\xE9, automne, hiver`),
  pageStrings: list(`lire la vid\xE9o, lire aussi, lire la suite, publicit\xE9, partager, cliquez ici, s'abonner, se connecter, photo, fermer, menu`),
  locatives: list(`\xE0, en, au, aux, de, du, dans, depuis`),
  documentHeads: list(`rapport, communiqu\xE9, d\xE9claration, \xE9tude, sondage, enqu\xEAte, lettre, document, d\xE9cision, arr\xEAt, jugement, texte, site, analyse, journal, article, projet, loi, constitution, r\xE9solution`),
  connectives: list(`cependant, toutefois, pourtant, n\xE9anmoins, ainsi, alors, donc, puis, ensuite, enfin, aussi, encore, d\xE9j\xE0, d\xE9sormais, entre-temps, pendant, mais, et, ou, or, car, quand, lorsque, si, comme, parce, bien, certes, d'ailleurs, ailleurs, ici, l\xE0, aujourd'hui, hier, peut-\xEAtre, selon`),
  nounPhraseLinks: ["le", "la", "les", "l\u2019", "l'", "un", "une", "des", "de", "du", "d\u2019", "d'"]
};

// ../hostile21/src/core/lexicon/de.ts
var list2 = (s) => s.trim().split(/\s*,\s*/).filter(Boolean).map((w) => w.replace(/\s+/g, " "));
function verb3(sg, pl, past3, pastPl, participle) {
  return [sg, pl, past3, pastPl, participle, `hat ${participle}`, `haben ${participle}`, `hatte ${participle}`, `hatten ${participle}`];
}
var weak = (stem, participle = `ge${stem}t`) => {
  const e = /[dt]$|[^aeioulr]n$/.test(stem) ? "e" : "";
  return verb3(`${stem}${e}t`, `${stem}${/e[rl]$/.test(stem) ? "n" : "en"}`, `${stem}${e}te`, `${stem}${e}ten`, participle);
};
function separable(sg, pl, past3, pastPl, participle) {
  const joined2 = (form) => {
    const words3 = form.split(" ");
    return [...words3.slice(1, -1), `${words3[words3.length - 1]}${words3[0]}`].join(" ");
  };
  return [...verb3(sg, pl, past3, pastPl, participle), ...[sg, pl, past3, pastPl].map(joined2)];
}
var PRONOMINAL_ADVERBS = (() => {
  const consonant = ["bei", "durch", "f\xFCr", "gegen", "hinter", "mit", "nach", "neben", "vor", "zu", "zwischen"];
  const vowel = ["an", "auf", "aus", "in", "\xFCber", "um", "unter"];
  return [...consonant.flatMap((p) => [`da${p}`, `hier${p}`, `wo${p}`]), ...vowel.flatMap((p) => [`dar${p}`, `hier${p}`, `wor${p}`])].join(", ");
})();
var SPEECH2 = [
  ...weak("sag"),
  ...weak("erkl\xE4r", "erkl\xE4rt"),
  ...verb3("betont", "betonen", "betonte", "betonten", "betont"),
  ...weak("behaupt", "behauptet"),
  ...weak("best\xE4tig", "best\xE4tigt"),
  ...weak("bericht", "berichtet"),
  ...weak("warn", "gewarnt"),
  ...weak("erz\xE4hl", "erz\xE4hlt"),
  ...weak("meld", "gemeldet"),
  ...weak("\xE4u\xDFer", "ge\xE4u\xDFert"),
  ...weak("kritisier", "kritisiert"),
  ...weak("erl\xE4uter", "erl\xE4utert"),
  ...weak("versicher", "versichert"),
  ...weak("forder", "gefordert"),
  ...weak("f\xFCrcht", "gef\xFCrchtet"),
  ...weak("bekr\xE4ftig", "bekr\xE4ftigt"),
  ...weak("mein", "gemeint"),
  ...weak("glaub", "geglaubt"),
  ...weak("twitter", "getwittert"),
  ...weak("antwort", "geantwortet"),
  ...weak("klag", "geklagt"),
  ...weak("beklag", "beklagt"),
  ...weak("erg\xE4nz", "erg\xE4nzt"),
  ...weak("prophezei", "prophezeit"),
  ...weak("mahn", "gemahnt"),
  ...weak("bezeichn", "bezeichnet"),
  ...weak("schilder", "geschildert"),
  ...weak("verk\xFCnd", "verk\xFCndet"),
  ...weak("argumentier", "argumentiert"),
  ...weak("kommentier", "kommentiert"),
  ...weak("res\xFCmier", "res\xFCmiert"),
  ...weak("bilanzier", "bilanziert"),
  ...weak("zitier", "zitiert"),
  ...weak("vermut", "vermutet"),
  ...weak("frag", "gefragt"),
  ...weak("jubel", "gejubelt"),
  ...weak("spott", "gespottet"),
  ...weak("bedauer", "bedauert"),
  ...weak("verlang", "verlangt"),
  ...weak("erinner", "erinnert"),
  ...weak("folger", "gefolgert"),
  ...weak("sch\xE4tz", "gesch\xE4tzt"),
  ...verb3("unterstreicht", "unterstreichen", "unterstrich", "unterstrichen", "unterstrichen"),
  ...verb3("schreibt", "schreiben", "schrieb", "schrieben", "geschrieben"),
  ...verb3("spricht", "sprechen", "sprach", "sprachen", "gesprochen"),
  ...verb3("verspricht", "versprechen", "versprach", "versprachen", "versprochen"),
  ...verb3("widerspricht", "widersprechen", "widersprach", "widersprachen", "widersprochen"),
  ...verb3("r\xE4t", "raten", "riet", "rieten", "geraten"),
  ...verb3("ruft", "rufen", "rief", "riefen", "gerufen"),
  ...verb3("beschreibt", "beschreiben", "beschrieb", "beschrieben", "beschrieben"),
  ...verb3("weist", "weisen", "wies", "wiesen", "gewiesen"),
  ...verb3("findet", "finden", "fand", "fanden", "gefunden"),
  ...verb3("denkt", "denken", "dachte", "dachten", "gedacht"),
  ...verb3("nennt", "nennen", "nannte", "nannten", "genannt"),
  ...verb3("gesteht", "gestehen", "gestand", "gestanden", "gestanden"),
  ...verb3("verr\xE4t", "verraten", "verriet", "verrieten", "verraten"),
  ...verb3("beteuert", "beteuern", "beteuerte", "beteuerten", "beteuert"),
  ...verb3("schlie\xDFt", "schlie\xDFen", "schloss", "schlossen", "geschlossen"),
  ...verb3("bekennt", "bekennen", "bekannte", "bekannten", "bekannt"),
  ...separable("gibt zu", "geben zu", "gab zu", "gaben zu", "zugegeben"),
  ...separable("f\xFCgt hinzu", "f\xFCgen hinzu", "f\xFCgte hinzu", "f\xFCgten hinzu", "hinzugef\xFCgt"),
  ...separable("f\xFCgt an", "f\xFCgen an", "f\xFCgte an", "f\xFCgten an", "angef\xFCgt"),
  ...separable("k\xFCndigt an", "k\xFCndigen an", "k\xFCndigte an", "k\xFCndigten an", "angek\xFCndigt"),
  ...separable("teilt mit", "teilen mit", "teilte mit", "teilten mit", "mitgeteilt"),
  ...separable("stellt klar", "stellen klar", "stellte klar", "stellten klar", "klargestellt"),
  ...separable("r\xE4umt ein", "r\xE4umen ein", "r\xE4umte ein", "r\xE4umten ein", "einger\xE4umt"),
  ...separable("gibt an", "geben an", "gab an", "gaben an", "angegeben"),
  ...separable("f\xFChrt aus", "f\xFChren aus", "f\xFChrte aus", "f\xFChrten aus", "ausgef\xFChrt"),
  ...separable("weist darauf hin", "weisen darauf hin", "wies darauf hin", "wiesen darauf hin", "darauf hingewiesen"),
  ...separable("sagt voraus", "sagen voraus", "sagte voraus", "sagten voraus", "vorausgesagt"),
  ...separable("stellt fest", "stellen fest", "stellte fest", "stellten fest", "festgestellt"),
  ...separable("hebt hervor", "heben hervor", "hob hervor", "hoben hervor", "hervorgehoben"),
  ...separable("gibt bekannt", "geben bekannt", "gab bekannt", "gaben bekannt", "bekanntgegeben"),
  "bekannt gegeben",
  ...separable("geht davon aus", "gehen davon aus", "ging davon aus", "gingen davon aus", "davon ausgegangen"),
  ...weak("bef\xFCrcht", "bef\xFCrchtet"),
  ...weak("hoff", "gehofft"),
  ...weak("dementier", "dementiert"),
  ...verb3("bestreitet", "bestreiten", "bestritt", "bestritten", "bestritten"),
  ...verb3("gibt zu bedenken", "geben zu bedenken", "gab zu bedenken", "gaben zu bedenken", "zu bedenken gegeben"),
  ...verb3("zeigt sich", "zeigen sich", "zeigte sich", "zeigten sich", "gezeigt"),
  // Reflexive: the pronoun after the verb is no subject ("äußerte sich der Minister").
  ...verb3("\xE4u\xDFert sich", "\xE4u\xDFern sich", "\xE4u\xDFerte sich", "\xE4u\xDFerten sich", "ge\xE4u\xDFert"),
  ...verb3("ist \xFCberzeugt", "sind \xFCberzeugt", "war \xFCberzeugt", "waren \xFCberzeugt", "\xFCberzeugt"),
  ...weak("erwider", "erwidert"),
  ...weak("entgegn", "entgegnet"),
  ...weak("konter", "gekontert"),
  ...weak("bemerk", "bemerkt"),
  ...weak("monier", "moniert"),
  ...weak("konstatier", "konstatiert"),
  ...weak("pr\xE4zisier", "pr\xE4zisiert"),
  ...weak("begr\xFCnd", "begr\xFCndet"),
  ...weak("urteil", "geurteilt"),
  ...weak("wiederhol", "wiederholt"),
  ...weak("beton", "betont"),
  ...weak("unterstreich", "unterstrichen"),
  ...separable("merkt an", "merken an", "merkte an", "merkten an", "angemerkt"),
  ...separable("l\xE4sst verlauten", "lassen verlauten", "lie\xDF verlauten", "lie\xDFen verlauten", "verlauten lassen"),
  ...separable("gibt zu bedenken", "geben zu bedenken", "gab zu bedenken", "gaben zu bedenken", "zu bedenken gegeben"),
  "hei\xDFt es",
  "hie\xDF es",
  "hie\xDF es in",
  "hei\xDFt es in",
  "hei\xDFt es dazu in",
  "hie\xDF es dazu in",
  "hei\xDFt es weiter in",
  "hie\xDF es weiter in",
  "hei\xDFt es auch in",
  "hie\xDF es auch in",
  "hei\xDFt es darin",
  "hie\xDF es darin",
  "wird zitiert",
  "wurde zitiert",
  "zitiert wird"
];
var TITLES = list2(`pr\xE4sident, pr\xE4sidentin, bundespr\xE4sident, bundespr\xE4sidentin, vizepr\xE4sident, vizepr\xE4sidentin, kanzler, kanzlerin,
    bundeskanzler, bundeskanzlerin, minister, ministerin, bundesminister, bundesministerin, au\xDFenminister, au\xDFenministerin,
    innenminister, innenministerin, finanzminister, finanzministerin, verteidigungsminister, verteidigungsministerin,
    gesundheitsminister, gesundheitsministerin, wirtschaftsminister, wirtschaftsministerin, justizminister, justizministerin,
    ministerpr\xE4sident, ministerpr\xE4sidentin, regierungssprecher, regierungssprecherin, sprecher, sprecherin, pressesprecher,
    pressesprecherin, staatssekret\xE4r, staatssekret\xE4rin, abgeordneter, abgeordnete, bundestagsabgeordneter, bundestagsabgeordnete,
    senator, senatorin, b\xFCrgermeister, b\xFCrgermeisterin, oberb\xFCrgermeister, oberb\xFCrgermeisterin, landrat, landr\xE4tin,
    vorsitzender, vorsitzende, parteichef, parteichefin, fraktionschef, fraktionschefin, chef, chefin, leiter, leiterin,
    direktor, direktorin, gesch\xE4ftsf\xFChrer, gesch\xE4ftsf\xFChrerin, vorstandschef, vorstandschefin, vorstand, gr\xFCnder, gr\xFCnderin,
    botschafter, botschafterin, diplomat, diplomatin, gesandter, vertreter, vertreterin, beauftragter, beauftragte,
    staatsanwalt, staatsanw\xE4ltin, oberstaatsanwalt, richter, richterin, anwalt, anw\xE4ltin, rechtsanwalt, rechtsanw\xE4ltin,
    verteidiger, verteidigerin, general, generalin, oberst, kommandeur, admiral, k\xF6nig, k\xF6nigin, prinz, prinzessin, papst,
    bischof, bisch\xF6fin, kardinal, pfarrer, pfarrerin, kandidat, kandidatin, spitzenkandidat, spitzenkandidatin, politiker,
    politikerin, aktivist, aktivistin, gewerkschafter, professor, professorin, forscher, forscherin, wissenschaftler,
    wissenschaftlerin, \xF6konom, \xF6konomin, analyst, analystin, experte, expertin, politologe, politologin, soziologe, soziologin,
    historiker, historikerin, arzt, \xE4rztin, virologe, virologin, epidemiologe, epidemiologin, autor, autorin, schriftsteller,
    schriftstellerin, journalist, journalistin, korrespondent, korrespondentin, redakteur, redakteurin, trainer, trainerin,
    nationaltrainer, bundestrainer, spieler, spielerin, st\xFCrmer, st\xFCrmerin, kapit\xE4n, kapit\xE4nin, torwart, manager, managerin,
    sportdirektor, zeuge, zeugin, opfer, augenzeuge, augenzeugin, einwohner, einwohnerin, anwohner, anwohnerin, student,
    studentin, lehrer, lehrerin, generalsekret\xE4r, generalsekret\xE4rin, eu-kommissar, eu-kommissarin, kommissar, kommissarin,
    polizeisprecher, polizeisprecherin, polizeichef, polizeipr\xE4sident, polizeipr\xE4sidentin, ministeriumssprecher,
    ministeriumssprecherin, konzernchef, konzernchefin, unternehmenssprecher, unternehmenssprecherin, beamter, beamtin,
    beamte, mitarbeiter, mitarbeiterin, insider, informant, informantin, vertrauter, vertraute, funktion\xE4r, funktion\xE4rin`);
var titleCases = (t) => {
  if (/in$/.test(t)) return [t, `${t}nen`];
  if (/e$/.test(t)) return [t, `${t}n`];
  if (/(ent|ant|at|ist|ot|og|oge|e)$/.test(t)) return [t, `${t}en`];
  return [t, /[sßxz]$/.test(t) ? `${t}es` : `${t}s`];
};
var de = {
  lang: "de",
  speechVerbs: [...new Set(SPEECH2)],
  weakCues: list2(`findet, finden, fand, fanden, gefunden, denkt, denken, dachte, glaubt, glauben, glaubte, meint, meinen, meinte,
    nennt, nennen, nannte, bezeichnet, bezeichnete, beschreibt, beschrieb, fragt, fragte, fragten, zeigt sich, zeigte sich`),
  bareComplementVerbs: list2(`sagt, sagte, sagen, sagten, erkl\xE4rt, erkl\xE4rte, betont, betonte, meint, meinte, glaubt, glaubte,
    behauptet, behauptete, findet, fand, schreibt, schrieb, warnt, warnte, r\xE4umt ein, r\xE4umte ein, gibt zu, gab zu`),
  accordingTo: list2(`laut, nach angaben von, nach angaben, nach ansicht von, nach auffassung von, nach worten von, gem\xE4\xDF,
    unter berufung auf, nach einsch\xE4tzung von, nach informationen von, nach informationen`),
  claimNouns: list2(`behauptung, behauptungen, vorwurf, vorw\xFCrfe, vorw\xFCrfen, aussage, aussagen, \xE4u\xDFerung, \xE4u\xDFerungen, warnung,
    warnungen, ank\xFCndigung, erkl\xE4rung, einsch\xE4tzung, prognose, prognosen, bef\xFCrchtung, bef\xFCrchtungen, ger\xFCchte, ger\xFCchten, spekulation,
    spekulationen, versprechen, zusage, zusicherung, forderung, argument, bericht, berichte, berichten, angaben, verdacht, vermutung`),
  complementizers: ["dass", "da\xDF", "ob"],
  pronouns: {
    male: ["er", "ihm", "ihn", "sein", "seine", "seiner", "seinen", "seinem", "seines", "dieser"],
    female: ["sie", "ihr", "ihre", "ihrer", "ihren", "ihrem", "diese"],
    plural: ["sie", "ihnen", "wir", "uns"],
    neuter: ["es", "das", "dies"],
    relative: ["der", "die", "das", "den", "dem", "dessen", "deren", "welcher", "welche", "welches"]
  },
  titles: [.../* @__PURE__ */ new Set([...TITLES.flatMap(titleCases), "prof.", "dr."])],
  honorifics: ["herr", "frau", "dr.", "prof.", "dr", "prof"],
  abbreviations: list2(`dr., prof., hr., fr., st., bzw., ca., etc., evtl., ggf., inkl., usw., z.b., u.a., d.h., v.a., s.o.,
    nr., str., mio., mrd., jan., feb., febr., aug., sept., okt., nov., dez., jh., jhd., bspw., vgl., sog., abs., art., tel.`),
  anonymous: {
    markers: list2(`quellen, quelle, informanten, informant, insider, kreise, kreisen, umfeld, aus dem umfeld, nicht namentlich
      genannt, nicht genannt werden wollte, der nicht genannt werden wollte, die nicht genannt werden wollte, anonym, anonymen,
      anonymer, ungenannt, ungenannte, ungenannter, vertraut, mit der sache vertraut, mit den pl\xE4nen vertraut, eingeweihte,
      eingeweihter, ein sprecher, eine sprecherin, ein beamter, eine beamtin, beamte, diplomaten, ein diplomat, regierungskreise,
      regierungskreisen, sicherheitskreise, sicherheitskreisen, experten, beobachter, kritiker, einige, viele, manche, andere`),
    heads: list2(`quelle, quellen, informant, informanten, insider, kreise, kreisen, umfeld, beamte, beamter, beamtin, diplomat,
      diplomaten, eingeweihte, eingeweihter, experten, beobachter, kritiker, regierungskreise, regierungskreisen, sicherheitskreise,
      sicherheitskreisen, person, personen, jemand, zeugen, sprecher, sprecherin, mitglied, mitglieder, mitgliedern`)
  },
  organizationHeads: list2(`regierung, bundesregierung, ministerium, bundesministerium, au\xDFenministerium, innenministerium, amt,
    ausw\xE4rtiges, beh\xF6rde, beh\xF6rden, agentur, partei, fraktion, kommission, ausschuss, rat, parlament, bundestag, bundesrat,
    landtag, senat, gericht, bundesverfassungsgericht, polizei, bundeswehr, armee, milit\xE4r, staatsanwaltschaft, unternehmen,
    konzern, firma, bank, gruppe, organisation, verband, verein, gewerkschaft, institut, institution, universit\xE4t, stiftung,
    zentrum, beh\xF6rde, dienst, zeitung, magazin, sender, rundfunk, agentur, nachrichtenagentur, portal, website, blatt, medien,
    presse, studie, umfrage, bericht, mitteilung, pressemitteilung, erkl\xE4rung, kreml, wei\xDFes, haus, kanzleramt, rathaus,
    botschaft, team, klub, club, verein, liga, bund, union, nato, uno, un, eu, labor, forscher, wissenschaftler`),
  stopwords: list2(`der, die, das, den, dem, des, ein, eine, einer, eines, einem, einen, und, oder, aber, doch, sondern, denn,
    wenn, als, weil, da, ob, dass, da\xDF, wie, so, in, im, ins, an, am, ans, auf, aus, bei, beim, mit, nach, von, vom, vor, zu,
    zum, zur, \xFCber, unter, durch, f\xFCr, gegen, ohne, um, seit, bis, w\xE4hrend, wegen, trotz, dies, diese, dieser, dieses, diesem,
    diesen, jene, jener, es, er, sie, wir, ihr, ich, du, man, sein, seine, ihre, unser, nicht, kein, keine, auch, noch, schon,
    nur, sehr, dann, hier, dort, jetzt, heute, gestern, morgen, nun, zudem, au\xDFerdem, jedoch, allerdings, trotzdem, dennoch,
    montag, dienstag, mittwoch, donnerstag, freitag, samstag, sonntag, januar, februar, m\xE4rz, april, mai, juni, juli, august,
    september, oktober, november, dezember, laut, zufolge, alle, viele, einige, manche, jeder, jede, jedes, was, wer, wo, warum,
    gegen\xFCber, angesichts, aufgrund, innerhalb, au\xDFerhalb, neben, zwischen, hinter, infolge, bez\xFCglich, hinsichtlich, anl\xE4sslich,
    entgegen, statt, anstatt, mittels, seitens`),
  clauseBreaks: list2(`dessen, deren, welcher, welche, welches, wo, als, wenn, weil, da, w\xE4hrend, nachdem,
    bevor, und, aber, doch, sondern, denn, sagte, sagt, schrieb, jedoch, allerdings, seinerseits, ihrerseits`),
  relayVerbs: list2(`sprach von, spricht von, sprachen von, bezeichnete, bezeichnet, nannte, nennt, kritisierte, kritisiert,
    lobte, lobt, begr\xFC\xDFte, begr\xFC\xDFt, verurteilte, verurteilt, forderte, fordert, rief auf, ruft auf, rief zu, warnte vor,
    warnt vor, wies zur\xFCck, weist zur\xFCck, verwies auf, verweist auf, pl\xE4dierte f\xFCr, pl\xE4diert f\xFCr, k\xFCndigte an`),
  verbModifiers: list2(`hat, haben, hatte, hatten, ist, sind, war, waren, wird, werden, wurde, wurden, w\xFCrde, w\xFCrden, habe, sei,
    seien, k\xF6nne, k\xF6nnte, solle, sollte, m\xFCsse, auch, noch, schon, bereits, dann, sp\xE4ter, zuvor, zuletzt, erneut, wieder,
    nochmals, mehrfach, \xF6ffentlich, ausdr\xFCcklich, deutlich, nicht, nie, immer, gestern, heute, am, montag, dienstag, mittwoch,
    donnerstag, freitag, samstag, sonntag, zudem, au\xDFerdem, ebenfalls, selbst, dabei, damals, jetzt, nun, offen, klar,
    weiter, ferner, daraufhin, deshalb, daher, gleichzeitig, ebenso, anschlie\xDFend, abschlie\xDFend, inzwischen, mittlerweile,
    unterdessen, derweil, indes`),
  parentheticals: list2(`seinerseits, ihrerseits, hingegen, dagegen, jedoch, allerdings, indes, au\xDFerdem, zudem, ebenfalls,
    am montag, am dienstag, am mittwoch, am donnerstag, am freitag, am samstag, am sonntag, gestern, heute, in einer erkl\xE4rung,
    in einem interview, in einer mitteilung, auf twitter, auf anfrage, auf nachfrage, im gespr\xE4ch, nat\xFCrlich, tats\xE4chlich`),
  nameParticles: ["von", "van", "der", "den", "zu", "vom", "zur", "de", "di", "da", "ter", "ten", "al", "el", "bin", "ibn"],
  asWords: ["als", "mit den worten"],
  determiners: list2(`der, die, das, den, dem, des, ein, eine, einer, eines, einem, einen, sein, seine, seiner, seinen, seinem,
    seines, ihr, ihre, ihrer, ihren, ihrem, ihres, unser, unsere, dieser, diese, dieses, diesen, diesem, jene, jener, kein,
    keine, keinen, solche, solchen, neue, neuen, neuer, j\xFCngste, j\xFCngsten, fr\xFChere, fr\xFCheren, mehrere, einige, manche, viele`),
  indefinites: ["ein", "eine", "einer", "eines", "einem", "einen", "einige", "mehrere", "manche", "zwei", "drei", "viele"],
  quotes: [["\u201E", "\u201C"], ["\u201A", "\u2018"], ["\xBB", "\xAB"], ["\u203A", "\u2039"]],
  addresseeVerbs: list2(`sagte, sagt, erkl\xE4rte, erkl\xE4rt, versicherte, versichert, erz\xE4hlte, erz\xE4hlt, teilte mit, berichtete`),
  notClauseStart: list2(`dem, der, den, zu, zum, zur, mit, von, vom, f\xFCr, \xFCber, auf, an, am, im, in, bei, beim, nach, aus, und,
    oder, aber, ihm, ihr, ihnen, nichts, etwas, alles, danke, ja, nein, auch, noch, dann, dazu, dar\xFCber, dabei`),
  conjunctions: ["aber", "und", "doch", "denn", "sondern"],
  contentEnders: list2(`obwohl, w\xE4hrend, wobei, was, der, die, das, welche, welcher`),
  cueAdjuncts: list2(`am montag, am dienstag, am mittwoch, am donnerstag, am freitag, am samstag, am sonntag, gestern, heute,
    am abend, am morgen, am vormittag, am nachmittag, in einer erkl\xE4rung, in einer mitteilung, in einem interview,
    in einer pressekonferenz, auf einer pressekonferenz, auf twitter, auf x, auf anfrage, auf nachfrage, im gespr\xE4ch mit,
    der zeitung, dem sender, der nachrichtenagentur, vor journalisten, im bundestag, in berlin, zuvor, sp\xE4ter, erneut`),
  accordingToAfter: ["zufolge"],
  quoteTagCues: ["so"],
  capitalisedNouns: true,
  closedCompounds: true,
  nounInflections: ["n", "en", "e", "es", "s", "nen"],
  commaBeforeComplementizer: true,
  dateWords: list2(`januar, j\xE4nner, februar, m\xE4rz, april, mai, juni, juli, august, september, oktober, november, dezember, montag, dienstag, mittwoch, donnerstag, freitag, samstag, sonnabend, sonntag, heute, gestern, morgen, vorgestern, \xFCbermorgen, abend, abends, nachmittag, vormittag, nacht, woche, wochenende, monat, jahr, jahren, jahres, tag, tage, tagen, tages, stunde, stunden, minuten, uhr, jahrhundert, jahrzehnt, fr\xFChjahr, fr\xFChling, sommer, herbst, winter, anfang, ende, mitte, letzten, vergangenen, kommenden, n\xE4chsten, zuvor, sp\xE4ter, bisher, seither`),
  pageStrings: list2(`video abspielen, mehr lesen, weiterlesen, anzeige, werbung, teilen, artikel teilen, hier klicken, abonnieren, anmelden, mehr zum thema, foto, bild, bildunterschrift, schlie\xDFen, men\xFC`),
  locatives: list2(`in, im, aus, nach, bei, von, vom, zu, zum, zur`),
  documentHeads: list2(`bericht, berichte, berichten, erkl\xE4rung, mitteilung, pressemitteilung, studie, studien, umfrage, brief, schreiben, dokument, dokumente, urteil, beschluss, entscheidung, gutachten, analyse, zeitung, meldung, meldungen, agenturmeldung, agenturmeldungen, angaben, informationen, stellungnahme, kommuniqu\xE9, resolution, gesetz, gesetzentwurf, verfassung, untersuchung, aussage, aussagen, protokoll, webseite, website, internetseite, papier`),
  // Pronominal adverbs (da-, dar-, hier-, wo-, wor- with a preposition: "Darin steht …") stand for a thing, never for a speaker.
  connectives: list2(`${PRONOMINAL_ADVERBS}, \xE4hnlich, genauso, gleichfalls, unterdessen, inzwischen, zwar, jedoch, allerdings, aber, doch, dennoch, trotzdem, au\xDFerdem, zudem, ferner, dar\xFCber, daher, deshalb, deswegen, somit, damit, also, so, nun, jetzt, dann, danach, davor, zuvor, bisher, bislang, weiter, weiterhin, ebenfalls, ebenso, auch, noch, schon, bereits, erst, erstmals, zun\xE4chst, schlie\xDFlich, endlich, vielleicht, m\xF6glicherweise, wahrscheinlich, offenbar, offensichtlich, angeblich, aktuell, derzeit, momentan, gegenw\xE4rtig, heute, gestern, sp\xE4ter, fr\xFCher, dort, hier, da, dazu, daf\xFCr, dagegen, darauf, daraufhin, hingegen, indes, indessen, insgesamt, immerhin, jedenfalls, eigentlich, tats\xE4chlich, gleichzeitig, zugleich, demnach, demzufolge, folglich, urspr\xFCnglich, anschlie\xDFend, vorher, nachher, k\xFCrzlich, j\xFCngst, vorerst, sogar, nur, einst, mittlerweile, wie, was, warum, wo, wann, ob, wenn, als, weil, da, obwohl, nachdem, bevor, w\xE4hrend, seit, sich, haben, sein, werden, dies, diese, dieser, dieses`),
  adverbEndings: ["lich", "ig", "weise"],
  abstractNounEndings: ["ung", "ungen", "heit", "heiten", "keit", "keiten", "nis", "nisse", "ium", "ismus", "sicht"],
  personEndings: ["er", "erin", "erinnen", "ist", "istin", "isten", "ent", "enten", "entin", "ant", "anten"],
  firstPerson: ["ich", "mich", "mir"],
  bylinePrefixes: ["von"],
  verbSecond: true,
  agentPrepositions: ["von", "vom"],
  verbSecondFrame: {
    obliqueDeterminers: list2(`den, dem, des, einen, einem, eines, seinen, seinem, seines, ihren, ihrem, ihres, diesen, diesem,
      keinen, keinem, jenen, jenem, unseren, unserem, allen, vielen, beim, zum, vom, im, am`),
    adverbEndings: ["end", "weise"],
    reflexives: ["sich"],
    ofWords: ["von"]
  },
  // Konjunktiv I of sein, haben, werden, the modals and common verbs (3rd person: the forms that
  // differ from the indicative); then the Konjunktiv II that reported speech uses where the
  // Konjunktiv I would read as indicative ("sie hätten", "sie würden"), which is also the
  // reporter's own conditional, and "soll", which reports hearsay as often as it states a plan.
  reportedVerbForms: list2(`sei, seien, habe, werde, k\xF6nne, m\xFCsse, solle, wolle, d\xFCrfe, m\xF6ge, wisse, gebe, gehe, komme,
    stehe, liege, bleibe, gelte, handle, handele, lasse, sehe, halte, brauche, fehle, trage, zeige, mache, plane, arbeite,
    erwarte, bestehe, befinde, verf\xFCge, stamme, drohe, f\xFChre, laufe, denke, glaube, w\xFCnsche, fordere, rechne, hoffe,
    beabsichtige, lehne, bedeute, diene, erfolge, entspreche, betreffe, spreche, treffe, nehme, helfe, finde, bringe, kenne`),
  reportedVerbFormsAfterReport: list2(`soll, sollen, w\xE4re, w\xE4ren, h\xE4tte, h\xE4tten, w\xFCrde, w\xFCrden, k\xF6nnte, k\xF6nnten, m\xFCsste, m\xFCssten, d\xFCrfte,
    d\xFCrften, g\xE4be, k\xE4me, k\xE4men`),
  reportedVerbEndings: ["e"],
  reportedVerbIndicativeWith: ["ich"],
  // "Der Täter soll das Haus betreten haben": "soll" with a perfect infinitive reports hearsay.
  hearsayModals: ["soll", "sollen"],
  perfectAuxiliaries: ["haben", "sein"],
  subordinators: list2(`als, wenn, weil, da, w\xE4hrend, nachdem, bevor, falls, sofern, soweit, obwohl, obgleich, damit, indem,
    sobald, solange, seit, seitdem, bis, wo, wie, ob, dass, da\xDF, um, ohne, statt, anstatt`),
  accordingAnaphors: ["demnach"],
  reportRelatives: ["wonach"],
  infinitiveMarkers: ["zu"],
  genitiveDeterminers: ["des", "der", "eines", "einer", "dieses", "dieser", "seines", "seiner", "ihres", "ihrer"],
  accordingInsideClause: true,
  reportParentheticals: ["wie"],
  accordingNouns: list2(`angaben, angabe, meinung, ansicht, ansichten, auffassung, aussage, aussagen, informationen, berichten,
    einsch\xE4tzung, einsch\xE4tzungen, sch\xE4tzung, sch\xE4tzungen, erkenntnissen, erkenntnisstand, darstellung, worten, vernehmen,
    \xFCberzeugung, studie, umfrage, hochrechnung, hochrechnungen, prognose, prognosen, auskunft, bekunden, meldungen,
    stellungnahme, analyse, planungen, erfahrungen, bericht`),
  accordingNounLinks: ["nach"]
};

// ../hostile21/src/core/lexicon/es.ts
var list3 = (s) => s.trim().split(/\s*,\s*/).filter(Boolean).map((w) => w.replace(/\s+/g, " "));
function verb4(sg, pl, past3, pastPl, imperfect, participle, gerund) {
  return [
    sg,
    pl,
    past3,
    pastPl,
    imperfect,
    `${imperfect}n`,
    participle,
    gerund,
    `ha ${participle}`,
    `han ${participle}`,
    `hab\xEDa ${participle}`,
    `hab\xEDan ${participle}`,
    `habr\xEDa ${participle}`
  ];
}
var ar = (stem, pastStem = stem) => verb4(`${stem}a`, `${stem}an`, `${pastStem}\xF3`, `${stem}aron`, `${stem}aba`, `${stem}ado`, `${stem}ando`);
var er2 = (stem) => verb4(`${stem}e`, `${stem}en`, `${stem}i\xF3`, `${stem}ieron`, `${stem}\xEDa`, `${stem}ido`, `${stem}iendo`);
var SPEECH3 = [
  ...ar("afirm"),
  ...ar("explic"),
  ...ar("se\xF1al"),
  ...ar("declar"),
  ...ar("asegur"),
  ...ar("indic"),
  ...ar("agreg"),
  ...ar("destac"),
  ...ar("subray"),
  ...ar("recalc"),
  ...ar("comunic"),
  ...ar("anunci"),
  ...ar("confirm"),
  ...ar("denunci"),
  ...ar("critic"),
  ...ar("alert"),
  ...ar("apunt"),
  ...ar("pregunt"),
  ...ar("cuestion"),
  ...ar("lament"),
  ...ar("manifest"),
  ...ar("precis"),
  ...ar("relat"),
  ...ar("asever"),
  ...ar("consider"),
  ...ar("estim"),
  ...ar("calific"),
  ...ar("recalc"),
  ...ar("remarc"),
  ...ar("reiter"),
  ...ar("tuite"),
  ...ar("public"),
  ...ar("aclar"),
  ...ar("expres"),
  ...ar("argument"),
  ...ar("exclam"),
  ...ar("acus"),
  ...ar("jur"),
  ...ar("grit"),
  ...ar("valor"),
  ...ar("opin"),
  ...ar("apost"),
  ...ar("resalt"),
  ...ar("enfatiz", "enfatiz"),
  ...ar("reclam"),
  ...ar("detall"),
  ...ar("reproch"),
  ...ar("pronostic"),
  ...er2("respond"),
  ...er2("a\xF1ad"),
  ...er2("admit"),
  ...er2("insist"),
  ...ar("coment"),
  ...verb4("escribe", "escriben", "escribi\xF3", "escribieron", "escrib\xEDa", "escrito", "escribiendo"),
  ...verb4("defiende", "defienden", "defendi\xF3", "defendieron", "defend\xEDa", "defendido", "defendiendo"),
  ...verb4("dice", "dicen", "dijo", "dijeron", "dec\xEDa", "dicho", "diciendo"),
  ...verb4("reconoce", "reconocen", "reconoci\xF3", "reconocieron", "reconoc\xEDa", "reconocido", "reconociendo"),
  ...verb4("sostiene", "sostienen", "sostuvo", "sostuvieron", "sosten\xEDa", "sostenido", "sosteniendo"),
  ...verb4("mantiene", "mantienen", "mantuvo", "mantuvieron", "manten\xEDa", "mantenido", "manteniendo"),
  ...verb4("advierte", "advierten", "advirti\xF3", "advirtieron", "advert\xEDa", "advertido", "advirtiendo"),
  ...verb4("sugiere", "sugieren", "sugiri\xF3", "sugirieron", "suger\xEDa", "sugerido", "sugiriendo"),
  ...verb4("cuenta", "cuentan", "cont\xF3", "contaron", "contaba", "contado", "contando"),
  ...verb4("recuerda", "recuerdan", "record\xF3", "recordaron", "recordaba", "recordado", "recordando"),
  ...verb4("piensa", "piensan", "pens\xF3", "pensaron", "pensaba", "pensado", "pensando"),
  ...verb4("cree", "creen", "crey\xF3", "creyeron", "cre\xEDa", "cre\xEDdo", "creyendo"),
  ...verb4("concluye", "concluyen", "concluy\xF3", "concluyeron", "conclu\xEDa", "concluido", "concluyendo"),
  ...verb4("promete", "prometen", "prometi\xF3", "prometieron", "promet\xEDa", "prometido", "prometiendo"),
  ...verb4("niega", "niegan", "neg\xF3", "negaron", "negaba", "negado", "negando"),
  ...verb4("prosigue", "prosiguen", "prosigui\xF3", "prosiguieron", "prosegu\xEDa", "proseguido", "prosiguiendo"),
  ...verb4("sentencia", "sentencian", "sentenci\xF3", "sentenciaron", "sentenciaba", "sentenciado", "sentenciando"),
  ...verb4("refiere", "refieren", "refiri\xF3", "refirieron", "refer\xEDa", "referido", "refiriendo"),
  ...verb4("expone", "exponen", "expuso", "expusieron", "expon\xEDa", "expuesto", "exponiendo"),
  ...verb4("predice", "predicen", "predijo", "predijeron", "predec\xEDa", "predicho", "prediciendo"),
  ...verb4("contradice", "contradicen", "contradijo", "contradijeron", "contradec\xEDa", "contradicho", "contradiciendo"),
  "se pregunt\xF3",
  "se pregunta",
  "se quej\xF3",
  "se queja",
  "se lament\xF3",
  "se lamenta",
  "dio a conocer",
  "dieron a conocer",
  "puso de relieve",
  "hizo hincapi\xE9",
  "hizo saber",
  "ha hecho saber",
  "llam\xF3 la atenci\xF3n"
];
var es = {
  lang: "es",
  speechVerbs: [...new Set(SPEECH3)],
  weakCues: list3(`piensa, piensan, pens\xF3, cree, creen, crey\xF3, considera, consideran, consider\xF3, califica, calific\xF3, pregunta,
    pregunt\xF3, se pregunt\xF3, cuestiona, cuestion\xF3, acusa, acus\xF3, valora, valor\xF3, opina, opin\xF3, estima, estim\xF3`),
  bareComplementVerbs: list3(`dice, dijo, dicen, dijeron, afirma, afirm\xF3, asegura, asegur\xF3, cree, crey\xF3, piensa, pens\xF3,
    considera, consider\xF3, estima, estim\xF3, se\xF1ala, se\xF1al\xF3, sostiene, sostuvo, reconoce, reconoci\xF3, admite, admiti\xF3`),
  accordingTo: list3(`seg\xFAn, de acuerdo con, a juicio de, en palabras de, a decir de, citando, citado por, citada por,
    seg\xFAn fuentes de, en opini\xF3n de, en declaraciones a`),
  claimNouns: list3(`afirmaci\xF3n, afirmaciones, acusaci\xF3n, acusaciones, alegaci\xF3n, alegaciones, declaraci\xF3n, declaraciones,
    denuncia, denuncias, rumor, rumores, advertencia, advertencias, promesa, promesas, anuncio, sospecha, sospechas, temor,
    temores, argumento, argumentos, estimaci\xF3n, estimaciones, predicci\xF3n, versi\xF3n, tesis, idea`),
  complementizers: ["que"],
  pronouns: {
    male: ["\xE9l", "este", "\xE9ste", "aquel", "aqu\xE9l"],
    female: ["ella", "esta", "\xE9sta", "aquella", "aqu\xE9lla"],
    plural: ["ellos", "ellas", "nosotros", "nosotras", "estos", "estas"],
    neuter: ["ello", "esto", "eso"],
    relative: ["que", "quien", "quienes", "cual", "cuales", "cuyo", "cuya"]
  },
  titles: list3(`presidente, presidenta, vicepresidente, vicepresidenta, primer ministro, primera ministra, ministro, ministra,
    canciller, secretario, secretaria, secretario general, secretaria general, subsecretario, subsecretaria, portavoz, vocero,
    vocera, diputado, diputada, senador, senadora, congresista, alcalde, alcaldesa, concejal, concejala, gobernador, gobernadora,
    consejero, consejera, director, directora, director general, directora general, jefe, jefa, l\xEDder, dirigente, responsable,
    coordinador, coordinadora, fundador, fundadora, cofundador, embajador, embajadora, diplom\xE1tico, diplom\xE1tica, enviado,
    enviada, representante, delegado, delegada, comisario, comisaria, fiscal, juez, jueza, magistrado, magistrada, abogado,
    abogada, general, coronel, capit\xE1n, comandante, almirante, rey, reina, pr\xEDncipe, princesa, papa, obispo, arzobispo, cardenal,
    sacerdote, candidato, candidata, activista, sindicalista, profesor, profesora, catedr\xE1tico, catedr\xE1tica, investigador,
    investigadora, cient\xEDfico, cient\xEDfica, economista, analista, experto, experta, especialista, polit\xF3logo, polit\xF3loga,
    soci\xF3logo, soci\xF3loga, historiador, historiadora, m\xE9dico, m\xE9dica, doctor, doctora, epidemi\xF3logo, epidemi\xF3loga, escritor,
    escritora, autor, autora, periodista, columnista, corresponsal, editor, editora, entrenador, entrenadora, seleccionador,
    t\xE9cnico, jugador, jugadora, delantero, delantera, portero, guardameta, capit\xE1n, testigo, v\xEDctima, superviviente, vecino,
    vecina, habitante, estudiante, maestro, maestra, consejero delegado, presidente ejecutivo, defensor del pueblo`),
  honorifics: ["sr.", "sra.", "srta.", "dr.", "dra.", "don", "do\xF1a", "d.", "d\xF1a.", "lic.", "ing.", "prof.", "se\xF1or", "se\xF1ora"],
  abbreviations: list3(`sr., sra., srta., dr., dra., d., d\xF1a., lic., ing., prof., arq., gral., cnel., cap., sto., sta., etc.,
    p\xE1g., n\xFAm., no., vol., ee.uu., ee. uu., aprox., av., avda., tel., ej., p.ej., ene., feb., mar., abr., jun., jul., ago.,
    sept., oct., nov., dic., s.a., c\xEDa., dpto., adm\xF3n.`),
  anonymous: {
    markers: list3(`fuentes, fuente, an\xF3nimo, an\xF3nima, an\xF3nimos, bajo condici\xF3n de anonimato, que pidi\xF3 no ser identificado,
      que pidi\xF3 no ser identificada, que prefiri\xF3 no ser identificado, que pidi\xF3 el anonimato, cercanas, cercanos, pr\xF3ximas,
      pr\xF3ximos, conocedoras, conocedores, consultadas, consultados, un portavoz, una portavoz, un funcionario, una funcionaria,
      funcionarios, un alto cargo, altos cargos, un diplom\xE1tico, diplom\xE1ticos, expertos, analistas, observadores, cr\xEDticos,
      algunos, muchos, otros, varios, testigos, allegados, entorno, el entorno`),
    heads: list3(`fuente, fuentes, funcionario, funcionarios, funcionaria, cargo, cargos, diplom\xE1tico, diplom\xE1ticos, expertos,
      analistas, observadores, cr\xEDticos, allegados, entorno, testigos, persona, personas, alguien, portavoz`)
  },
  organizationHeads: list3(`banco, instituto, gobierno, oposici\xF3n, coalici\xF3n, alianza, ejecutivo, ministerio, canciller\xEDa, presidencia, agencia, partido, comisi\xF3n, comit\xE9, consejo,
    parlamento, congreso, senado, asamblea, tribunal, corte, juzgado, fiscal\xEDa, polic\xEDa, guardia, ej\xE9rcito, fuerzas, empresa,
    compa\xF1\xEDa, firma, banco, grupo, organizaci\xF3n, asociaci\xF3n, sindicato, federaci\xF3n, instituto, instituci\xF3n, universidad,
    fundaci\xF3n, centro, junta, ayuntamiento, alcald\xEDa, gobernaci\xF3n, servicio, diario, peri\xF3dico, revista, cadena, emisora,
    televisi\xF3n, radio, portal, medio, medios, prensa, estudio, encuesta, informe, comunicado, nota,
    moncloa, embajada, equipo, club, liga, onu, otan, ue, uni\xF3n, laboratorio, observatorio, defensor\xEDa`),
  stopwords: list3(`el, la, los, las, lo, un, una, unos, unas, y, e, o, u, pero, sino, ni, si, que, como, cuando, donde, mientras,
    porque, aunque, a, al, ante, bajo, con, contra, de, del, desde, durante, en, entre, hacia, hasta, para, por, sin, sobre,
    tras, este, esta, estos, estas, ese, esa, esos, esas, su, sus, mi, mis, nuestro, nuestra, \xE9l, ella, ellos, ellas, yo, t\xFA,
    usted, se, le, les, no, s\xED, ya, tambi\xE9n, tampoco, a\xFAn, todav\xEDa, muy, m\xE1s, menos, adem\xE1s, sin embargo, luego, hoy, ayer,
    ma\xF1ana, lunes, martes, mi\xE9rcoles, jueves, viernes, s\xE1bado, domingo, enero, febrero, marzo, abril, mayo, junio, julio,
    agosto, septiembre, setiembre, octubre, noviembre, diciembre, seg\xFAn, todo, todos, toda, todas, cada, alg\xFAn, alguno,
    alguna, ning\xFAn, ninguna, qu\xE9, qui\xE9n, cu\xE1l, d\xF3nde, c\xF3mo, por qu\xE9`),
  clauseBreaks: list3(`que, quien, quienes, cual, cuyo, cuya, donde, cuando, mientras, porque, aunque, pero, sino, y, e, si,
    como, tras, dijo, dice, por su parte, a su vez, sin embargo, no obstante`),
  relayVerbs: list3(`habl\xF3 de, habla de, hablaron de, se refiri\xF3 a, se refiere a, calific\xF3 de, califica de, critic\xF3, critica,
    elogi\xF3, elogia, celebr\xF3, celebra, conden\xF3, condena, rechaz\xF3, rechaza, pidi\xF3, pide, reclam\xF3, reclama, exigi\xF3, exige,
    inst\xF3 a, insta a, abog\xF3 por, aboga por, apel\xF3 a, arremeti\xF3 contra, arremete contra, carg\xF3 contra, carga contra`),
  verbModifiers: list3(`ha, han, hab\xEDa, hab\xEDan, habr\xEDa, es, son, fue, fueron, era, eran, ser\xE1, ser\xEDa, tambi\xE9n, adem\xE1s, luego,
    despu\xE9s, ya, a\xFAn, todav\xEDa, nuevamente, otra vez, de nuevo, no, nunca, siempre, p\xFAblicamente, claramente, hoy, ayer, este,
    lunes, martes, mi\xE9rcoles, jueves, viernes, s\xE1bado, domingo, incluso, asimismo, recientemente, entonces, posteriormente, le, les, se`),
  parentheticals: list3(`por su parte, a su vez, sin embargo, no obstante, adem\xE1s, asimismo, en cambio, por otro lado, por otra
    parte, en un comunicado, en una entrevista, en declaraciones, en rueda de prensa, en su cuenta de twitter, el lunes, el
    martes, el mi\xE9rcoles, el jueves, el viernes, el s\xE1bado, el domingo, ayer, hoy, tambi\xE9n, incluso, en efecto, por cierto`),
  nameParticles: ["de", "del", "de la", "la", "las", "los", "y", "da", "van", "von", "di", "al", "el", "bin"],
  asWords: ["como"],
  determiners: list3(`el, la, los, las, un, una, unos, unas, su, sus, este, esta, estos, estas, ese, esa, esos, esas, aquel,
    aquella, mi, mis, nuestro, nuestra, nuestros, nuestras, tu, tus, dichas, dichos, dicha, dicho, nueva, nuevas, nuevo, nuevos,
    \xFAltimas, \xFAltimos, \xFAltima, \xFAltimo, varias, varios, algunas, algunos, ciertas, ciertos, falsas, falsos`),
  indefinites: ["un", "una", "unos", "unas", "alg\xFAn", "alguna", "algunos", "algunas", "varios", "varias", "otro", "otra", "dos", "tres"],
  quotes: [["\xAB", "\xBB"], ["\u201C", "\u201D"], ["\u2018", "\u2019"]],
  addresseeVerbs: list3(`dijo a, cont\xF3 a, explic\xF3 a, asegur\xF3 a, afirm\xF3 a, declar\xF3 a, le dijo a, les dijo a, indic\xF3 a, se\xF1al\xF3 a`),
  notClauseStart: list3(`de, a, al, en, con, por, para, sin, sobre, hacia, desde, contra, durante, y, e, o, u, pero, ni, le, les,
    lo, la, nada, algo, todo, s\xED, no, gracias, tambi\xE9n, adem\xE1s, luego, entonces, eso, esto`),
  conjunctions: ["pero", "y", "e", "sino", "aunque"],
  contentEnders: list3(`aunque, mientras que, si bien, lo que, el cual, la cual, quien, quienes`),
  cueAdjuncts: list3(`el lunes, el martes, el mi\xE9rcoles, el jueves, el viernes, el s\xE1bado, el domingo, ayer, hoy, este lunes,
    este martes, este mi\xE9rcoles, este jueves, este viernes, este s\xE1bado, este domingo, en un comunicado, en una entrevista,
    en rueda de prensa, en una rueda de prensa, en declaraciones a, en su cuenta de x, en su cuenta de twitter, en redes
    sociales, a los periodistas, a la prensa, a efe, en el congreso, esta ma\xF1ana, esta tarde, anoche`),
  proDrop: true,
  dateWords: list3(`enero, febrero, marzo, abril, mayo, junio, julio, agosto, septiembre, setiembre, octubre, noviembre, diciembre, lunes, martes, mi\xE9rcoles, jueves, viernes, s\xE1bado, domingo, hoy, ayer, ma\xF1ana, tarde, noche, semana, mes, a\xF1o, a\xF1os, d\xEDa, d\xEDas, hora, horas, minutos, siglo, primavera, verano, oto\xF1o, invierno`),
  pageStrings: list3(`ver v\xEDdeo, ver video, leer m\xE1s, publicidad, compartir, haga clic aqu\xED, suscribirse, iniciar sesi\xF3n, foto, cerrar, men\xFA`),
  locatives: list3(`en, de, desde, a`),
  documentHeads: list3(`informe, comunicado, declaraci\xF3n, estudio, encuesta, carta, documento, decisi\xF3n, sentencia, fallo, texto, sitio, an\xE1lisis, diario, peri\xF3dico, art\xEDculo, proyecto, ley, constituci\xF3n, resoluci\xF3n`),
  connectives: list3(`sin embargo, no obstante, adem\xE1s, tambi\xE9n, as\xED, entonces, luego, despu\xE9s, antes, finalmente, mientras, aunque, pero, y, o, cuando, si, como, porque, ya, todav\xEDa, a\xFAn, ahora, aqu\xED, all\xED, hoy, ayer, quiz\xE1s, quiz\xE1, tal vez, incluso, asimismo, por su parte`),
  participleEndings: ["ando", "iendo", "yendo"],
  nounPhraseLinks: ["el", "la", "los", "las", "un", "una", "de", "del"]
};

// ../hostile21/src/core/lexicon/pt.ts
var list4 = (s) => s.trim().split(/\s*,\s*/).filter(Boolean).map((w) => w.replace(/\s+/g, " "));
function verb5(sg, pl, past3, pastPl, imperfect, participle, gerund) {
  return [
    sg,
    pl,
    past3,
    pastPl,
    imperfect,
    `${imperfect}m`,
    participle,
    gerund,
    `tem ${participle}`,
    `t\xEAm ${participle}`,
    `tinha ${participle}`,
    `tinham ${participle}`,
    `havia ${participle}`,
    `teria ${participle}`
  ];
}
var ar2 = (stem) => verb5(`${stem}a`, `${stem}am`, `${stem}ou`, `${stem}aram`, `${stem}ava`, `${stem}ado`, `${stem}ando`);
var er3 = (stem) => verb5(`${stem}e`, `${stem}em`, `${stem}eu`, `${stem}eram`, `${stem}ia`, `${stem}ido`, `${stem}endo`);
var ir = (stem) => verb5(`${stem}e`, `${stem}em`, `${stem}iu`, `${stem}iram`, `${stem}ia`, `${stem}ido`, `${stem}indo`);
var SPEECH4 = [
  ...ar2("afirm"),
  ...ar2("declar"),
  ...ar2("explic"),
  ...ar2("assegur"),
  ...ar2("indic"),
  ...ar2("destac"),
  ...ar2("sublinh"),
  ...ar2("ressalt"),
  ...ar2("salient"),
  ...ar2("acrescent"),
  ...ar2("comunic"),
  ...ar2("anunci"),
  ...ar2("confirm"),
  ...ar2("denunci"),
  ...ar2("critic"),
  ...ar2("alert"),
  ...ar2("apont"),
  ...ar2("pergunt"),
  ...ar2("question"),
  ...ar2("lament"),
  ...ar2("manifest"),
  ...ar2("relat"),
  ...ar2("cont"),
  ...ar2("consider"),
  ...ar2("estim"),
  ...ar2("avali"),
  ...ar2("reiter"),
  ...ar2("twitt"),
  ...ar2("public"),
  ...ar2("aclar"),
  ...ar2("argument"),
  ...ar2("exclam"),
  ...ar2("acus"),
  ...ar2("neg"),
  ...ar2("jur"),
  ...ar2("grit"),
  ...ar2("opin"),
  ...ar2("enfatiz"),
  ...ar2("reclam"),
  ...ar2("detalh"),
  ...ar2("lembr"),
  ...ar2("recomend"),
  ...ar2("observ"),
  ...ar2("not"),
  ...ar2("constat"),
  ...ar2("revel"),
  ...ar2("desabaf"),
  ...ar2("ponder"),
  ...ar2("cit"),
  ...ir("garant"),
  ...ar2("inform"),
  ...er3("respond"),
  ...er3("escrev"),
  ...er3("defend"),
  ...er3("promet"),
  ...er3("reconhec"),
  ...er3("esclarec"),
  ...er3("entend"),
  ...ir("admit"),
  ...ir("insist"),
  ...ir("assum"),
  ...ir("desment"),
  ...ir("prossegu"),
  ...ir("discut"),
  ...ar2("sustent"),
  ...ar2("fris"),
  ...ar2("acredit"),
  ...verb5("diz", "dizem", "disse", "disseram", "dizia", "dito", "dizendo"),
  ...verb5("conclui", "concluem", "concluiu", "conclu\xEDram", "conclu\xEDa", "conclu\xEDdo", "concluindo"),
  ...verb5("adverte", "advertem", "advertiu", "advertiram", "advertia", "advertido", "advertindo"),
  ...verb5("sugere", "sugerem", "sugeriu", "sugeriram", "sugeria", "sugerido", "sugerindo"),
  ...verb5("mant\xE9m", "mant\xEAm", "manteve", "mantiveram", "mantinha", "mantido", "mantendo"),
  ...verb5("sust\xE9m", "sust\xEAm", "susteve", "sustiveram", "sustinha", "sustido", "sustendo"),
  ...verb5("cr\xEA", "creem", "creu", "creram", "cria", "crido", "crendo"),
  ...verb5("acha", "acham", "achou", "acharam", "achava", "achado", "achando"),
  ...verb5("exp\xF5e", "exp\xF5em", "exp\xF4s", "expuseram", "expunha", "exposto", "expondo"),
  ...verb5("prev\xEA", "preveem", "previu", "previram", "previa", "previsto", "prevendo"),
  ...verb5("pede", "pedem", "pediu", "pediram", "pedia", "pedido", "pedindo"),
  ...verb5("refere", "referem", "referiu", "referiram", "referia", "referido", "referindo"),
  "contou",
  "disse ainda",
  "afirmou ainda",
  "deu a entender",
  "fez quest\xE3o de dizer",
  "fez quest\xE3o de frisar",
  "chamou a aten\xE7\xE3o",
  "se queixou",
  "queixou-se",
  "queixa-se",
  "lamentou-se",
  "perguntou-se",
  "pergunta-se"
];
var pt = {
  lang: "pt",
  speechVerbs: [...new Set(SPEECH4)],
  weakCues: list4(`acha, acham, achou, cr\xEA, creu, considera, consideram, considerou, avalia, avaliou, pergunta, perguntou,
    questiona, questionou, acusa, acusou, cita, citou, opina, opinou, entende, entendeu, estima, estimou, pede, pediu`),
  bareComplementVerbs: list4(`diz, disse, dizem, disseram, afirma, afirmou, afirmaram, garante, garantiu, acha, achou, acredita,
    acreditou, considera, considerou, avalia, avaliou, admite, admitiu, reconhece, reconheceu, defende, defendeu, explica, explicou`),
  accordingTo: list4(`segundo, de acordo com, conforme, na opini\xE3o de, nas palavras de, citado por, citada por, citando,
    na avalia\xE7\xE3o de, na vis\xE3o de`),
  claimNouns: list4(`afirma\xE7\xE3o, afirma\xE7\xF5es, acusa\xE7\xE3o, acusa\xE7\xF5es, alega\xE7\xE3o, alega\xE7\xF5es, declara\xE7\xE3o, declara\xE7\xF5es, den\xFAncia,
    den\xFAncias, rumor, rumores, boato, boatos, alerta, alertas, aviso, promessa, promessas, an\xFAncio, suspeita, suspeitas, temor,
    temores, argumento, argumentos, estimativa, estimativas, previs\xE3o, previs\xF5es, vers\xE3o, tese, ideia`),
  complementizers: ["que"],
  pronouns: {
    male: ["ele", "este", "esse", "aquele", "o pr\xF3prio"],
    female: ["ela", "esta", "essa", "aquela", "a pr\xF3pria"],
    plural: ["eles", "elas", "n\xF3s", "estes", "estas"],
    neuter: ["isso", "isto", "aquilo"],
    relative: ["que", "quem", "qual", "quais", "cujo", "cuja", "onde"]
  },
  titles: list4(`presidente, vice-presidente, primeiro-ministro, primeira-ministra, ministro, ministra, chanceler, secret\xE1rio,
    secret\xE1ria, secret\xE1rio-geral, secret\xE1ria-geral, porta-voz, deputado, deputada, senador, senadora, vereador, vereadora,
    prefeito, prefeita, presidente da c\xE2mara, governador, governadora, conselheiro, conselheira, diretor, diretora, director,
    directora, diretor-geral, diretora-geral, chefe, l\xEDder, dirigente, respons\xE1vel, coordenador, coordenadora, fundador,
    fundadora, embaixador, embaixadora, diplomata, enviado, enviada, representante, delegado, delegada, comiss\xE1rio, comiss\xE1ria,
    procurador, procuradora, promotor, promotora, juiz, ju\xEDza, desembargador, desembargadora, ministro do supremo, advogado,
    advogada, general, coronel, capit\xE3o, comandante, almirante, rei, rainha, pr\xEDncipe, princesa, papa, bispo, arcebispo,
    cardeal, padre, candidato, candidata, ativista, activista, sindicalista, professor, professora, investigador, investigadora,
    pesquisador, pesquisadora, cientista, economista, analista, especialista, polit\xF3logo, cientista pol\xEDtico, soci\xF3logo,
    soci\xF3loga, historiador, historiadora, m\xE9dico, m\xE9dica, doutor, doutora, epidemiologista, infectologista, escritor,
    escritora, autor, autora, jornalista, colunista, correspondente, editor, editora, treinador, treinadora, t\xE9cnico,
    selecionador, seleccionador, jogador, jogadora, atacante, avan\xE7ado, goleiro, guarda-redes, capit\xE3o, testemunha, v\xEDtima,
    sobrevivente, morador, moradora, habitante, estudante, presidente-executivo, ceo, executivo, executiva, s\xF3cio, s\xF3cia`),
  honorifics: ["sr.", "sra.", "srta.", "dr.", "dra.", "prof.", "profa.", "dom", "dona", "d.", "senhor", "senhora"],
  abbreviations: list4(`sr., sra., srta., dr., dra., prof., profa., eng., gen., cel., cap., sto., sta., etc., p\xE1g., n.\xBA, n\xBA.,
    no., vol., eua., aprox., av., tel., ex., p.ex., jan., fev., mar., abr., mai., jun., jul., ago., set., out., nov., dez., s.a., ltda., cia.`),
  anonymous: {
    markers: list4(`fontes, fonte, an\xF4nimo, an\xF4nima, an\xF3nimo, an\xF3nima, sob condi\xE7\xE3o de anonimato, sob anonimato, que pediu para
      n\xE3o ser identificado, que pediu para n\xE3o ser identificada, que pediu anonimato, pr\xF3ximas, pr\xF3ximos, ligadas, ligados,
      consultadas, consultados, um porta-voz, uma porta-voz, um funcion\xE1rio, funcion\xE1rios, um assessor, assessores, interlocutores,
      um diplomata, diplomatas, especialistas, analistas, observadores, cr\xEDticos, alguns, muitos, outros, v\xE1rios, testemunhas,
      aliados, pessoas pr\xF3ximas, bastidores`),
    heads: list4(`fonte, fontes, funcion\xE1rio, funcion\xE1rios, funcion\xE1ria, assessor, assessores, interlocutor, interlocutores,
      diplomata, diplomatas, especialistas, analistas, observadores, cr\xEDticos, aliados, testemunhas, pessoa, pessoas, algu\xE9m, porta-voz`)
  },
  organizationHeads: list4(`banco, instituto, governo, oposi\xE7\xE3o, coliga\xE7\xE3o, coaliz\xE3o, alian\xE7a, minist\xE9rio, itamaraty, planalto, presid\xEAncia, ag\xEAncia, partido, comiss\xE3o, comit\xEA, comit\xE9,
    conselho, parlamento, congresso, senado, c\xE2mara, assembleia, tribunal, supremo, stf, justi\xE7a, minist\xE9rio p\xFAblico,
    procuradoria, pol\xEDcia, ex\xE9rcito, for\xE7as, empresa, companhia, firma, banco, grupo, organiza\xE7\xE3o, associa\xE7\xE3o, sindicato,
    federa\xE7\xE3o, confedera\xE7\xE3o, instituto, institui\xE7\xE3o, universidade, funda\xE7\xE3o, centro, prefeitura, secretaria, servi\xE7o, jornal,
    di\xE1rio, revista, canal, emissora, televis\xE3o, r\xE1dio, portal, site, m\xEDdia, media, imprensa, estudo, pesquisa, sondagem,
    inqu\xE9rito, relat\xF3rio, comunicado, nota, embaixada, equipe, equipa, clube, liga, onu, otan, ue,
    uni\xE3o, laborat\xF3rio, observat\xF3rio, defensoria`),
  stopwords: list4(`o, a, os, as, um, uma, uns, umas, e, ou, mas, nem, se, que, como, quando, onde, enquanto, porque, embora,
    ao, aos, \xE0, \xE0s, ante, ap\xF3s, at\xE9, com, contra, de, do, da, dos, das, desde, durante, em, no, na, nos, nas, entre, para, pra,
    por, pelo, pela, pelos, pelas, sem, sob, sobre, este, esta, estes, estas, esse, essa, esses, essas, seu, sua, seus, suas,
    meu, minha, nosso, nossa, ele, ela, eles, elas, eu, voc\xEA, lhe, lhes, n\xE3o, sim, j\xE1, tamb\xE9m, ainda, muito, mais, menos,
    al\xE9m, por\xE9m, contudo, entretanto, depois, hoje, ontem, amanh\xE3, segunda-feira, ter\xE7a-feira, quarta-feira, quinta-feira,
    sexta-feira, s\xE1bado, domingo, janeiro, fevereiro, mar\xE7o, abril, maio, junho, julho, agosto, setembro, outubro, novembro,
    dezembro, segundo, todo, todos, toda, todas, cada, algum, alguma, nenhum, nenhuma, qual, quem, onde, como`),
  clauseBreaks: list4(`que, quem, qual, quais, cujo, cuja, onde, quando, enquanto, porque, embora, mas, e, se, como, ap\xF3s,
    disse, diz, por sua vez, por seu lado, no entanto, por\xE9m, contudo, entretanto`),
  relayVerbs: list4(`falou de, falou sobre, fala de, fala sobre, referiu-se a, se referiu a, classificou de, classificou como,
    chamou de, criticou, critica, elogiou, elogia, celebrou, condenou, condena, rejeitou, rejeita, exigiu, exige, apelou a,
    apelou para, defendeu, atacou, ataca, acusou`),
  verbModifiers: list4(`tem, t\xEAm, tinha, tinham, havia, teria, \xE9, s\xE3o, foi, foram, era, eram, ser\xE1, seria, tamb\xE9m, ainda, j\xE1,
    depois, novamente, de novo, n\xE3o, nunca, sempre, publicamente, claramente, hoje, ontem, nesta, neste, nessa, nesse, inclusive,
    recentemente, ent\xE3o, posteriormente, lhe, lhes, se`),
  parentheticals: list4(`por sua vez, por seu lado, por outro lado, no entanto, por\xE9m, contudo, entretanto, al\xE9m disso, em
    comunicado, em nota, em entrevista, em declara\xE7\xF5es, em coletiva, em confer\xEAncia de imprensa, nas redes sociais, no twitter,
    ontem, hoje, tamb\xE9m, inclusive, de facto, de fato, ali\xE1s`),
  nameParticles: ["de", "da", "do", "das", "dos", "e", "van", "von", "di", "al", "el", "bin"],
  asWords: ["como"],
  determiners: list4(`o, a, os, as, um, uma, uns, umas, seu, sua, seus, suas, este, esta, estes, estas, esse, essa, esses,
    essas, aquele, aquela, meu, minha, nosso, nossa, nossos, nossas, tais, tal, nova, novas, novo, novos, \xFAltimas, \xFAltimos,
    \xFAltima, \xFAltimo, v\xE1rias, v\xE1rios, algumas, alguns, certas, certos, falsas, falsos, do, da, dos, das, no, na, nos, nas`),
  indefinites: ["um", "uma", "uns", "umas", "algum", "alguma", "alguns", "algumas", "v\xE1rios", "v\xE1rias", "outro", "outra", "dois", "duas", "tr\xEAs"],
  quotes: [["\u201C", "\u201D"], ["\xAB", "\xBB"], ["\u2018", "\u2019"]],
  addresseeVerbs: list4(`disse a, disse \xE0, disse ao, contou a, contou \xE0, contou ao, explicou a, explicou \xE0, explicou ao, garantiu a,
    afirmou a, afirmou \xE0, afirmou ao, declarou a, declarou \xE0, declarou ao`),
  notClauseStart: list4(`de, a, \xE0, ao, aos, em, no, na, com, por, pelo, pela, para, sem, sobre, at\xE9, contra, durante, e, ou,
    mas, nem, lhe, lhes, nada, algo, tudo, sim, n\xE3o, obrigado, tamb\xE9m, al\xE9m, depois, ent\xE3o, isso, isto`),
  conjunctions: ["mas", "e", "por\xE9m", "contudo"],
  contentEnders: list4(`embora, enquanto, o que, o qual, a qual, quem`),
  cueAdjuncts: list4(`na segunda-feira, na ter\xE7a-feira, na quarta-feira, na quinta-feira, na sexta-feira, no s\xE1bado, no domingo,
    nesta segunda-feira, nesta ter\xE7a-feira, nesta quarta-feira, nesta quinta-feira, nesta sexta-feira, neste s\xE1bado,
    neste domingo, ontem, hoje, em comunicado, em nota, em entrevista, em coletiva, em confer\xEAncia de imprensa,
    em declara\xE7\xF5es, nas redes sociais, no twitter, aos jornalistas, \xE0 imprensa, \xE0 lusa, \xE0 ag\xEAncia lusa, esta manh\xE3, esta tarde`),
  proDrop: true,
  dateWords: list4(`janeiro, fevereiro, mar\xE7o, abril, maio, junho, julho, agosto, setembro, outubro, novembro, dezembro, segunda-feira, ter\xE7a-feira, quarta-feira, quinta-feira, sexta-feira, s\xE1bado, domingo, hoje, ontem, amanh\xE3, manh\xE3, tarde, noite, semana, m\xEAs, ano, anos, dia, dias, hora, horas, minutos, s\xE9culo, primavera, ver\xE3o, outono, inverno`),
  pageStrings: list4(`assistir v\xEDdeo, ver v\xEDdeo, leia mais, leia tamb\xE9m, publicidade, compartilhar, partilhar, clique aqui, assinar, entrar, foto, fechar, menu`),
  locatives: list4(`em, no, na, nos, nas, de, do, da, desde`),
  documentHeads: list4(`relat\xF3rio, comunicado, declara\xE7\xE3o, nota, estudo, pesquisa, sondagem, carta, documento, decis\xE3o, senten\xE7a, texto, site, an\xE1lise, jornal, artigo, projeto, lei, constitui\xE7\xE3o, resolu\xE7\xE3o`),
  connectives: list4(`no entanto, contudo, por\xE9m, todavia, al\xE9m disso, tamb\xE9m, assim, ent\xE3o, depois, antes, finalmente, enquanto, embora, mas, e, ou, quando, se, como, porque, j\xE1, ainda, agora, aqui, ali, hoje, ontem, talvez, inclusive`),
  participleEndings: ["ando", "endo", "indo"],
  nounPhraseLinks: ["o", "os", "um", "uma", "de", "do", "da", "dos", "das"]
};

// ../hostile21/src/core/lexicon/cs.ts
var list5 = (s) => s.trim().split(/\s*,\s*/).filter(Boolean).map((w) => w.replace(/\s+/g, " "));
var past = (l) => [l, `${l}a`, `${l}o`, `${l}i`, `${l}y`];
function verb6(present, presentPl, ...participles) {
  const [stem, refl] = present.split(" ");
  const forms = [stem, presentPl.split(" ")[0], ...participles.flatMap(past)];
  return refl ? forms.flatMap((f) => [`${f} ${refl}`, `${refl} ${f}`]) : forms;
}
var SPEECH5 = [
  ...verb6("\u0159\xEDk\xE1", "\u0159\xEDkaj\xED", "\u0159ekl", "\u0159\xEDkal"),
  "\u0159\xEDct",
  "\u0159ekne",
  "\u0159eknou",
  ...verb6("uv\xE1d\xED", "uv\xE1d\u011Bj\xED", "uvedl", "uv\xE1d\u011Bl"),
  ...verb6("dod\xE1v\xE1", "dod\xE1vaj\xED", "dodal", "dod\xE1val"),
  ...verb6("dopl\u0148uje", "dopl\u0148uj\xED", "doplnil", "dopl\u0148oval"),
  ...verb6("p\u0159id\xE1v\xE1 se", "p\u0159id\xE1vaj\xED se", "p\u0159idal"),
  ...verb6("prohla\u0161uje", "prohla\u0161uj\xED", "prohl\xE1sil", "prohla\u0161oval"),
  ...verb6("sd\u011Bluje", "sd\u011Bluj\xED", "sd\u011Blil"),
  ...verb6("p\xED\u0161e", "p\xED\u0161ou", "napsal", "psal"),
  "p\xED\u0161\xED",
  ...verb6("tvrd\xED", "tvrd\xED", "tvrdil"),
  ...verb6("m\xEDn\xED", "m\xEDn\xED", "m\xEDnil"),
  ...verb6("mysl\xED si", "mysl\xED si", "myslel"),
  ...verb6("domn\xEDv\xE1 se", "domn\xEDvaj\xED se", "domn\xEDval"),
  ...verb6("soud\xED", "soud\xED", "usoudil", "soudil"),
  ...verb6("v\u011B\u0159\xED", "v\u011B\u0159\xED", "v\u011B\u0159il"),
  ...verb6("upozor\u0148uje", "upozor\u0148uj\xED", "upozornil", "upozor\u0148oval"),
  ...verb6("zd\u016Fraz\u0148uje", "zd\u016Fraz\u0148uj\xED", "zd\u016Fraznil", "zd\u016Fraz\u0148oval"),
  ...verb6("vysv\u011Btluje", "vysv\u011Btluj\xED", "vysv\u011Btlil", "vysv\u011Btloval"),
  ...verb6("poznamen\xE1v\xE1", "poznamen\xE1vaj\xED", "poznamenal"),
  ...verb6("podot\xFDk\xE1", "podot\xFDkaj\xED", "podotkl"),
  ...verb6("konstatuje", "konstatuj\xED", "konstatoval"),
  ...verb6("komentuje", "komentuj\xED", "komentoval", "okomentoval"),
  ...verb6("hodnot\xED", "hodnot\xED", "hodnotil", "zhodnotil", "ohodnotil"),
  ...verb6("p\u0159izn\xE1v\xE1", "p\u0159izn\xE1vaj\xED", "p\u0159iznal"),
  ...verb6("p\u0159ipou\u0161t\xED", "p\u0159ipou\u0161t\u011Bj\xED", "p\u0159ipustil"),
  ...verb6("potvrzuje", "potvrzuj\xED", "potvrdil"),
  ...verb6("oznamuje", "oznamuj\xED", "ozn\xE1mil"),
  ...verb6("varuje", "varuj\xED", "varoval"),
  ...verb6("odpov\xEDd\xE1", "odpov\xEDdaj\xED", "odpov\u011Bd\u011Bl", "odpov\xEDdal"),
  ...verb6("reaguje", "reaguj\xED", "reagoval", "zareagoval"),
  ...verb6("vzkazuje", "vzkazuj\xED", "vzk\xE1zal"),
  ...verb6("informuje", "informuj\xED", "informoval"),
  ...verb6("p\u0159irovn\xE1v\xE1", "p\u0159irovn\xE1vaj\xED", "p\u0159irovnal"),
  ...verb6("pochvaluje si", "pochvaluj\xED si", "pochvaloval"),
  ...verb6("posteskne si", "postesknou si", "posteskl"),
  ...verb6("st\u011B\u017Euje si", "st\u011B\u017Euj\xED si", "st\u011B\u017Eoval"),
  ...verb6("glosuje", "glosuj\xED", "glosoval"),
  ...verb6("shrnuje", "shrnuj\xED", "shrnul"),
  ...verb6("odhaduje", "odhaduj\xED", "odhadl", "odhadoval"),
  ...verb6("argumentuje", "argumentuj\xED", "argumentoval"),
  ...verb6("nam\xEDt\xE1", "nam\xEDtaj\xED", "nam\xEDtl"),
  ...verb6("oponuje", "oponuj\xED", "oponoval"),
  ...verb6("prozrazuje", "prozrazuj\xED", "prozradil"),
  ...verb6("sv\u011B\u0159uje se", "sv\u011B\u0159uj\xED se", "sv\u011B\u0159il"),
  ...verb6("zmi\u0148uje", "zmi\u0148uj\xED", "zm\xEDnil"),
  ...verb6("p\u0159ipom\xEDn\xE1", "p\u0159ipom\xEDnaj\xED", "p\u0159ipomn\u011Bl", "p\u0159ipom\xEDnal"),
  ...verb6("vypr\xE1v\xED", "vypr\xE1v\u011Bj\xED", "vypr\xE1v\u011Bl"),
  ...verb6("l\xED\u010D\xED", "l\xED\u010D\xED", "l\xED\u010Dil", "vyl\xED\u010Dil"),
  ...verb6("popisuje", "popisuj\xED", "popsal"),
  ...verb6("up\u0159es\u0148uje", "up\u0159es\u0148uj\xED", "up\u0159esnil"),
  ...verb6("uji\u0161\u0165uje", "uji\u0161\u0165uj\xED", "ujistil"),
  ...verb6("slibuje", "slibuj\xED", "sl\xEDbil"),
  ...verb6("uzn\xE1v\xE1", "uzn\xE1vaj\xED", "uznal"),
  ...verb6("opakuje", "opakuj\xED", "zopakoval", "opakoval"),
  ...verb6("pokra\u010Duje", "pokra\u010Duj\xED", "pokra\u010Doval"),
  ...verb6("vzpom\xEDn\xE1", "vzpom\xEDnaj\xED", "vzpom\xEDnal", "zavzpom\xEDnal"),
  ...verb6("pt\xE1 se", "ptaj\xED se", "ptal", "zeptal"),
  ...verb6("div\xED se", "div\xED se", "divil", "podivil"),
  ...verb6("sm\u011Bje se", "sm\u011Bj\xED se", "sm\xE1l", "zasm\xE1l"),
  ...verb6("usm\xEDv\xE1 se", "usm\xEDvaj\xED se", "usm\xE1l"),
  ...verb6("kritizuje", "kritizuj\xED", "kritizoval", "zkritizoval"),
  ...verb6("chv\xE1l\xED", "chv\xE1l\xED", "chv\xE1lil", "pochv\xE1lil"),
  ...verb6("nab\xE1d\xE1", "nab\xE1daj\xED", "nab\xE1dal"),
  ...verb6("vyz\xFDv\xE1", "vyz\xFDvaj\xED", "vyzval"),
  ...verb6("tweetuje", "tweetuj\xED", "tweetoval"),
  ...verb6("p\u0159edpov\xEDd\xE1", "p\u0159edpov\xEDdaj\xED", "p\u0159edpov\u011Bd\u011Bl"),
  ...verb6("odm\xEDt\xE1", "odm\xEDtaj\xED", "odm\xEDtl"),
  ...verb6("pop\xEDr\xE1", "pop\xEDraj\xED", "pop\u0159el"),
  ...verb6("oznamuje", "oznamuj\xED", "ozn\xE1mil"),
  ...verb6("usuzuje", "usuzuj\xED", "usoudil"),
  ...verb6("du\u0161uje se", "du\u0161uj\xED se", "du\u0161oval"),
  ...verb6("nech\xE1v\xE1 se sly\u0161et", "nech\xE1vaj\xED se sly\u0161et", "nechal"),
  "nechal se sly\u0161et",
  "nechala se sly\u0161et",
  "nechali se sly\u0161et",
  "se nechal sly\u0161et",
  "se nechala sly\u0161et",
  "krout\xED hlavou",
  "kroutil hlavou",
  "kroutila hlavou",
  "kr\u010D\xED rameny",
  "pokr\u010Dil rameny",
  "pokr\u010Dila rameny",
  "je p\u0159esv\u011Bd\u010Den",
  "je p\u0159esv\u011Bd\u010Dena",
  "byl p\u0159esv\u011Bd\u010Den",
  "byla p\u0159esv\u011Bd\u010Dena",
  "jsou p\u0159esv\u011Bd\u010Deni",
  "dodal",
  "\u0159ekl",
  "\u0159ekla"
];
var cs = {
  lang: "cs",
  speechVerbs: [...new Set(SPEECH5)],
  weakCues: list5(`mysl\xED si, myslel si, myslela si, v\u011B\u0159\xED, v\u011B\u0159il, v\u011B\u0159ila, hodnot\xED, hodnotil, hodnotila, kritizuje, kritizoval,
    kritizovala, chv\xE1l\xED, chv\xE1lil, chv\xE1lila, pochv\xE1lil, pochv\xE1lila, pt\xE1 se, ptal se, ptala se, zeptal se, zeptala se, krout\xED hlavou,
    kroutil hlavou, kroutila hlavou, sm\u011Bje se, usm\xEDv\xE1 se, div\xED se, vyz\xFDv\xE1, vyzval, vyzvala, odm\xEDt\xE1, odm\xEDtl, odm\xEDtla`),
  bareComplementVerbs: list5(`\u0159ekl, \u0159ekla, \u0159ekli, \u0159\xEDk\xE1, \u0159\xEDkaj\xED, uvedl, uvedla, uvedli, uv\xE1d\xED, tvrd\xED, tvrdil, tvrdila, m\xEDn\xED,
    mysl\xED si, domn\xEDv\xE1 se, soud\xED, v\u011B\u0159\xED, dodal, dodala, dod\xE1v\xE1, prohl\xE1sil, prohl\xE1sila, napsal, napsala, p\xED\u0161e`),
  accordingTo: list5(`podle, dle, jak uvedl, jak uvedla, jak uvedli, jak \u0159ekl, jak \u0159ekla, jak napsal, jak napsala, jak p\xED\u0161e,
    jak uv\xE1d\xED, jak informoval, jak informovala, s odvol\xE1n\xEDm na, citoval, citovala, cituj\xED, cituje`),
  claimNouns: list5(`tvrzen\xED, obvin\u011Bn\xED, prohl\xE1\u0161en\xED, v\xFDrok, v\xFDroky, slova, slib, sliby, varov\xE1n\xED, uji\u0161t\u011Bn\xED, spekulace, dohady,
    zv\u011Bsti, f\xE1my, obavy, odhad, odhady, p\u0159edpov\u011B\u010F, argument, n\xE1zor, p\u0159esv\u011Bd\u010Den\xED, podez\u0159en\xED, informace, zpr\xE1va, zpr\xE1vy`),
  complementizers: ["\u017Ee", "aby", "zda", "jestli"],
  pronouns: {
    male: ["on", "jeho", "jemu", "mu", "ho", "j\xEDm", "n\u011Bj", "n\u011Bho", "n\u011Bmu", "ten", "tento", "onen"],
    female: ["ona", "jej\xED", "j\xED", "ji", "n\xED", "ni", "ta", "tato"],
    plural: ["oni", "ony", "jejich", "jim", "nich", "nim", "my", "ti", "ty"],
    neuter: ["ono", "to", "toto"],
    relative: ["kter\xFD", "kter\xE1", "kter\xE9", "kte\u0159\xED", "jen\u017E", "je\u017E", "jeho\u017E", "jej\xED\u017E", "co\u017E", "kdo", "co"]
  },
  titles: list5(`prezident, prezidentka, viceprezident, premi\xE9r, premi\xE9rka, p\u0159edseda vl\xE1dy, p\u0159edsedkyn\u011B vl\xE1dy, ministr,
    ministryn\u011B, ministr zahrani\u010D\xED, ministryn\u011B zahrani\u010D\xED, ministr vnitra, ministr financ\xED, ministr zdravotnictv\xED, n\xE1m\u011Bstek,
    n\xE1m\u011Bstkyn\u011B, mluv\u010D\xED, tiskov\xFD mluv\u010D\xED, tiskov\xE1 mluv\u010D\xED, poslanec, poslankyn\u011B, sen\xE1tor, sen\xE1torka, starosta, starostka,
    prim\xE1tor, prim\xE1torka, hejtman, hejtmanka, radn\xED, zastupitel, zastupitelka, p\u0159edseda, p\u0159edsedkyn\u011B, m\xEDstop\u0159edseda,
    m\xEDstop\u0159edsedkyn\u011B, \u0161\xE9f, \u0161\xE9fka, \u0159editel, \u0159editelka, gener\xE1ln\xED \u0159editel, gener\xE1ln\xED \u0159editelka, mana\u017Eer, mana\u017Eerka, vedouc\xED,
    zakladatel, zakladatelka, majitel, majitelka, velvyslanec, velvyslankyn\u011B, diplomat, diplomatka, vyslanec, z\xE1stupce,
    z\xE1stupkyn\u011B, zmocn\u011Bnec, komisa\u0159, komisa\u0159ka, eurokomisa\u0159, eurokomisa\u0159ka, st\xE1tn\xED z\xE1stupce, st\xE1tn\xED z\xE1stupkyn\u011B, \u017Ealobce,
    soudce, soudkyn\u011B, advok\xE1t, advok\xE1tka, obh\xE1jce, obh\xE1jkyn\u011B, pr\xE1vn\xEDk, pr\xE1vni\u010Dka, gener\xE1l, plukovn\xEDk, kapit\xE1n, kapit\xE1nka,
    velitel, velitelka, admir\xE1l, kr\xE1l, kr\xE1lovna, princ, princezna, pape\u017E, biskup, arcibiskup, kardin\xE1l, far\xE1\u0159, kandid\xE1t,
    kandid\xE1tka, politik, politi\u010Dka, aktivista, aktivistka, odbor\xE1\u0159, profesor, profesorka, docent, docentka, v\u011Bdec, v\u011Bdkyn\u011B,
    v\xFDzkumn\xEDk, v\xFDzkumnice, ekonom, ekonomka, analytik, analyti\u010Dka, odborn\xEDk, odbornice, expert, expertka, politolog,
    politolo\u017Eka, sociolog, sociolo\u017Eka, historik, histori\u010Dka, l\xE9ka\u0159, l\xE9ka\u0159ka, epidemiolog, epidemiolo\u017Eka, virolog,
    virolo\u017Eka, spisovatel, spisovatelka, autor, autorka, novin\xE1\u0159, novin\xE1\u0159ka, koment\xE1tor, koment\xE1torka, redaktor,
    redaktorka, zpravodaj, zpravodajka, tren\xE9r, tren\xE9rka, kou\u010D, hr\xE1\u010D, hr\xE1\u010Dka, \xFAto\u010Dn\xEDk, \xFAto\u010Dnice, obr\xE1nce, brank\xE1\u0159,
    z\xE1lo\u017En\xEDk, st\u0159edopola\u0159, reprezentant, reprezentantka, kapit\xE1n, sv\u011Bdek, sv\u011Bdkyn\u011B, ob\u011B\u0165, obyvatel, obyvatelka, student,
    studentka, u\u010Ditel, u\u010Ditelka, guvern\xE9r, guvern\xE9rka, kancl\xE9\u0159, kancl\xE9\u0159ka, \u0161\xE9fredaktor, \u0161\xE9fredaktorka, policejn\xED mluv\u010D\xED,
    superstar, hv\u011Bzda, legenda, kolega, kolegyn\u011B, man\u017Eel, man\u017Eelka, otec, matka, syn, dcera, bratr, sestra`),
  honorifics: ["pan", "pan\xED", "sle\u010Dna", "dr.", "mudr.", "judr.", "ing.", "mgr.", "bc.", "prof.", "doc.", "phdr.", "rndr.", "phd."],
  abbreviations: list5(`dr., mudr., judr., ing., mgr., bc., prof., doc., phdr., rndr., phd., csc., drsc., tj., tzv., tzn.,
    nap\u0159., mj., apod., atd., atp., resp., p\u0159., k\u010D., mil., mld., tis., min., max., \u010Ds., st., sv., ul., \u010D., s.r.o., a.s., r., odd.,
    viz., v\u010D., cca., ev., hod., led., \xFAno., b\u0159e., dub., kv\u011B., \u010Dvn., \u010Dvc., srp., z\xE1\u0159., \u0159\xEDj., lis., pro.`),
  anonymous: {
    markers: list5(`zdroj, zdroje, zdroj\u016F, nejmenovan\xFD, nejmenovan\xE1, nejmenovan\xED, nejmenovan\xE9ho, anonymn\xED, anonymn\u011B, kter\xFD
      necht\u011Bl b\xFDt jmenov\xE1n, kter\xE1 necht\u011Bla b\xFDt jmenov\xE1na, kte\u0159\xED necht\u011Bli b\xFDt jmenov\xE1ni, necht\u011Bl b\xFDt jmenov\xE1n, obezn\xE1men\xFD,
      obezn\xE1men\xE9, obezn\xE1men\xED, bl\xEDzk\xFD, bl\xEDzk\xE9, bl\xEDzc\xED, z okol\xED, informovan\xFD, informovan\xE9, informovan\xED, mluv\u010D\xED, jeden z, n\u011Bkte\u0159\xED,
      mnoz\xED, dal\u0161\xED, odborn\xEDci, experti, analytici, pozorovatel\xE9, kritici, sv\u011Bdci, fanou\u0161ci, lid\xE9, \xFA\u0159edn\xEDk, \xFA\u0159edn\xEDci, diplomat\xE9`),
    heads: list5(`zdroj, zdroje, zdroj\u016F, \xFA\u0159edn\xEDk, \xFA\u0159edn\xEDci, diplomat, diplomat\xE9, odborn\xEDci, experti, analytici, pozorovatel\xE9,
      kritici, sv\u011Bdci, fanou\u0161ci, lid\xE9, \u010Dlov\u011Bk, n\u011Bkdo, mluv\u010D\xED, insider, inside\u0159i, obyvatel\xE9, koment\xE1to\u0159i, kritici`)
  },
  organizationHeads: list5(`vl\xE1da, opozice, koalice, ministerstvo, \xFA\u0159ad, \xFA\u0159ad vl\xE1dy, hrad, kancel\xE1\u0159, agentura, strana, hnut\xED, komise, v\xFDbor,
    rada, parlament, sn\u011Bmovna, sen\xE1t, soud, \xFAstavn\xED soud, policie, arm\xE1da, st\xE1tn\xED zastupitelstv\xED, firma, spole\u010Dnost, podnik,
    banka, skupina, organizace, sdru\u017Een\xED, svaz, spolek, odbory, institut, \xFAstav, univerzita, nadace, centrum, magistr\xE1t,
    radnice, kraj, slu\u017Eba, noviny, den\xEDk, t\xFDden\xEDk, \u010Dasopis, server, web, port\xE1l, televize, rozhlas, r\xE1dio, stanice, vys\xEDla\u010D,
    m\xE9dium, m\xE9dia, tisk, studie, pr\u016Fzkum, zpr\xE1va, prohl\xE1\u0161en\xED, tiskov\xE1 zpr\xE1va, kreml, b\xEDl\xFD d\u016Fm, velvyslanectv\xED, ambas\xE1da,
    t\xFDm, klub, mu\u017Estvo, liga, unie, nato, osn, eu, laborato\u0159, ve\u010Dern\xEDk, list, agentura \u010Dtk, \u010Dtk, redakce, svaz`),
  stopwords: list5(`a, i, ale, nebo, \u010Di, ani, v\u0161ak, av\u0161ak, \u017Ee, aby, kdy\u017E, proto\u017Ee, pokud, jestli, zda, ne\u017E, jak, jako, tak,
    tak\xE9, t\xE9\u017E, v, ve, na, do, z, ze, s, se, si, k, ke, o, u, od, po, pro, p\u0159ed, za, nad, pod, mezi, p\u0159es, p\u0159i, bez, kv\u016Fli, podle,
    dle, proti, b\u011Bhem, ten, ta, to, ti, ty, tento, tato, toto, tyto, jeho, jej\xED, jejich, jeho, m\u016Fj, n\xE1\u0161, sv\u016Fj, svou, sv\xFDm,
    sv\xE9m, sv\xE9ho, sv\xE9, on, ona, ono, oni, ony, j\xE1, ty, my, vy, je, jsou, byl, byla, bylo, byli, nen\xED, ne, u\u017E, ji\u017E, je\u0161t\u011B, jen,
    jenom, pr\xE1v\u011B, velmi, hodn\u011B, nyn\xED, te\u010F, dnes, v\u010Dera, z\xEDtra, pak, potom, tedy, toti\u017E, ov\u0161em, p\u0159itom, nicm\xE9n\u011B, zat\xEDmco,
    pond\u011Bl\xED, \xFAter\xFD, st\u0159eda, \u010Dtvrtek, p\xE1tek, sobota, ned\u011Ble, leden, \xFAnor, b\u0159ezen, duben, kv\u011Bten, \u010Derven, \u010Dervenec, srpen,
    z\xE1\u0159\xED, \u0159\xEDjen, listopad, prosinec, v\u0161ichni, v\u0161echno, ka\u017Ed\xFD, \u017E\xE1dn\xFD, n\u011Bjak\xFD, kter\xFD, kter\xE1, kter\xE9, kde, kdy, pro\u010D, co, kdo`),
  clauseBreaks: list5(`kter\xFD, kter\xE1, kter\xE9, kte\u0159\xED, jen\u017E, je\u017E, co\u017E, kde, kdy, kdy\u017E, proto\u017Ee, zat\xEDmco, ale, a, v\u0161ak, av\u0161ak,
    nebo, aby, jak, jako, \u0159ekl, \u0159ekla, uvedl, uvedla, naopak, nicm\xE9n\u011B`),
  relayVerbs: list5(`mluvil o, mluvila o, mluv\xED o, hovo\u0159il o, hovo\u0159ila o, hovo\u0159\xED o, ozna\u010Dil za, ozna\u010Dila za, ozna\u010Duje za,
    nazval, nazvala, odsoudil, odsoudila, ocenil, ocenila, p\u0159iv\xEDtal, p\u0159iv\xEDtala, vyzval k, vyzvala k, varoval p\u0159ed,
    varovala p\u0159ed, odm\xEDtl, odm\xEDtla, zkritizoval, zkritizovala, pustil se do, pustila se do, op\u0159el se do, op\u0159ela se do`),
  verbModifiers: list5(`je, jsou, byl, byla, bylo, byli, byly, bude, budou, by, se, si, tak\xE9, t\xE9\u017E, rovn\u011B\u017E, d\xE1le, je\u0161t\u011B, ji\u017E,
    u\u017E, znovu, op\u011Bt, pak, potom, pot\xE9, n\xE1sledn\u011B, nakonec, dnes, v\u010Dera, ned\xE1vno, ve\u0159ejn\u011B, otev\u0159en\u011B, jasn\u011B, d\u016Frazn\u011B, ne, nikdy,
    v\u017Edy, st\xE1le, pr\xFD, dokonce, p\u0159itom, tehdy, nyn\xED, te\u010F, zase, rovnou, hned, okam\u017Eit\u011B, ostatn\u011B, naopak, ale, v\u0161ak`),
  parentheticals: list5(`naopak, nicm\xE9n\u011B, v\u0161ak, ov\u0161em, rovn\u011B\u017E, tak\xE9, d\xE1le, v pond\u011Bl\xED, v \xFAter\xFD, ve st\u0159edu, ve \u010Dtvrtek, v p\xE1tek,
    v sobotu, v ned\u011Bli, v\u010Dera, dnes, v prohl\xE1\u0161en\xED, v rozhovoru, na twitteru, na soci\xE1ln\xEDch s\xEDt\xEDch, pro server, pro den\xEDk,
    pro \u010Dtk, podle v\u0161eho, samoz\u0159ejm\u011B, ostatn\u011B, mimochodem`),
  nameParticles: ["de", "von", "van", "der", "da", "di", "la", "le", "del", "al", "el", "bin"],
  asWords: ["jako"],
  determiners: list5(`ten, ta, to, ty, ti, tento, tato, toto, tyto, jeho, jej\xED, jejich, sv\u016Fj, sv\xE1, sv\xE9, svoje, jeden, jedna,
    jedno, n\u011Bjak\xFD, n\u011Bjak\xE1, n\u011Bkter\xE9, mnoh\xE9, dal\u0161\xED, nov\xE9, nov\xE1, nov\xFD, posledn\xED, ned\xE1vn\xE9, opakovan\xE9, nepodlo\u017Een\xE9, fale\u0161n\xE9`),
  indefinites: ["jeden", "jedna", "jedno", "n\u011Bjak\xFD", "n\u011Bjak\xE1", "n\u011Bjak\xE9", "n\u011Bkte\u0159\xED", "n\u011Bkter\xE9", "mnoz\xED", "dva", "dv\u011B", "t\u0159i", "dal\u0161\xED"],
  quotes: [["\u201E", "\u201C"], ["\u201A", "\u2018"], ["\xBB", "\xAB"]],
  addresseeVerbs: list5(`\u0159ekl, \u0159ekla, \u0159ekli, sd\u011Blil, sd\u011Blila, sd\u011Blili, vysv\u011Btlil, vysv\u011Btlila, napsal, napsala, potvrdil, potvrdila`),
  notClauseStart: list5(`o, na, v, ve, do, z, ze, s, se, k, ke, u, od, po, pro, p\u0159ed, za, p\u0159i, bez, a, i, ale, nebo, mu, j\xED,
    jim, mi, nic, n\u011Bco, v\u0161echno, ano, ne, d\u011Bkuji, tak\xE9, t\xE9\u017E, pak, potom, to, tohle`),
  conjunctions: ["ale", "a", "v\u0161ak", "av\u0161ak", "i"],
  contentEnders: list5(`a\u010Dkoli, a\u010Dkoliv, zat\xEDmco, p\u0159i\u010Dem\u017E, co\u017E, kter\xFD, kter\xE1, kter\xE9`),
  cueAdjuncts: list5(`v pond\u011Bl\xED, v \xFAter\xFD, ve st\u0159edu, ve \u010Dtvrtek, v p\xE1tek, v sobotu, v ned\u011Bli, v\u010Dera, dnes, v prohl\xE1\u0161en\xED, v rozhovoru,
    v tiskov\xE9 zpr\xE1v\u011B, na tiskov\xE9 konferenci, na twitteru, na s\xEDti x, na facebooku, na soci\xE1ln\xEDch s\xEDt\xEDch, pro \u010Dtk, pro
    server, pro den\xEDk, novin\xE1\u0159\u016Fm, ve sn\u011Bmovn\u011B, r\xE1no, ve\u010Der, odpoledne`),
  caseEndings: ["a", "u", "e", "ovi", "em", "ou", "\xE9", "\xE1", "y", "i", "\u016F", "\u016Fm", "\xE9ho", "\xE9mu", "\xFDm", "\xFD", "\xEDm", "\xED"],
  proDrop: true,
  cueGender: { male: ["l"], female: ["la"] },
  commaBeforeComplementizer: true,
  dateWords: list5(`leden, ledna, \xFAnor, \xFAnora, b\u0159ezen, b\u0159ezna, duben, dubna, kv\u011Bten, kv\u011Btna, \u010Derven, \u010Dervna, \u010Dervenec, \u010Dervence, srpen, srpna, z\xE1\u0159\xED, \u0159\xEDjen, \u0159\xEDjna, listopad, listopadu, prosinec, prosince, pond\u011Bl\xED, \xFAter\xFD, st\u0159eda, st\u0159edu, \u010Dtvrtek, p\xE1tek, sobota, sobotu, ned\u011Ble, ned\u011Bli, dnes, v\u010Dera, z\xEDtra, r\xE1no, ve\u010Der, odpoledne, noc, t\xFDden, t\xFDdne, m\u011Bs\xEDc, rok, roku, let, den, dne, dny, hodina, hodin, minut, stolet\xED`),
  pageStrings: list5(`p\u0159ehr\xE1t video, \u010Dt\u011Bte tak\xE9, v\xEDce, reklama, sd\xEDlet, klikn\u011Bte zde, p\u0159ihl\xE1sit, foto, zav\u0159\xEDt, menu`),
  locatives: list5(`v, ve, z, ze, na, do`),
  documentHeads: list5(`zpr\xE1va, zpr\xE1vy, prohl\xE1\u0161en\xED, studie, pr\u016Fzkum, dopis, dokument, rozhodnut\xED, rozsudek, text, web, anal\xFDza, noviny, \u010Dl\xE1nek, z\xE1kon, \xFAstava, usnesen\xED`),
  connectives: list5(`v\u0161ak, ale, a, nebo, proto, tedy, tak\xE9, t\xE9\u017E, je\u0161t\u011B, ji\u017E, u\u017E, nyn\xED, te\u010F, dnes, v\u010Dera, pak, potom, zat\xEDm, mezit\xEDm, nav\xEDc, p\u0159esto, kdy, kdy\u017E, jestli, pokud, proto\u017Ee, zde, tam, mo\u017En\xE1, dokonce`)
};

// ../hostile21/src/core/lexicon/ru.ts
var list6 = (s) => s.trim().split(/\s*,\s*/).filter(Boolean).map((w) => w.replace(/\s+/g, " "));
var past2 = (l) => [l, `${l}\u0430`, `${l}\u043E`, `${l}\u0438`];
var pastRefl = (l) => [`${l}\u0441\u044F`, `${l}\u0430\u0441\u044C`, `${l}\u043E\u0441\u044C`, `${l}\u0438\u0441\u044C`];
var verb7 = (sg, pl, ...pasts) => [sg, pl, ...pasts.flatMap(past2)];
var verbRefl = (sg, pl, ...pasts) => [sg, pl, ...pasts.flatMap(pastRefl)];
function cases(noun) {
  if (noun.includes(" ")) return [noun];
  if (noun.endsWith("\u044C")) {
    const s = noun.slice(0, -1);
    return [noun, `${s}\u044F`, `${s}\u044E`, `${s}\u0435\u043C`, `${s}\u0435`, `${s}\u0438`, `${s}\u0435\u0439`];
  }
  if (noun.endsWith("\u0439")) {
    const s = noun.slice(0, -1);
    return [noun, `${s}\u044F`, `${s}\u044E`, `${s}\u0435\u043C`, `${s}\u0435`, `${s}\u0438`];
  }
  if (/[бвгджзклмнпрстфхцчшщ]$/.test(noun)) {
    const soft = /[гкхжчшщ]$/.test(noun);
    return [noun, `${noun}\u0430`, `${noun}\u0443`, `${noun}\u043E\u043C`, `${noun}\u0435`, soft ? `${noun}\u0438` : `${noun}\u044B`, `${noun}\u043E\u0432`];
  }
  return [noun];
}
var SPEECH6 = [
  ...verb7("\u0433\u043E\u0432\u043E\u0440\u0438\u0442", "\u0433\u043E\u0432\u043E\u0440\u044F\u0442", "\u0441\u043A\u0430\u0437\u0430\u043B", "\u0433\u043E\u0432\u043E\u0440\u0438\u043B"),
  "\u0441\u043A\u0430\u0437\u0430\u0442\u044C",
  ...verb7("\u0437\u0430\u044F\u0432\u043B\u044F\u0435\u0442", "\u0437\u0430\u044F\u0432\u043B\u044F\u044E\u0442", "\u0437\u0430\u044F\u0432\u0438\u043B", "\u0437\u0430\u044F\u0432\u043B\u044F\u043B"),
  ...verb7("\u043E\u0442\u043C\u0435\u0447\u0430\u0435\u0442", "\u043E\u0442\u043C\u0435\u0447\u0430\u044E\u0442", "\u043E\u0442\u043C\u0435\u0442\u0438\u043B", "\u043E\u0442\u043C\u0435\u0447\u0430\u043B"),
  ...verb7("\u0434\u043E\u0431\u0430\u0432\u043B\u044F\u0435\u0442", "\u0434\u043E\u0431\u0430\u0432\u043B\u044F\u044E\u0442", "\u0434\u043E\u0431\u0430\u0432\u0438\u043B", "\u0434\u043E\u0431\u0430\u0432\u043B\u044F\u043B"),
  ...verb7("\u043F\u043E\u0434\u0447\u0451\u0440\u043A\u0438\u0432\u0430\u0435\u0442", "\u043F\u043E\u0434\u0447\u0451\u0440\u043A\u0438\u0432\u0430\u044E\u0442", "\u043F\u043E\u0434\u0447\u0435\u0440\u043A\u043D\u0443\u043B", "\u043F\u043E\u0434\u0447\u0451\u0440\u043A\u0438\u0432\u0430\u043B"),
  ...verb7("\u043F\u043E\u0434\u0447\u0435\u0440\u043A\u0438\u0432\u0430\u0435\u0442", "\u043F\u043E\u0434\u0447\u0435\u0440\u043A\u0438\u0432\u0430\u044E\u0442", "\u043F\u043E\u0434\u0447\u0435\u0440\u043A\u0438\u0432\u0430\u043B"),
  ...verb7("\u043F\u043E\u044F\u0441\u043D\u044F\u0435\u0442", "\u043F\u043E\u044F\u0441\u043D\u044F\u044E\u0442", "\u043F\u043E\u044F\u0441\u043D\u0438\u043B", "\u043F\u043E\u044F\u0441\u043D\u044F\u043B"),
  ...verb7("\u043E\u0431\u044A\u044F\u0441\u043D\u044F\u0435\u0442", "\u043E\u0431\u044A\u044F\u0441\u043D\u044F\u044E\u0442", "\u043E\u0431\u044A\u044F\u0441\u043D\u0438\u043B", "\u043E\u0431\u044A\u044F\u0441\u043D\u044F\u043B"),
  ...verb7("\u0441\u043E\u043E\u0431\u0449\u0430\u0435\u0442", "\u0441\u043E\u043E\u0431\u0449\u0430\u044E\u0442", "\u0441\u043E\u043E\u0431\u0449\u0438\u043B", "\u0441\u043E\u043E\u0431\u0449\u0430\u043B"),
  ...verb7("\u043F\u0438\u0448\u0435\u0442", "\u043F\u0438\u0448\u0443\u0442", "\u043D\u0430\u043F\u0438\u0441\u0430\u043B", "\u043F\u0438\u0441\u0430\u043B"),
  ...verb7("\u0440\u0430\u0441\u0441\u043A\u0430\u0437\u044B\u0432\u0430\u0435\u0442", "\u0440\u0430\u0441\u0441\u043A\u0430\u0437\u044B\u0432\u0430\u044E\u0442", "\u0440\u0430\u0441\u0441\u043A\u0430\u0437\u0430\u043B", "\u0440\u0430\u0441\u0441\u043A\u0430\u0437\u044B\u0432\u0430\u043B"),
  ...verb7("\u043F\u0440\u0438\u0437\u043D\u0430\u0451\u0442", "\u043F\u0440\u0438\u0437\u043D\u0430\u044E\u0442", "\u043F\u0440\u0438\u0437\u043D\u0430\u043B", "\u043F\u0440\u0438\u0437\u043D\u0430\u0432\u0430\u043B"),
  "\u043F\u0440\u0438\u0437\u043D\u0430\u0435\u0442",
  ...verb7("\u0443\u0442\u043E\u0447\u043D\u044F\u0435\u0442", "\u0443\u0442\u043E\u0447\u043D\u044F\u044E\u0442", "\u0443\u0442\u043E\u0447\u043D\u0438\u043B", "\u0443\u0442\u043E\u0447\u043D\u044F\u043B"),
  ...verb7("\u0443\u043A\u0430\u0437\u044B\u0432\u0430\u0435\u0442", "\u0443\u043A\u0430\u0437\u044B\u0432\u0430\u044E\u0442", "\u0443\u043A\u0430\u0437\u0430\u043B", "\u0443\u043A\u0430\u0437\u044B\u0432\u0430\u043B"),
  ...verb7("\u043F\u0440\u0435\u0434\u0443\u043F\u0440\u0435\u0436\u0434\u0430\u0435\u0442", "\u043F\u0440\u0435\u0434\u0443\u043F\u0440\u0435\u0436\u0434\u0430\u044E\u0442", "\u043F\u0440\u0435\u0434\u0443\u043F\u0440\u0435\u0434\u0438\u043B", "\u043F\u0440\u0435\u0434\u0443\u043F\u0440\u0435\u0436\u0434\u0430\u043B"),
  ...verb7("\u0441\u0447\u0438\u0442\u0430\u0435\u0442", "\u0441\u0447\u0438\u0442\u0430\u044E\u0442", "\u0441\u0447\u0438\u0442\u0430\u043B"),
  ...verb7("\u043F\u043E\u043B\u0430\u0433\u0430\u0435\u0442", "\u043F\u043E\u043B\u0430\u0433\u0430\u044E\u0442", "\u043F\u043E\u043B\u0430\u0433\u0430\u043B"),
  ...verb7("\u0434\u0443\u043C\u0430\u0435\u0442", "\u0434\u0443\u043C\u0430\u044E\u0442", "\u0434\u0443\u043C\u0430\u043B"),
  ...verb7("\u0437\u0430\u0432\u0435\u0440\u044F\u0435\u0442", "\u0437\u0430\u0432\u0435\u0440\u044F\u044E\u0442", "\u0437\u0430\u0432\u0435\u0440\u0438\u043B", "\u0437\u0430\u0432\u0435\u0440\u044F\u043B"),
  ...verb7("\u0443\u0432\u0435\u0440\u044F\u0435\u0442", "\u0443\u0432\u0435\u0440\u044F\u044E\u0442", "\u0443\u0432\u0435\u0440\u0438\u043B", "\u0443\u0432\u0435\u0440\u044F\u043B"),
  ...verb7("\u043F\u043E\u0434\u0442\u0432\u0435\u0440\u0436\u0434\u0430\u0435\u0442", "\u043F\u043E\u0434\u0442\u0432\u0435\u0440\u0436\u0434\u0430\u044E\u0442", "\u043F\u043E\u0434\u0442\u0432\u0435\u0440\u0434\u0438\u043B", "\u043F\u043E\u0434\u0442\u0432\u0435\u0440\u0436\u0434\u0430\u043B"),
  ...verb7("\u043E\u0431\u044A\u044F\u0432\u043B\u044F\u0435\u0442", "\u043E\u0431\u044A\u044F\u0432\u043B\u044F\u044E\u0442", "\u043E\u0431\u044A\u044F\u0432\u0438\u043B", "\u043E\u0431\u044A\u044F\u0432\u043B\u044F\u043B"),
  ...verb7("\u043E\u0442\u0432\u0435\u0447\u0430\u0435\u0442", "\u043E\u0442\u0432\u0435\u0447\u0430\u044E\u0442", "\u043E\u0442\u0432\u0435\u0442\u0438\u043B", "\u043E\u0442\u0432\u0435\u0447\u0430\u043B"),
  ...verb7("\u0432\u043E\u0437\u0440\u0430\u0436\u0430\u0435\u0442", "\u0432\u043E\u0437\u0440\u0430\u0436\u0430\u044E\u0442", "\u0432\u043E\u0437\u0440\u0430\u0437\u0438\u043B", "\u0432\u043E\u0437\u0440\u0430\u0436\u0430\u043B"),
  ...verb7("\u0437\u0430\u043C\u0435\u0447\u0430\u0435\u0442", "\u0437\u0430\u043C\u0435\u0447\u0430\u044E\u0442", "\u0437\u0430\u043C\u0435\u0442\u0438\u043B", "\u0437\u0430\u043C\u0435\u0447\u0430\u043B"),
  ...verb7("\u043A\u043E\u043D\u0441\u0442\u0430\u0442\u0438\u0440\u0443\u0435\u0442", "\u043A\u043E\u043D\u0441\u0442\u0430\u0442\u0438\u0440\u0443\u044E\u0442", "\u043A\u043E\u043D\u0441\u0442\u0430\u0442\u0438\u0440\u043E\u0432\u0430\u043B"),
  ...verb7("\u043A\u043E\u043C\u043C\u0435\u043D\u0442\u0438\u0440\u0443\u0435\u0442", "\u043A\u043E\u043C\u043C\u0435\u043D\u0442\u0438\u0440\u0443\u044E\u0442", "\u043F\u0440\u043E\u043A\u043E\u043C\u043C\u0435\u043D\u0442\u0438\u0440\u043E\u0432\u0430\u043B", "\u043A\u043E\u043C\u043C\u0435\u043D\u0442\u0438\u0440\u043E\u0432\u0430\u043B"),
  ...verb7("\u043D\u0430\u043F\u043E\u043C\u0438\u043D\u0430\u0435\u0442", "\u043D\u0430\u043F\u043E\u043C\u0438\u043D\u0430\u044E\u0442", "\u043D\u0430\u043F\u043E\u043C\u043D\u0438\u043B", "\u043D\u0430\u043F\u043E\u043C\u0438\u043D\u0430\u043B"),
  ...verb7("\u043F\u0440\u0438\u0437\u044B\u0432\u0430\u0435\u0442", "\u043F\u0440\u0438\u0437\u044B\u0432\u0430\u044E\u0442", "\u043F\u0440\u0438\u0437\u0432\u0430\u043B", "\u043F\u0440\u0438\u0437\u044B\u0432\u0430\u043B"),
  ...verb7("\u043F\u0440\u0435\u0434\u043F\u043E\u043B\u0430\u0433\u0430\u0435\u0442", "\u043F\u0440\u0435\u0434\u043F\u043E\u043B\u0430\u0433\u0430\u044E\u0442", "\u043F\u0440\u0435\u0434\u043F\u043E\u043B\u043E\u0436\u0438\u043B", "\u043F\u0440\u0435\u0434\u043F\u043E\u043B\u0430\u0433\u0430\u043B"),
  ...verb7("\u043E\u043F\u0440\u043E\u0432\u0435\u0440\u0433\u0430\u0435\u0442", "\u043E\u043F\u0440\u043E\u0432\u0435\u0440\u0433\u0430\u044E\u0442", "\u043E\u043F\u0440\u043E\u0432\u0435\u0440\u0433", "\u043E\u043F\u0440\u043E\u0432\u0435\u0440\u0433\u0430\u043B"),
  ...verb7("\u043E\u0442\u0440\u0438\u0446\u0430\u0435\u0442", "\u043E\u0442\u0440\u0438\u0446\u0430\u044E\u0442", "\u043E\u0442\u0440\u0438\u0446\u0430\u043B"),
  ...verb7("\u0443\u0442\u0432\u0435\u0440\u0436\u0434\u0430\u0435\u0442", "\u0443\u0442\u0432\u0435\u0440\u0436\u0434\u0430\u044E\u0442", "\u0443\u0442\u0432\u0435\u0440\u0436\u0434\u0430\u043B"),
  ...verb7("\u043D\u0430\u0441\u0442\u0430\u0438\u0432\u0430\u0435\u0442", "\u043D\u0430\u0441\u0442\u0430\u0438\u0432\u0430\u044E\u0442", "\u043D\u0430\u0441\u0442\u0430\u0438\u0432\u0430\u043B"),
  ...verb7("\u0440\u0435\u0437\u044E\u043C\u0438\u0440\u0443\u0435\u0442", "\u0440\u0435\u0437\u044E\u043C\u0438\u0440\u0443\u044E\u0442", "\u0440\u0435\u0437\u044E\u043C\u0438\u0440\u043E\u0432\u0430\u043B"),
  ...verb7("\u043F\u043E\u0434\u044B\u0442\u043E\u0436\u0438\u0432\u0430\u0435\u0442", "\u043F\u043E\u0434\u044B\u0442\u043E\u0436\u0438\u0432\u0430\u044E\u0442", "\u043F\u043E\u0434\u044B\u0442\u043E\u0436\u0438\u043B"),
  ...verb7("\u0446\u0438\u0442\u0438\u0440\u0443\u0435\u0442", "\u0446\u0438\u0442\u0438\u0440\u0443\u044E\u0442", "\u043F\u0440\u043E\u0446\u0438\u0442\u0438\u0440\u043E\u0432\u0430\u043B", "\u0446\u0438\u0442\u0438\u0440\u043E\u0432\u0430\u043B"),
  ...verb7("\u043F\u0435\u0440\u0435\u0434\u0430\u0451\u0442", "\u043F\u0435\u0440\u0435\u0434\u0430\u044E\u0442", "\u043F\u0435\u0440\u0435\u0434\u0430\u043B", "\u043F\u0435\u0440\u0435\u0434\u0430\u0432\u0430\u043B"),
  "\u043F\u0435\u0440\u0435\u0434\u0430\u0435\u0442",
  ...verb7("\u043E\u0431\u0435\u0449\u0430\u0435\u0442", "\u043E\u0431\u0435\u0449\u0430\u044E\u0442", "\u043F\u043E\u043E\u0431\u0435\u0449\u0430\u043B", "\u043E\u0431\u0435\u0449\u0430\u043B"),
  ...verb7("\u0441\u0435\u0442\u0443\u0435\u0442", "\u0441\u0435\u0442\u0443\u044E\u0442", "\u043F\u043E\u0441\u0435\u0442\u043E\u0432\u0430\u043B", "\u0441\u0435\u0442\u043E\u0432\u0430\u043B"),
  "\u0443\u0432\u0435\u0440\u0435\u043D",
  "\u0443\u0432\u0435\u0440\u0435\u043D\u0430",
  "\u0443\u0432\u0435\u0440\u0435\u043D\u044B",
  "\u0431\u044B\u043B \u0443\u0432\u0435\u0440\u0435\u043D",
  "\u0431\u044B\u043B\u0430 \u0443\u0432\u0435\u0440\u0435\u043D\u0430",
  "\u0443\u0431\u0435\u0436\u0434\u0451\u043D",
  "\u0443\u0431\u0435\u0436\u0434\u0435\u043D",
  "\u0443\u0431\u0435\u0436\u0434\u0435\u043D\u0430",
  "\u0443\u0431\u0435\u0436\u0434\u0435\u043D\u044B",
  ...verb7("\u043F\u0440\u043E\u0433\u043D\u043E\u0437\u0438\u0440\u0443\u0435\u0442", "\u043F\u0440\u043E\u0433\u043D\u043E\u0437\u0438\u0440\u0443\u044E\u0442", "\u0441\u043F\u0440\u043E\u0433\u043D\u043E\u0437\u0438\u0440\u043E\u0432\u0430\u043B", "\u043F\u0440\u043E\u0433\u043D\u043E\u0437\u0438\u0440\u043E\u0432\u0430\u043B"),
  "\u0434\u0435\u043B\u0430\u0435\u0442 \u0432\u044B\u0432\u043E\u0434",
  "\u0434\u0435\u043B\u0430\u044E\u0442 \u0432\u044B\u0432\u043E\u0434",
  "\u0441\u0434\u0435\u043B\u0430\u043B \u0432\u044B\u0432\u043E\u0434",
  "\u0441\u0434\u0435\u043B\u0430\u043B\u0430 \u0432\u044B\u0432\u043E\u0434",
  "\u0441\u0434\u0435\u043B\u0430\u043B\u0438 \u0432\u044B\u0432\u043E\u0434",
  ...verb7("\u0432\u043E\u0441\u043A\u043B\u0438\u0446\u0430\u0435\u0442", "\u0432\u043E\u0441\u043A\u043B\u0438\u0446\u0430\u044E\u0442", "\u0432\u043E\u0441\u043A\u043B\u0438\u043A\u043D\u0443\u043B"),
  ...verb7("\u0441\u043F\u0440\u0430\u0448\u0438\u0432\u0430\u0435\u0442", "\u0441\u043F\u0440\u0430\u0448\u0438\u0432\u0430\u044E\u0442", "\u0441\u043F\u0440\u043E\u0441\u0438\u043B", "\u0441\u043F\u0440\u0430\u0448\u0438\u0432\u0430\u043B"),
  ...verb7("\u043A\u0440\u0438\u0442\u0438\u043A\u0443\u0435\u0442", "\u043A\u0440\u0438\u0442\u0438\u043A\u0443\u044E\u0442", "\u0440\u0430\u0441\u043A\u0440\u0438\u0442\u0438\u043A\u043E\u0432\u0430\u043B", "\u043A\u0440\u0438\u0442\u0438\u043A\u043E\u0432\u0430\u043B"),
  ...verb7("\u0432\u0441\u043F\u043E\u043C\u0438\u043D\u0430\u0435\u0442", "\u0432\u0441\u043F\u043E\u043C\u0438\u043D\u0430\u044E\u0442", "\u0432\u0441\u043F\u043E\u043C\u043D\u0438\u043B", "\u0432\u0441\u043F\u043E\u043C\u0438\u043D\u0430\u043B"),
  ...verb7("\u043F\u0440\u043E\u0434\u043E\u043B\u0436\u0430\u0435\u0442", "\u043F\u0440\u043E\u0434\u043E\u043B\u0436\u0430\u044E\u0442", "\u043F\u0440\u043E\u0434\u043E\u043B\u0436\u0438\u043B"),
  ...verb7("\u0442\u0432\u0438\u0442\u043D\u0443\u043B", "\u0442\u0432\u0438\u0442\u043D\u0443\u043B\u0438"),
  ...verbRefl("\u0434\u0435\u043B\u0438\u0442\u0441\u044F", "\u0434\u0435\u043B\u044F\u0442\u0441\u044F", "\u043F\u043E\u0434\u0435\u043B\u0438\u043B", "\u0434\u0435\u043B\u0438\u043B"),
  ...verbRefl("\u043F\u0440\u0438\u0437\u043D\u0430\u0451\u0442\u0441\u044F", "\u043F\u0440\u0438\u0437\u043D\u0430\u044E\u0442\u0441\u044F", "\u043F\u0440\u0438\u0437\u043D\u0430\u043B", "\u043F\u0440\u0438\u0437\u043D\u0430\u0432\u0430\u043B"),
  "\u043F\u0440\u0438\u0437\u043D\u0430\u0435\u0442\u0441\u044F",
  ...verbRefl("\u0441\u043E\u0433\u043B\u0430\u0448\u0430\u0435\u0442\u0441\u044F", "\u0441\u043E\u0433\u043B\u0430\u0448\u0430\u044E\u0442\u0441\u044F", "\u0441\u043E\u0433\u043B\u0430\u0441\u0438\u043B", "\u0441\u043E\u0433\u043B\u0430\u0448\u0430\u043B"),
  ...verbRefl("\u0432\u044B\u0441\u043A\u0430\u0437\u044B\u0432\u0430\u0435\u0442\u0441\u044F", "\u0432\u044B\u0441\u043A\u0430\u0437\u044B\u0432\u0430\u044E\u0442\u0441\u044F", "\u0432\u044B\u0441\u043A\u0430\u0437\u0430\u043B", "\u0432\u044B\u0441\u043A\u0430\u0437\u044B\u0432\u0430\u043B"),
  ...verbRefl("\u0436\u0430\u043B\u0443\u0435\u0442\u0441\u044F", "\u0436\u0430\u043B\u0443\u044E\u0442\u0441\u044F", "\u043F\u043E\u0436\u0430\u043B\u043E\u0432\u0430\u043B", "\u0436\u0430\u043B\u043E\u0432\u0430\u043B"),
  ...verbRefl("\u0432\u043E\u0437\u043C\u0443\u0449\u0430\u0435\u0442\u0441\u044F", "\u0432\u043E\u0437\u043C\u0443\u0449\u0430\u044E\u0442\u0441\u044F", "\u0432\u043E\u0437\u043C\u0443\u0442\u0438\u043B", "\u0432\u043E\u0437\u043C\u0443\u0449\u0430\u043B"),
  ...verbRefl("\u0443\u0434\u0438\u0432\u043B\u044F\u0435\u0442\u0441\u044F", "\u0443\u0434\u0438\u0432\u043B\u044F\u044E\u0442\u0441\u044F", "\u0443\u0434\u0438\u0432\u0438\u043B", "\u0443\u0434\u0438\u0432\u043B\u044F\u043B"),
  ...verbRefl("\u0441\u043C\u0435\u0451\u0442\u0441\u044F", "\u0441\u043C\u0435\u044E\u0442\u0441\u044F", "\u0437\u0430\u0441\u043C\u0435\u044F\u043B", "\u0441\u043C\u0435\u044F\u043B"),
  ...verbRefl("\u0445\u0432\u0430\u0441\u0442\u0430\u0435\u0442\u0441\u044F", "\u0445\u0432\u0430\u0441\u0442\u0430\u044E\u0442\u0441\u044F", "\u043F\u043E\u0445\u0432\u0430\u0441\u0442\u0430\u043B", "\u0445\u0432\u0430\u0441\u0442\u0430\u043B"),
  ...verbRefl("\u043E\u0431\u0440\u0430\u0449\u0430\u0435\u0442\u0441\u044F", "\u043E\u0431\u0440\u0430\u0449\u0430\u044E\u0442\u0441\u044F", "\u043E\u0431\u0440\u0430\u0442\u0438\u043B"),
  ...verbRefl("\u0438\u043D\u0442\u0435\u0440\u0435\u0441\u0443\u0435\u0442\u0441\u044F", "\u0438\u043D\u0442\u0435\u0440\u0435\u0441\u0443\u044E\u0442\u0441\u044F", "\u043F\u043E\u0438\u043D\u0442\u0435\u0440\u0435\u0441\u043E\u0432\u0430\u043B"),
  ...verb7("\u0440\u0435\u0430\u0433\u0438\u0440\u0443\u0435\u0442", "\u0440\u0435\u0430\u0433\u0438\u0440\u0443\u044E\u0442", "\u043E\u0442\u0440\u0435\u0430\u0433\u0438\u0440\u043E\u0432\u0430\u043B", "\u0440\u0435\u0430\u0433\u0438\u0440\u043E\u0432\u0430\u043B"),
  "\u0433\u043E\u0432\u043E\u0440\u0438\u0442\u0441\u044F",
  "\u0433\u043E\u0432\u043E\u0440\u0438\u043B\u043E\u0441\u044C",
  "\u0441\u043E\u043E\u0431\u0449\u0430\u0435\u0442\u0441\u044F",
  "\u0441\u043E\u043E\u0431\u0449\u0430\u043B\u043E\u0441\u044C",
  "\u043E\u0442\u043C\u0435\u0447\u0430\u0435\u0442\u0441\u044F",
  "\u043E\u0442\u043C\u0435\u0447\u0430\u043B\u043E\u0441\u044C",
  "\u043F\u043E\u0434\u0447\u0451\u0440\u043A\u0438\u0432\u0430\u0435\u0442\u0441\u044F",
  "\u043F\u043E\u0434\u0447\u0435\u0440\u043A\u0438\u0432\u0430\u0435\u0442\u0441\u044F",
  "\u0443\u0442\u0432\u0435\u0440\u0436\u0434\u0430\u0435\u0442\u0441\u044F",
  "\u0437\u0430\u044F\u0432\u043B\u0435\u043D\u043E",
  "\u0441\u043A\u0430\u0437\u0430\u043D\u043E",
  "\u043F\u043E\u044F\u0441\u043D\u0438\u043B\u0438",
  "\u0440\u0430\u0441\u0441\u043A\u0430\u0437\u0430\u043B\u0438",
  "\u0441\u043E\u043E\u0431\u0449\u0438\u043B\u0438",
  "\u0437\u0430\u044F\u0432\u0438\u043B\u0438"
];
var TITLES2 = list6(`\u043F\u0440\u0435\u0437\u0438\u0434\u0435\u043D\u0442, \u0432\u0438\u0446\u0435-\u043F\u0440\u0435\u0437\u0438\u0434\u0435\u043D\u0442, \u043F\u0440\u0435\u043C\u044C\u0435\u0440, \u043F\u0440\u0435\u043C\u044C\u0435\u0440-\u043C\u0438\u043D\u0438\u0441\u0442\u0440, \u0432\u0438\u0446\u0435-\u043F\u0440\u0435\u043C\u044C\u0435\u0440, \u043C\u0438\u043D\u0438\u0441\u0442\u0440, \u0437\u0430\u043C\u043C\u0438\u043D\u0438\u0441\u0442\u0440\u0430, \u0437\u0430\u043C\u0435\u0441\u0442\u0438\u0442\u0435\u043B\u044C,
  \u043F\u0440\u0435\u0441\u0441-\u0441\u0435\u043A\u0440\u0435\u0442\u0430\u0440\u044C, \u043E\u0444\u0438\u0446\u0438\u0430\u043B\u044C\u043D\u044B\u0439 \u043F\u0440\u0435\u0434\u0441\u0442\u0430\u0432\u0438\u0442\u0435\u043B\u044C, \u043F\u0440\u0435\u0434\u0441\u0442\u0430\u0432\u0438\u0442\u0435\u043B\u044C, \u0441\u043F\u0438\u043A\u0435\u0440, \u0433\u043B\u0430\u0432\u0430, \u0440\u0443\u043A\u043E\u0432\u043E\u0434\u0438\u0442\u0435\u043B\u044C, \u0434\u0438\u0440\u0435\u043A\u0442\u043E\u0440, \u0433\u0435\u043D\u0435\u0440\u0430\u043B\u044C\u043D\u044B\u0439 \u0434\u0438\u0440\u0435\u043A\u0442\u043E\u0440,
  \u0433\u0435\u043D\u0434\u0438\u0440\u0435\u043A\u0442\u043E\u0440, \u043F\u0440\u0435\u0434\u0441\u0435\u0434\u0430\u0442\u0435\u043B\u044C, \u0437\u0430\u043C\u043F\u0440\u0435\u0434, \u0434\u0435\u043F\u0443\u0442\u0430\u0442, \u0441\u0435\u043D\u0430\u0442\u043E\u0440, \u0433\u0443\u0431\u0435\u0440\u043D\u0430\u0442\u043E\u0440, \u043C\u044D\u0440, \u043F\u043E\u0441\u043E\u043B, \u0434\u0438\u043F\u043B\u043E\u043C\u0430\u0442, \u043F\u043E\u0441\u0442\u043F\u0440\u0435\u0434, \u044D\u043A\u0441\u043F\u0435\u0440\u0442, \u0430\u043D\u0430\u043B\u0438\u0442\u0438\u043A,
  \u043F\u043E\u043B\u0438\u0442\u043E\u043B\u043E\u0433, \u044D\u043A\u043E\u043D\u043E\u043C\u0438\u0441\u0442, \u043F\u0440\u043E\u0444\u0435\u0441\u0441\u043E\u0440, \u0443\u0447\u0451\u043D\u044B\u0439, \u0443\u0447\u0435\u043D\u044B\u0439, \u0432\u0440\u0430\u0447, \u0433\u043B\u0430\u0432\u0432\u0440\u0430\u0447, \u0442\u0440\u0435\u043D\u0435\u0440, \u0433\u043B\u0430\u0432\u043D\u044B\u0439 \u0442\u0440\u0435\u043D\u0435\u0440, \u043D\u0430\u0441\u0442\u0430\u0432\u043D\u0438\u043A, \u0438\u0433\u0440\u043E\u043A, \u043D\u0430\u043F\u0430\u0434\u0430\u044E\u0449\u0438\u0439,
  \u0437\u0430\u0449\u0438\u0442\u043D\u0438\u043A, \u0432\u0440\u0430\u0442\u0430\u0440\u044C, \u043F\u043E\u043B\u0443\u0437\u0430\u0449\u0438\u0442\u043D\u0438\u043A, \u043A\u0430\u043F\u0438\u0442\u0430\u043D, \u0441\u0443\u0434\u044C\u044F, \u043F\u0440\u043E\u043A\u0443\u0440\u043E\u0440, \u0433\u0435\u043D\u043F\u0440\u043E\u043A\u0443\u0440\u043E\u0440, \u0430\u0434\u0432\u043E\u043A\u0430\u0442, \u044E\u0440\u0438\u0441\u0442, \u0441\u043B\u0435\u0434\u043E\u0432\u0430\u0442\u0435\u043B\u044C, \u0433\u0435\u043D\u0435\u0440\u0430\u043B, \u043F\u043E\u043B\u043A\u043E\u0432\u043D\u0438\u043A,
  \u043A\u043E\u043C\u0430\u043D\u0434\u0443\u044E\u0449\u0438\u0439, \u043A\u043E\u043C\u0430\u043D\u0434\u0438\u0440, \u043F\u0430\u0442\u0440\u0438\u0430\u0440\u0445, \u043C\u0438\u0442\u0440\u043E\u043F\u043E\u043B\u0438\u0442, \u0441\u0432\u044F\u0449\u0435\u043D\u043D\u0438\u043A, \u043A\u043E\u0440\u043E\u043B\u044C, \u043A\u043E\u0440\u043E\u043B\u0435\u0432\u0430, \u043F\u0440\u0438\u043D\u0446, \u043F\u0440\u0438\u043D\u0446\u0435\u0441\u0441\u0430, \u043A\u0430\u043D\u0434\u0438\u0434\u0430\u0442, \u0430\u043A\u0442\u0438\u0432\u0438\u0441\u0442, \u0436\u0443\u0440\u043D\u0430\u043B\u0438\u0441\u0442,
  \u043A\u043E\u0440\u0440\u0435\u0441\u043F\u043E\u043D\u0434\u0435\u043D\u0442, \u043E\u0431\u043E\u0437\u0440\u0435\u0432\u0430\u0442\u0435\u043B\u044C, \u043F\u0438\u0441\u0430\u0442\u0435\u043B\u044C, \u0430\u0432\u0442\u043E\u0440, \u0440\u0435\u0434\u0430\u043A\u0442\u043E\u0440, \u0433\u043B\u0430\u0432\u043D\u044B\u0439 \u0440\u0435\u0434\u0430\u043A\u0442\u043E\u0440, \u0433\u043B\u0430\u0432\u0440\u0435\u0434, \u043E\u0441\u043D\u043E\u0432\u0430\u0442\u0435\u043B\u044C, \u0441\u043E\u043E\u0441\u043D\u043E\u0432\u0430\u0442\u0435\u043B\u044C, \u0432\u043B\u0430\u0434\u0435\u043B\u0435\u0446,
  \u0441\u0432\u0438\u0434\u0435\u0442\u0435\u043B\u044C, \u043E\u0447\u0435\u0432\u0438\u0434\u0435\u0446, \u0436\u0438\u0442\u0435\u043B\u044C, \u0441\u0442\u0443\u0434\u0435\u043D\u0442, \u0443\u0447\u0438\u0442\u0435\u043B\u044C, \u043A\u0430\u043D\u0446\u043B\u0435\u0440, \u0433\u043E\u0441\u0441\u0435\u043A\u0440\u0435\u0442\u0430\u0440\u044C, \u0433\u0435\u043D\u0441\u0435\u043A, \u0433\u0435\u043D\u0435\u0440\u0430\u043B\u044C\u043D\u044B\u0439 \u0441\u0435\u043A\u0440\u0435\u0442\u0430\u0440\u044C, \u0441\u043E\u0432\u0435\u0442\u043D\u0438\u043A, \u043F\u043E\u043C\u043E\u0449\u043D\u0438\u043A,
  \u0443\u043F\u043E\u043B\u043D\u043E\u043C\u043E\u0447\u0435\u043D\u043D\u044B\u0439, \u043E\u043C\u0431\u0443\u0434\u0441\u043C\u0435\u043D, \u0432\u0438\u0446\u0435-\u0441\u043F\u0438\u043A\u0435\u0440, \u043B\u0438\u0434\u0435\u0440, \u0441\u043E\u043F\u0440\u0435\u0434\u0441\u0435\u0434\u0430\u0442\u0435\u043B\u044C, \u0438\u0441\u0441\u043B\u0435\u0434\u043E\u0432\u0430\u0442\u0435\u043B\u044C, \u0441\u043F\u0435\u0446\u0438\u0430\u043B\u0438\u0441\u0442, \u0432\u0438\u0440\u0443\u0441\u043E\u043B\u043E\u0433, \u044D\u043F\u0438\u0434\u0435\u043C\u0438\u043E\u043B\u043E\u0433,
  \u0438\u0441\u0442\u043E\u0440\u0438\u043A, \u0441\u043E\u0446\u0438\u043E\u043B\u043E\u0433, \u044E\u0440\u0438\u0441\u0442, \u0431\u0438\u0437\u043D\u0435\u0441\u043C\u0435\u043D, \u043F\u0440\u0435\u0434\u043F\u0440\u0438\u043D\u0438\u043C\u0430\u0442\u0435\u043B\u044C, \u0431\u0430\u043D\u043A\u0438\u0440, \u043C\u0438\u043B\u043B\u0438\u0430\u0440\u0434\u0435\u0440, \u0447\u0438\u043D\u043E\u0432\u043D\u0438\u043A, \u0433\u0443\u0431\u0435\u0440\u043D\u0430\u0442\u043E\u0440, \u0430\u0442\u0430\u043C\u0430\u043D, \u0438\u043D\u0441\u043F\u0435\u043A\u0442\u043E\u0440,
  \u043C\u0430\u0442\u044C, \u043E\u0442\u0435\u0446, \u0441\u044B\u043D, \u0434\u043E\u0447\u044C, \u0431\u0440\u0430\u0442, \u0441\u0435\u0441\u0442\u0440\u0430, \u0436\u0435\u043D\u0430, \u043C\u0443\u0436, \u043A\u043E\u043B\u043B\u0435\u0433\u0430, \u0434\u0440\u0443\u0433`);
var ru = {
  lang: "ru",
  speechVerbs: [...new Set(SPEECH6)],
  weakCues: list6(`\u0441\u0447\u0438\u0442\u0430\u0435\u0442, \u0441\u0447\u0438\u0442\u0430\u044E\u0442, \u0441\u0447\u0438\u0442\u0430\u043B, \u0441\u0447\u0438\u0442\u0430\u043B\u0430, \u0441\u0447\u0438\u0442\u0430\u043B\u0438, \u0434\u0443\u043C\u0430\u0435\u0442, \u0434\u0443\u043C\u0430\u043B, \u0434\u0443\u043C\u0430\u043B\u0430, \u043F\u043E\u043B\u0430\u0433\u0430\u0435\u0442, \u043F\u043E\u043B\u0430\u0433\u0430\u043B, \u043F\u043E\u043B\u0430\u0433\u0430\u043B\u0430, \u0441\u043F\u0440\u0430\u0448\u0438\u0432\u0430\u0435\u0442,
    \u0441\u043F\u0440\u043E\u0441\u0438\u043B, \u0441\u043F\u0440\u043E\u0441\u0438\u043B\u0430, \u043A\u0440\u0438\u0442\u0438\u043A\u0443\u0435\u0442, \u0440\u0430\u0441\u043A\u0440\u0438\u0442\u0438\u043A\u043E\u0432\u0430\u043B, \u0440\u0430\u0441\u043A\u0440\u0438\u0442\u0438\u043A\u043E\u0432\u0430\u043B\u0430, \u0432\u0441\u043F\u043E\u043C\u0438\u043D\u0430\u0435\u0442, \u0432\u0441\u043F\u043E\u043C\u043D\u0438\u043B, \u0432\u0441\u043F\u043E\u043C\u043D\u0438\u043B\u0430, \u043F\u0440\u0438\u0437\u0432\u0430\u043B, \u043F\u0440\u0438\u0437\u0432\u0430\u043B\u0430, \u043F\u0440\u0438\u0437\u044B\u0432\u0430\u0435\u0442,
    \u043E\u0431\u0440\u0430\u0449\u0430\u0435\u0442\u0441\u044F, \u043E\u0431\u0440\u0430\u0442\u0438\u043B\u0441\u044F, \u043E\u0431\u0440\u0430\u0442\u0438\u043B\u0430\u0441\u044C, \u0438\u043D\u0442\u0435\u0440\u0435\u0441\u0443\u0435\u0442\u0441\u044F, \u043F\u043E\u0438\u043D\u0442\u0435\u0440\u0435\u0441\u043E\u0432\u0430\u043B\u0441\u044F, \u043F\u043E\u0438\u043D\u0442\u0435\u0440\u0435\u0441\u043E\u0432\u0430\u043B\u0430\u0441\u044C`),
  bareComplementVerbs: list6(`\u0441\u043A\u0430\u0437\u0430\u043B, \u0441\u043A\u0430\u0437\u0430\u043B\u0430, \u0441\u043A\u0430\u0437\u0430\u043B\u0438, \u0433\u043E\u0432\u043E\u0440\u0438\u0442, \u0433\u043E\u0432\u043E\u0440\u0438\u043B, \u0433\u043E\u0432\u043E\u0440\u0438\u043B\u0430, \u0437\u0430\u044F\u0432\u0438\u043B, \u0437\u0430\u044F\u0432\u0438\u043B\u0430, \u0437\u0430\u044F\u0432\u0438\u043B\u0438, \u0441\u0447\u0438\u0442\u0430\u0435\u0442, \u0441\u0447\u0438\u0442\u0430\u043B,
    \u0441\u0447\u0438\u0442\u0430\u043B\u0430, \u043F\u043E\u043B\u0430\u0433\u0430\u0435\u0442, \u0443\u0432\u0435\u0440\u0435\u043D, \u0443\u0432\u0435\u0440\u0435\u043D\u0430, \u043E\u0442\u043C\u0435\u0442\u0438\u043B, \u043E\u0442\u043C\u0435\u0442\u0438\u043B\u0430, \u0434\u043E\u0431\u0430\u0432\u0438\u043B, \u0434\u043E\u0431\u0430\u0432\u0438\u043B\u0430, \u0443\u0442\u0432\u0435\u0440\u0436\u0434\u0430\u0435\u0442, \u0443\u0442\u0432\u0435\u0440\u0436\u0434\u0430\u043B, \u0443\u0442\u0432\u0435\u0440\u0436\u0434\u0430\u043B\u0430, \u043D\u0430\u043F\u0438\u0441\u0430\u043B, \u043D\u0430\u043F\u0438\u0441\u0430\u043B\u0430`),
  accordingTo: list6(`\u043F\u043E \u0441\u043B\u043E\u0432\u0430\u043C, \u043F\u043E \u0435\u0433\u043E \u0441\u043B\u043E\u0432\u0430\u043C, \u043F\u043E \u0435\u0435 \u0441\u043B\u043E\u0432\u0430\u043C, \u043F\u043E \u0435\u0451 \u0441\u043B\u043E\u0432\u0430\u043C, \u043F\u043E \u0438\u0445 \u0441\u043B\u043E\u0432\u0430\u043C, \u043F\u043E \u0435\u0433\u043E \u043C\u043D\u0435\u043D\u0438\u044E, \u043F\u043E \u0435\u0435 \u043C\u043D\u0435\u043D\u0438\u044E, \u043F\u043E \u0435\u0451 \u043C\u043D\u0435\u043D\u0438\u044E, \u043F\u043E \u0438\u0445 \u043C\u043D\u0435\u043D\u0438\u044E, \u043F\u043E \u0435\u0433\u043E \u0434\u0430\u043D\u043D\u044B\u043C, \u043F\u043E \u0438\u0445 \u0434\u0430\u043D\u043D\u044B\u043C, \u043F\u043E \u0434\u0430\u043D\u043D\u044B\u043C, \u043F\u043E \u043C\u043D\u0435\u043D\u0438\u044E, \u043F\u043E \u0438\u043D\u0444\u043E\u0440\u043C\u0430\u0446\u0438\u0438, \u043F\u043E \u0441\u043E\u043E\u0431\u0449\u0435\u043D\u0438\u044E, \u043F\u043E \u0441\u043E\u043E\u0431\u0449\u0435\u043D\u0438\u044F\u043C, \u043F\u043E \u0441\u0432\u0435\u0434\u0435\u043D\u0438\u044F\u043C, \u043F\u043E \u043E\u0446\u0435\u043D\u043A\u0435,
    \u043F\u043E \u043E\u0446\u0435\u043D\u043A\u0430\u043C, \u043F\u043E \u0443\u0442\u0432\u0435\u0440\u0436\u0434\u0435\u043D\u0438\u044E, \u0441\u043E\u0433\u043B\u0430\u0441\u043D\u043E, \u043A\u0430\u043A \u0441\u043E\u043E\u0431\u0449\u0430\u0435\u0442, \u043A\u0430\u043A \u0441\u043E\u043E\u0431\u0449\u0438\u043B, \u043A\u0430\u043A \u0441\u043E\u043E\u0431\u0449\u0438\u043B\u0430, \u043A\u0430\u043A \u0441\u043E\u043E\u0431\u0449\u0438\u043B\u0438, \u043A\u0430\u043A \u0437\u0430\u044F\u0432\u0438\u043B, \u043A\u0430\u043A \u0437\u0430\u044F\u0432\u0438\u043B\u0430,
    \u043A\u0430\u043A \u043E\u0442\u043C\u0435\u0442\u0438\u043B, \u043A\u0430\u043A \u043E\u0442\u043C\u0435\u0442\u0438\u043B\u0430, \u043A\u0430\u043A \u043F\u0438\u0448\u0435\u0442, \u043A\u0430\u043A \u043F\u0438\u0448\u0443\u0442, \u043A\u0430\u043A \u0440\u0430\u0441\u0441\u043A\u0430\u0437\u0430\u043B, \u043A\u0430\u043A \u0440\u0430\u0441\u0441\u043A\u0430\u0437\u0430\u043B\u0430, \u0441\u043E \u0441\u0441\u044B\u043B\u043A\u043E\u0439 \u043D\u0430, \u0441\u0441\u044B\u043B\u0430\u044F\u0441\u044C \u043D\u0430`),
  claimNouns: list6(`\u0437\u0430\u044F\u0432\u043B\u0435\u043D\u0438\u0435, \u0437\u0430\u044F\u0432\u043B\u0435\u043D\u0438\u044F, \u0443\u0442\u0432\u0435\u0440\u0436\u0434\u0435\u043D\u0438\u0435, \u0443\u0442\u0432\u0435\u0440\u0436\u0434\u0435\u043D\u0438\u044F, \u043E\u0431\u0432\u0438\u043D\u0435\u043D\u0438\u0435, \u043E\u0431\u0432\u0438\u043D\u0435\u043D\u0438\u044F, \u0441\u043B\u043E\u0432\u0430, \u0441\u043B\u043E\u0432\u0430\u043C, \u0432\u0435\u0440\u0441\u0438\u044F, \u0441\u043B\u0443\u0445\u0438,
    \u043F\u0440\u0435\u0434\u0443\u043F\u0440\u0435\u0436\u0434\u0435\u043D\u0438\u0435, \u043F\u0440\u0435\u0434\u0443\u043F\u0440\u0435\u0436\u0434\u0435\u043D\u0438\u044F, \u043E\u0431\u0435\u0449\u0430\u043D\u0438\u0435, \u043E\u0431\u0435\u0449\u0430\u043D\u0438\u044F, \u043F\u0440\u043E\u0433\u043D\u043E\u0437, \u043F\u0440\u043E\u0433\u043D\u043E\u0437\u044B, \u043E\u043F\u0430\u0441\u0435\u043D\u0438\u044F, \u043F\u043E\u0434\u043E\u0437\u0440\u0435\u043D\u0438\u044F, \u043E\u0446\u0435\u043D\u043A\u0430, \u043E\u0446\u0435\u043D\u043A\u0438, \u043C\u043D\u0435\u043D\u0438\u0435,
    \u0434\u0430\u043D\u043D\u044B\u0435, \u0441\u043E\u043E\u0431\u0449\u0435\u043D\u0438\u0435, \u0441\u043E\u043E\u0431\u0449\u0435\u043D\u0438\u044F, \u0438\u043D\u0444\u043E\u0440\u043C\u0430\u0446\u0438\u044F, \u0441\u0432\u0435\u0434\u0435\u043D\u0438\u044F, \u043F\u0440\u0438\u0437\u043D\u0430\u043D\u0438\u0435`),
  complementizers: ["\u0447\u0442\u043E", "\u0447\u0442\u043E\u0431\u044B", "\u0431\u0443\u0434\u0442\u043E", "\u044F\u043A\u043E\u0431\u044B", "\u043B\u0438"],
  pronouns: {
    male: ["\u043E\u043D", "\u0435\u0433\u043E", "\u0435\u043C\u0443", "\u0438\u043C", "\u043D\u0451\u043C", "\u043D\u0435\u043C", "\u043D\u0435\u0433\u043E", "\u043D\u0435\u043C\u0443", "\u043D\u0438\u043C", "\u0441\u0430\u043C", "\u0442\u043E\u0442", "\u044D\u0442\u043E\u0442"],
    female: ["\u043E\u043D\u0430", "\u0435\u0451", "\u0435\u0435", "\u0435\u0439", "\u043D\u0435\u0439", "\u043D\u0435\u0451", "\u043D\u0435\u0435", "\u0435\u044E", "\u0441\u0430\u043C\u0430", "\u0442\u0430", "\u044D\u0442\u0430"],
    plural: ["\u043E\u043D\u0438", "\u0438\u0445", "\u0438\u043C", "\u0438\u043C\u0438", "\u043D\u0438\u0445", "\u043D\u0438\u043C", "\u043D\u0438\u043C\u0438", "\u043C\u044B", "\u043D\u0430\u0441", "\u0442\u0435", "\u044D\u0442\u0438"],
    neuter: ["\u043E\u043D\u043E", "\u044D\u0442\u043E", "\u0442\u043E"],
    relative: ["\u043A\u043E\u0442\u043E\u0440\u044B\u0439", "\u043A\u043E\u0442\u043E\u0440\u0430\u044F", "\u043A\u043E\u0442\u043E\u0440\u043E\u0435", "\u043A\u043E\u0442\u043E\u0440\u044B\u0435", "\u043A\u043E\u0442\u043E\u0440\u043E\u0433\u043E", "\u043A\u043E\u0442\u043E\u0440\u043E\u0439", "\u043A\u043E\u0442\u043E\u0440\u044B\u0445", "\u043A\u0442\u043E", "\u0447\u0442\u043E", "\u0447\u0435\u0439", "\u0447\u044C\u044F"]
  },
  titles: [...new Set(TITLES2.flatMap(cases))],
  honorifics: ["\u0433-\u043D", "\u0433-\u0436\u0430", "\u0433\u043E\u0441\u043F\u043E\u0434\u0438\u043D", "\u0433\u043E\u0441\u043F\u043E\u0436\u0430", "\u0434-\u0440", "\u043F\u0440\u043E\u0444."],
  abbreviations: list6(`\u0433., \u0433\u0433., \u0442.\u0435., \u0442.\u0434., \u0442.\u043F., \u0442.\u043A., \u0442.\u043D., \u0434\u0440., \u043F\u0440., \u043F\u0440\u043E\u0444., \u0430\u043A\u0430\u0434., \u0438\u043C., \u0443\u043B., \u043F\u0440-\u0442., \u0434., \u043A\u0432., \u0441\u0442\u0440., \u0433\u043B.,
    \u0440\u0438\u0441., \u0441\u043C., \u0441\u0440., \u0442\u044B\u0441., \u043C\u043B\u043D., \u043C\u043B\u0440\u0434., \u0440\u0443\u0431., \u0434\u043E\u043B\u043B., \u043A\u043E\u043F., \u043C\u0438\u043D., \u043C\u0430\u043A\u0441., \u044F\u043D\u0432., \u0444\u0435\u0432., \u0444\u0435\u0432\u0440., \u043C\u0430\u0440., \u0430\u043F\u0440., \u0430\u0432\u0433., \u0441\u0435\u043D\u0442., \u043E\u043A\u0442.,
    \u043D\u043E\u044F\u0431., \u0434\u0435\u043A., \u043D.\u044D., \u0432.`),
  anonymous: {
    markers: list6(`\u0438\u0441\u0442\u043E\u0447\u043D\u0438\u043A, \u0438\u0441\u0442\u043E\u0447\u043D\u0438\u043A\u0438, \u0438\u0441\u0442\u043E\u0447\u043D\u0438\u043A\u0430, \u0438\u0441\u0442\u043E\u0447\u043D\u0438\u043A\u043E\u0432, \u0438\u0441\u0442\u043E\u0447\u043D\u0438\u043A\u0443, \u0441\u043E\u0431\u0435\u0441\u0435\u0434\u043D\u0438\u043A, \u0441\u043E\u0431\u0435\u0441\u0435\u0434\u043D\u0438\u043A\u0438, \u0441\u043E\u0431\u0435\u0441\u0435\u0434\u043D\u0438\u043A\u0430,
      \u0430\u043D\u043E\u043D\u0438\u043C\u043D\u044B\u0439, \u0430\u043D\u043E\u043D\u0438\u043C\u043D\u043E, \u043D\u0430 \u0443\u0441\u043B\u043E\u0432\u0438\u044F\u0445 \u0430\u043D\u043E\u043D\u0438\u043C\u043D\u043E\u0441\u0442\u0438, \u043F\u043E\u0436\u0435\u043B\u0430\u0432\u0448\u0438\u0439 \u043E\u0441\u0442\u0430\u0442\u044C\u0441\u044F \u043D\u0435\u0438\u0437\u0432\u0435\u0441\u0442\u043D\u044B\u043C, \u043F\u043E\u0436\u0435\u043B\u0430\u0432\u0448\u0430\u044F \u043E\u0441\u0442\u0430\u0442\u044C\u0441\u044F \u043D\u0435\u0438\u0437\u0432\u0435\u0441\u0442\u043D\u043E\u0439,
      \u043F\u043E\u0436\u0435\u043B\u0430\u0432\u0448\u0438\u0435 \u043E\u0441\u0442\u0430\u0442\u044C\u0441\u044F \u043D\u0435\u0438\u0437\u0432\u0435\u0441\u0442\u043D\u044B\u043C\u0438, \u043F\u043E\u0436\u0435\u043B\u0430\u0432\u0448\u0438\u0439 \u0441\u043E\u0445\u0440\u0430\u043D\u0438\u0442\u044C \u0430\u043D\u043E\u043D\u0438\u043C\u043D\u043E\u0441\u0442\u044C, \u043E\u0441\u0432\u0435\u0434\u043E\u043C\u043B\u0451\u043D\u043D\u044B\u0439, \u043E\u0441\u0432\u0435\u0434\u043E\u043C\u043B\u0435\u043D\u043D\u044B\u0439, \u043E\u0441\u0432\u0435\u0434\u043E\u043C\u043B\u0451\u043D\u043D\u044B\u0435,
      \u043E\u0441\u0432\u0435\u0434\u043E\u043C\u043B\u0435\u043D\u043D\u044B\u0435, \u0437\u043D\u0430\u043A\u043E\u043C\u044B\u0439 \u0441 \u0441\u0438\u0442\u0443\u0430\u0446\u0438\u0435\u0439, \u0437\u043D\u0430\u043A\u043E\u043C\u044B\u0435 \u0441 \u0441\u0438\u0442\u0443\u0430\u0446\u0438\u0435\u0439, \u0431\u043B\u0438\u0437\u043A\u0438\u0439 \u043A, \u0431\u043B\u0438\u0437\u043A\u0438\u0435 \u043A, \u0432 \u043E\u043A\u0440\u0443\u0436\u0435\u043D\u0438\u0438, \u0438\u0437 \u043E\u043A\u0440\u0443\u0436\u0435\u043D\u0438\u044F, \u044D\u043A\u0441\u043F\u0435\u0440\u0442\u044B,
      \u0430\u043D\u0430\u043B\u0438\u0442\u0438\u043A\u0438, \u043D\u0430\u0431\u043B\u044E\u0434\u0430\u0442\u0435\u043B\u0438, \u043A\u0440\u0438\u0442\u0438\u043A\u0438, \u043D\u0435\u043A\u043E\u0442\u043E\u0440\u044B\u0435, \u043C\u043D\u043E\u0433\u0438\u0435, \u0434\u0440\u0443\u0433\u0438\u0435, \u0447\u0438\u043D\u043E\u0432\u043D\u0438\u043A, \u0447\u0438\u043D\u043E\u0432\u043D\u0438\u043A\u0438, \u043F\u0440\u0435\u0434\u0441\u0442\u0430\u0432\u0438\u0442\u0435\u043B\u044C, \u043E\u0434\u0438\u043D \u0438\u0437, \u0441\u0432\u0438\u0434\u0435\u0442\u0435\u043B\u0438,
      \u043E\u0447\u0435\u0432\u0438\u0434\u0446\u044B, \u0436\u0438\u0442\u0435\u043B\u0438`),
    heads: list6(`\u0438\u0441\u0442\u043E\u0447\u043D\u0438\u043A, \u0438\u0441\u0442\u043E\u0447\u043D\u0438\u043A\u0438, \u0438\u0441\u0442\u043E\u0447\u043D\u0438\u043A\u0430, \u0438\u0441\u0442\u043E\u0447\u043D\u0438\u043A\u043E\u0432, \u0441\u043E\u0431\u0435\u0441\u0435\u0434\u043D\u0438\u043A, \u0441\u043E\u0431\u0435\u0441\u0435\u0434\u043D\u0438\u043A\u0438, \u0441\u043E\u0431\u0435\u0441\u0435\u0434\u043D\u0438\u043A\u0430, \u0447\u0438\u043D\u043E\u0432\u043D\u0438\u043A, \u0447\u0438\u043D\u043E\u0432\u043D\u0438\u043A\u0438,
      \u0447\u0438\u043D\u043E\u0432\u043D\u0438\u043A\u0430, \u044D\u043A\u0441\u043F\u0435\u0440\u0442\u044B, \u044D\u043A\u0441\u043F\u0435\u0440\u0442\u043E\u0432, \u0430\u043D\u0430\u043B\u0438\u0442\u0438\u043A\u0438, \u0430\u043D\u0430\u043B\u0438\u0442\u0438\u043A\u043E\u0432, \u043D\u0430\u0431\u043B\u044E\u0434\u0430\u0442\u0435\u043B\u0438, \u043A\u0440\u0438\u0442\u0438\u043A\u0438, \u0441\u0432\u0438\u0434\u0435\u0442\u0435\u043B\u0438, \u043E\u0447\u0435\u0432\u0438\u0434\u0446\u044B, \u0436\u0438\u0442\u0435\u043B\u0438, \u043E\u043A\u0440\u0443\u0436\u0435\u043D\u0438\u0435,
      \u043E\u043A\u0440\u0443\u0436\u0435\u043D\u0438\u0438, \u043A\u0442\u043E-\u0442\u043E, \u0447\u0435\u043B\u043E\u0432\u0435\u043A, \u043B\u044E\u0434\u0438, \u043F\u0440\u0435\u0434\u0441\u0442\u0430\u0432\u0438\u0442\u0435\u043B\u044C`)
  },
  organizationHeads: list6(`\u043F\u0440\u0430\u0432\u0438\u0442\u0435\u043B\u044C\u0441\u0442\u0432\u043E, \u043F\u0440\u0430\u0432\u0438\u0442\u0435\u043B\u044C\u0441\u0442\u0432\u0430, \u043E\u043F\u043F\u043E\u0437\u0438\u0446\u0438\u044F, \u043E\u043F\u043F\u043E\u0437\u0438\u0446\u0438\u0438, \u043A\u043E\u0430\u043B\u0438\u0446\u0438\u044F, \u043C\u0438\u043D\u0438\u0441\u0442\u0435\u0440\u0441\u0442\u0432\u043E, \u043C\u0438\u043D\u0438\u0441\u0442\u0435\u0440\u0441\u0442\u0432\u0430, \u043C\u0438\u043D\u043E\u0431\u043E\u0440\u043E\u043D\u044B, \u043C\u0438\u0434, \u043C\u0438\u043D\u0437\u0434\u0440\u0430\u0432, \u043A\u0440\u0435\u043C\u043B\u044C,
    \u043A\u0440\u0435\u043C\u043B\u044F, \u0430\u0434\u043C\u0438\u043D\u0438\u0441\u0442\u0440\u0430\u0446\u0438\u044F, \u0430\u0434\u043C\u0438\u043D\u0438\u0441\u0442\u0440\u0430\u0446\u0438\u0438, \u0432\u0435\u0434\u043E\u043C\u0441\u0442\u0432\u043E, \u0432\u0435\u0434\u043E\u043C\u0441\u0442\u0432\u0430, \u0430\u0433\u0435\u043D\u0442\u0441\u0442\u0432\u043E, \u0430\u0433\u0435\u043D\u0442\u0441\u0442\u0432\u0430, \u043F\u0430\u0440\u0442\u0438\u044F, \u043F\u0430\u0440\u0442\u0438\u0438, \u043A\u043E\u043C\u0438\u0441\u0441\u0438\u044F, \u043A\u043E\u043C\u0438\u0442\u0435\u0442,
    \u0441\u043E\u0432\u0435\u0442, \u043F\u0430\u0440\u043B\u0430\u043C\u0435\u043D\u0442, \u0434\u0443\u043C\u0430, \u0433\u043E\u0441\u0434\u0443\u043C\u0430, \u0434\u0443\u043C\u044B, \u0441\u0435\u043D\u0430\u0442, \u0441\u0443\u0434, \u0441\u0443\u0434\u0430, \u043F\u0440\u043E\u043A\u0443\u0440\u0430\u0442\u0443\u0440\u0430, \u043F\u043E\u043B\u0438\u0446\u0438\u044F, \u043C\u0432\u0434, \u0444\u0441\u0431, \u0430\u0440\u043C\u0438\u044F, \u0432\u043E\u0439\u0441\u043A\u0430, \u043A\u043E\u043C\u043F\u0430\u043D\u0438\u044F,
    \u043A\u043E\u043C\u043F\u0430\u043D\u0438\u0438, \u0444\u0438\u0440\u043C\u0430, \u0431\u0430\u043D\u043A, \u0433\u0440\u0443\u043F\u043F\u0430, \u043E\u0440\u0433\u0430\u043D\u0438\u0437\u0430\u0446\u0438\u044F, \u0430\u0441\u0441\u043E\u0446\u0438\u0430\u0446\u0438\u044F, \u0441\u043E\u044E\u0437, \u043F\u0440\u043E\u0444\u0441\u043E\u044E\u0437, \u0444\u0435\u0434\u0435\u0440\u0430\u0446\u0438\u044F, \u0438\u043D\u0441\u0442\u0438\u0442\u0443\u0442, \u0443\u043D\u0438\u0432\u0435\u0440\u0441\u0438\u0442\u0435\u0442, \u0444\u043E\u043D\u0434, \u0446\u0435\u043D\u0442\u0440,
    \u0441\u043B\u0443\u0436\u0431\u0430, \u0441\u043B\u0443\u0436\u0431\u044B, \u0433\u0430\u0437\u0435\u0442\u0430, \u0433\u0430\u0437\u0435\u0442\u044B, \u0436\u0443\u0440\u043D\u0430\u043B, \u0438\u0437\u0434\u0430\u043D\u0438\u0435, \u0438\u0437\u0434\u0430\u043D\u0438\u044F, \u0442\u0435\u043B\u0435\u043A\u0430\u043D\u0430\u043B, \u043A\u0430\u043D\u0430\u043B, \u0440\u0430\u0434\u0438\u043E\u0441\u0442\u0430\u043D\u0446\u0438\u044F, \u0440\u0430\u0434\u0438\u043E, \u043F\u043E\u0440\u0442\u0430\u043B, \u0441\u0430\u0439\u0442, \u0441\u043C\u0438,
    \u043F\u0440\u0435\u0441\u0441\u0430, \u0438\u0441\u0441\u043B\u0435\u0434\u043E\u0432\u0430\u043D\u0438\u0435, \u043E\u043F\u0440\u043E\u0441, \u0434\u043E\u043A\u043B\u0430\u0434, \u043E\u0442\u0447\u0451\u0442, \u043E\u0442\u0447\u0435\u0442, \u0437\u0430\u044F\u0432\u043B\u0435\u043D\u0438\u0435, \u043F\u0440\u0435\u0441\u0441-\u0441\u043B\u0443\u0436\u0431\u0430, \u043F\u0440\u0435\u0441\u0441-\u0441\u043B\u0443\u0436\u0431\u044B, \u043F\u043E\u0441\u043E\u043B\u044C\u0441\u0442\u0432\u043E, \u043A\u043E\u043C\u0430\u043D\u0434\u0430, \u043A\u043B\u0443\u0431,
    \u043B\u0438\u0433\u0430, \u043E\u043E\u043D, \u043D\u0430\u0442\u043E, \u0435\u0441, \u0435\u0432\u0440\u043E\u0441\u043E\u044E\u0437, \u043B\u0430\u0431\u043E\u0440\u0430\u0442\u043E\u0440\u0438\u044F, \u0442\u0430\u0441\u0441, \u0440\u0438\u0430, \u0438\u043D\u0442\u0435\u0440\u0444\u0430\u043A\u0441, \u043C\u044D\u0440\u0438\u044F, \u0448\u0442\u0430\u0431, \u0431\u0435\u043B\u044B\u0439, \u0434\u043E\u043C`),
  stopwords: list6(`\u0438, \u0430, \u043D\u043E, \u0438\u043B\u0438, \u0434\u0430, \u0447\u0442\u043E, \u0447\u0442\u043E\u0431\u044B, \u043A\u0430\u043A, \u0442\u0430\u043A, \u0432, \u0432\u043E, \u043D\u0430, \u0441, \u0441\u043E, \u043A, \u043A\u043E, \u043E, \u043E\u0431, \u043E\u0431\u043E, \u0443, \u043E\u0442, \u0434\u043E, \u043F\u043E, \u0437\u0430, \u0438\u0437, \u0438\u0437\u043E,
    \u0434\u043B\u044F, \u0431\u0435\u0437, \u043F\u0440\u0438, \u043F\u0440\u043E, \u0447\u0435\u0440\u0435\u0437, \u043D\u0430\u0434, \u043F\u043E\u0434, \u043F\u0435\u0440\u0435\u0434, \u043C\u0435\u0436\u0434\u0443, \u043F\u043E\u0441\u043B\u0435, \u043E\u043D, \u043E\u043D\u0430, \u043E\u043D\u043E, \u043E\u043D\u0438, \u043C\u044B, \u0432\u044B, \u044F, \u0442\u044B, \u0435\u0433\u043E, \u0435\u0451, \u0435\u0435, \u0438\u0445, \u0441\u0432\u043E\u0439, \u0441\u0432\u043E\u044F,
    \u0441\u0432\u043E\u0438, \u044D\u0442\u043E, \u044D\u0442\u043E\u0442, \u044D\u0442\u0430, \u044D\u0442\u0438, \u0442\u043E\u0442, \u0442\u0430, \u0442\u0435, \u043D\u0435, \u043D\u0438, \u0443\u0436\u0435, \u0435\u0449\u0451, \u0435\u0449\u0435, \u0442\u0430\u043A\u0436\u0435, \u0442\u043E\u0436\u0435, \u0442\u043E\u043B\u044C\u043A\u043E, \u043E\u0447\u0435\u043D\u044C, \u0441\u0435\u0433\u043E\u0434\u043D\u044F, \u0432\u0447\u0435\u0440\u0430, \u0437\u0430\u0432\u0442\u0440\u0430, \u0442\u0435\u043F\u0435\u0440\u044C,
    \u0441\u0435\u0439\u0447\u0430\u0441, \u043A\u043E\u0433\u0434\u0430, \u0433\u0434\u0435, \u043F\u043E\u0447\u0435\u043C\u0443, \u0435\u0441\u043B\u0438, \u043F\u043E\u0442\u043E\u043C\u0443, \u0445\u043E\u0442\u044F, \u043E\u0434\u043D\u0430\u043A\u043E, \u0432\u043F\u0440\u043E\u0447\u0435\u043C, \u043F\u043E\u044D\u0442\u043E\u043C\u0443, \u043F\u043E\u043D\u0435\u0434\u0435\u043B\u044C\u043D\u0438\u043A, \u0432\u0442\u043E\u0440\u043D\u0438\u043A, \u0441\u0440\u0435\u0434\u0430, \u0441\u0440\u0435\u0434\u0443, \u0447\u0435\u0442\u0432\u0435\u0440\u0433,
    \u043F\u044F\u0442\u043D\u0438\u0446\u0430, \u043F\u044F\u0442\u043D\u0438\u0446\u0443, \u0441\u0443\u0431\u0431\u043E\u0442\u0430, \u0441\u0443\u0431\u0431\u043E\u0442\u0443, \u0432\u043E\u0441\u043A\u0440\u0435\u0441\u0435\u043D\u044C\u0435, \u044F\u043D\u0432\u0430\u0440\u044F, \u0444\u0435\u0432\u0440\u0430\u043B\u044F, \u043C\u0430\u0440\u0442\u0430, \u0430\u043F\u0440\u0435\u043B\u044F, \u043C\u0430\u044F, \u0438\u044E\u043D\u044F, \u0438\u044E\u043B\u044F, \u0430\u0432\u0433\u0443\u0441\u0442\u0430, \u0441\u0435\u043D\u0442\u044F\u0431\u0440\u044F,
    \u043E\u043A\u0442\u044F\u0431\u0440\u044F, \u043D\u043E\u044F\u0431\u0440\u044F, \u0434\u0435\u043A\u0430\u0431\u0440\u044F, \u0432\u0441\u0435, \u0432\u0441\u0451, \u043A\u0430\u0436\u0434\u044B\u0439, \u043A\u043E\u0442\u043E\u0440\u044B\u0439, \u043A\u043E\u0442\u043E\u0440\u0430\u044F, \u043A\u043E\u0442\u043E\u0440\u044B\u0435, \u043A\u0442\u043E, \u0441\u043E\u0433\u043B\u0430\u0441\u043D\u043E, \u0434\u0430\u0436\u0435, \u043B\u0438\u0448\u044C, \u0438\u043C\u0435\u043D\u043D\u043E, \u043B\u0438, \u0431\u044B, \u0436\u0435`),
  clauseBreaks: list6(`\u043A\u043E\u0442\u043E\u0440\u044B\u0439, \u043A\u043E\u0442\u043E\u0440\u0430\u044F, \u043A\u043E\u0442\u043E\u0440\u043E\u0435, \u043A\u043E\u0442\u043E\u0440\u044B\u0435, \u043A\u043E\u0442\u043E\u0440\u043E\u0433\u043E, \u043A\u043E\u0442\u043E\u0440\u043E\u0439, \u043A\u043E\u0442\u043E\u0440\u044B\u0445, \u0433\u0434\u0435, \u043A\u043E\u0433\u0434\u0430, \u0435\u0441\u043B\u0438, \u043F\u043E\u0442\u043E\u043C\u0443, \u0445\u043E\u0442\u044F, \u043D\u043E,
    \u0430, \u0438, \u043E\u0434\u043D\u0430\u043A\u043E, \u0441\u043A\u0430\u0437\u0430\u043B, \u0441\u043A\u0430\u0437\u0430\u043B\u0430, \u0437\u0430\u044F\u0432\u0438\u043B, \u0437\u0430\u044F\u0432\u0438\u043B\u0430, \u0432 \u0441\u0432\u043E\u044E \u043E\u0447\u0435\u0440\u0435\u0434\u044C, \u0442\u0435\u043C \u0432\u0440\u0435\u043C\u0435\u043D\u0435\u043C, \u0432\u043F\u0440\u043E\u0447\u0435\u043C`),
  relayVerbs: list6(`\u043D\u0430\u0437\u0432\u0430\u043B, \u043D\u0430\u0437\u0432\u0430\u043B\u0430, \u043D\u0430\u0437\u0432\u0430\u043B\u0438, \u0433\u043E\u0432\u043E\u0440\u0438\u043B \u043E, \u0433\u043E\u0432\u043E\u0440\u0438\u043B\u0430 \u043E, \u0440\u0430\u0441\u0441\u043A\u0430\u0437\u0430\u043B \u043E, \u0440\u0430\u0441\u0441\u043A\u0430\u0437\u0430\u043B\u0430 \u043E, \u0437\u0430\u0433\u043E\u0432\u043E\u0440\u0438\u043B \u043E, \u0432\u044B\u0441\u043A\u0430\u0437\u0430\u043B\u0441\u044F \u043E,
    \u0432\u044B\u0441\u043A\u0430\u0437\u0430\u043B\u0430\u0441\u044C \u043E, \u0440\u0430\u0441\u043A\u0440\u0438\u0442\u0438\u043A\u043E\u0432\u0430\u043B, \u0440\u0430\u0441\u043A\u0440\u0438\u0442\u0438\u043A\u043E\u0432\u0430\u043B\u0430, \u043E\u0441\u0443\u0434\u0438\u043B, \u043E\u0441\u0443\u0434\u0438\u043B\u0430, \u043F\u0440\u0438\u0432\u0435\u0442\u0441\u0442\u0432\u043E\u0432\u0430\u043B, \u043F\u0440\u0438\u0432\u0435\u0442\u0441\u0442\u0432\u043E\u0432\u0430\u043B\u0430, \u043F\u043E\u0445\u0432\u0430\u043B\u0438\u043B, \u043F\u043E\u0445\u0432\u0430\u043B\u0438\u043B\u0430,
    \u043F\u0440\u0438\u0437\u0432\u0430\u043B \u043A, \u043F\u0440\u0438\u0437\u0432\u0430\u043B\u0430 \u043A, \u0432\u044B\u0441\u0442\u0443\u043F\u0438\u043B \u0437\u0430, \u0432\u044B\u0441\u0442\u0443\u043F\u0438\u043B\u0430 \u0437\u0430, \u0432\u044B\u0441\u0442\u0443\u043F\u0438\u043B \u043F\u0440\u043E\u0442\u0438\u0432, \u0432\u044B\u0441\u0442\u0443\u043F\u0438\u043B\u0430 \u043F\u0440\u043E\u0442\u0438\u0432, \u043E\u0431\u0440\u0443\u0448\u0438\u043B\u0441\u044F \u043D\u0430, \u043E\u0431\u0440\u0443\u0448\u0438\u043B\u0430\u0441\u044C \u043D\u0430`),
  verbModifiers: list6(`\u0442\u0430\u043A\u0436\u0435, \u0442\u043E\u0436\u0435, \u0435\u0449\u0451, \u0435\u0449\u0435, \u0443\u0436\u0435, \u0432\u043D\u043E\u0432\u044C, \u0441\u043D\u043E\u0432\u0430, \u043E\u043F\u044F\u0442\u044C, \u0437\u0430\u0442\u0435\u043C, \u043F\u043E\u0442\u043E\u043C, \u043F\u043E\u0437\u0436\u0435, \u0440\u0430\u043D\u0435\u0435, \u0441\u0435\u0433\u043E\u0434\u043D\u044F, \u0432\u0447\u0435\u0440\u0430, \u043F\u0443\u0431\u043B\u0438\u0447\u043D\u043E,
    \u043E\u0442\u043A\u0440\u044B\u0442\u043E, \u043F\u0440\u044F\u043C\u043E, \u044F\u0441\u043D\u043E, \u043D\u0435, \u043D\u0438\u043A\u043E\u0433\u0434\u0430, \u0432\u0441\u0435\u0433\u0434\u0430, \u0434\u0430\u0436\u0435, \u0436\u0435, \u0432, \u0441\u0440\u0435\u0434\u0443, \u043F\u043E\u043D\u0435\u0434\u0435\u043B\u044C\u043D\u0438\u043A, \u0432\u0442\u043E\u0440\u043D\u0438\u043A, \u0447\u0435\u0442\u0432\u0435\u0440\u0433, \u043F\u044F\u0442\u043D\u0438\u0446\u0443, \u0441\u0443\u0431\u0431\u043E\u0442\u0443,
    \u0432\u043E\u0441\u043A\u0440\u0435\u0441\u0435\u043D\u044C\u0435, \u0431\u044B\u043B, \u0431\u044B\u043B\u0430, \u0431\u044B\u043B\u043E, \u0431\u044B\u043B\u0438, \u0431\u0443\u0434\u0435\u0442, \u0431\u044B, \u043B\u0438\u0447\u043D\u043E, \u043D\u0435\u043E\u0434\u043D\u043E\u043A\u0440\u0430\u0442\u043D\u043E, \u043D\u0435\u0434\u0430\u0432\u043D\u043E, \u043E\u0434\u043D\u0430\u0436\u0434\u044B, \u0442\u043E\u0433\u0434\u0430, \u0441\u0440\u0430\u0437\u0443, \u043A\u043E\u0440\u043E\u0442\u043A\u043E, \u043A\u0440\u0430\u0442\u043A\u043E`),
  parentheticals: list6(`\u0432 \u0441\u0432\u043E\u044E \u043E\u0447\u0435\u0440\u0435\u0434\u044C, \u0442\u0435\u043C \u0432\u0440\u0435\u043C\u0435\u043D\u0435\u043C, \u0432\u043F\u0440\u043E\u0447\u0435\u043C, \u043E\u0434\u043D\u0430\u043A\u043E, \u0442\u0430\u043A\u0436\u0435, \u043A\u0440\u043E\u043C\u0435 \u0442\u043E\u0433\u043E, \u043C\u0435\u0436\u0434\u0443 \u0442\u0435\u043C, \u0432 \u043F\u043E\u043D\u0435\u0434\u0435\u043B\u044C\u043D\u0438\u043A, \u0432\u043E
    \u0432\u0442\u043E\u0440\u043D\u0438\u043A, \u0432 \u0441\u0440\u0435\u0434\u0443, \u0432 \u0447\u0435\u0442\u0432\u0435\u0440\u0433, \u0432 \u043F\u044F\u0442\u043D\u0438\u0446\u0443, \u0432 \u0441\u0443\u0431\u0431\u043E\u0442\u0443, \u0432 \u0432\u043E\u0441\u043A\u0440\u0435\u0441\u0435\u043D\u044C\u0435, \u0432\u0447\u0435\u0440\u0430, \u0441\u0435\u0433\u043E\u0434\u043D\u044F, \u0432 \u0437\u0430\u044F\u0432\u043B\u0435\u043D\u0438\u0438, \u0432 \u0438\u043D\u0442\u0435\u0440\u0432\u044C\u044E, \u0432 \u0431\u0435\u0441\u0435\u0434\u0435 \u0441,
    \u0432 \u0442\u0435\u043B\u0435\u0433\u0440\u0430\u043C-\u043A\u0430\u043D\u0430\u043B\u0435, \u0432 \u0442\u0435\u043B\u0435\u0433\u0440\u0430\u043C\u0435, \u0432 \u0442\u0432\u0438\u0442\u0442\u0435\u0440\u0435, \u0432 \u0441\u043E\u0446\u0441\u0435\u0442\u044F\u0445, \u043D\u0430 \u0431\u0440\u0438\u0444\u0438\u043D\u0433\u0435, \u043F\u043E \u0435\u0433\u043E \u0441\u043B\u043E\u0432\u0430\u043C, \u043F\u043E \u0435\u0435 \u0441\u043B\u043E\u0432\u0430\u043C, \u043F\u043E \u0435\u0451 \u0441\u043B\u043E\u0432\u0430\u043C, \u043A\u043E\u043D\u0435\u0447\u043D\u043E,
    \u0440\u0430\u0437\u0443\u043C\u0435\u0435\u0442\u0441\u044F, \u0434\u0435\u0439\u0441\u0442\u0432\u0438\u0442\u0435\u043B\u044C\u043D\u043E`),
  nameParticles: ["\u0434\u0435", "\u0444\u043E\u043D", "\u0432\u0430\u043D", "\u0438\u0431\u043D", "\u0431\u0435\u043D", "\u0430\u043B\u044C", "\u044D\u043B\u044C", "\u043B\u0430", "\u043B\u0435", "\u0434\u0430", "\u0434\u0438"],
  asWords: ["\u043A\u0430\u043A"],
  determiners: list6(`\u0435\u0433\u043E, \u0435\u0451, \u0435\u0435, \u0438\u0445, \u0441\u0432\u043E\u0439, \u0441\u0432\u043E\u044F, \u0441\u0432\u043E\u0438, \u0441\u0432\u043E\u0451, \u0441\u0432\u043E\u0438\u0445, \u0441\u0432\u043E\u0438\u043C, \u044D\u0442\u043E\u0442, \u044D\u0442\u0430, \u044D\u0442\u043E, \u044D\u0442\u0438, \u044D\u0442\u0438\u0445, \u0442\u043E\u0442, \u0442\u0430, \u0442\u0435, \u0442\u043E\u0433\u043E,
    \u043D\u043E\u0432\u044B\u0435, \u043D\u043E\u0432\u044B\u0445, \u043D\u043E\u0432\u043E\u0435, \u043D\u043E\u0432\u0430\u044F, \u043F\u043E\u0441\u043B\u0435\u0434\u043D\u0438\u0435, \u043F\u043E\u0441\u043B\u0435\u0434\u043D\u0438\u0445, \u043C\u043D\u043E\u0433\u043E\u0447\u0438\u0441\u043B\u0435\u043D\u043D\u044B\u0435, \u0433\u043E\u043B\u043E\u0441\u043B\u043E\u0432\u043D\u044B\u0435, \u043B\u043E\u0436\u043D\u044B\u0435, \u043D\u0435\u043A\u043E\u0442\u043E\u0440\u044B\u0435, \u043A\u0430\u043A\u0438\u0435-\u0442\u043E, \u044D\u0442\u0438, \u0442\u0430\u043A\u0438\u0435`),
  indefinites: ["\u043E\u0434\u0438\u043D", "\u043E\u0434\u043D\u0430", "\u043E\u0434\u043D\u043E", "\u043D\u0435\u043A\u0438\u0439", "\u043D\u0435\u043A\u0430\u044F", "\u043D\u0435\u043A\u043E\u0442\u043E\u0440\u044B\u0435", "\u043D\u0435\u0441\u043A\u043E\u043B\u044C\u043A\u043E", "\u0434\u0432\u0430", "\u0434\u0432\u0435", "\u0442\u0440\u0438", "\u0434\u0440\u0443\u0433\u043E\u0439", "\u0434\u0440\u0443\u0433\u0430\u044F", "\u0435\u0449\u0451 \u043E\u0434\u0438\u043D"],
  quotes: [["\xAB", "\xBB"], ["\u201E", "\u201C"]],
  addresseeVerbs: list6(`\u0441\u043A\u0430\u0437\u0430\u043B, \u0441\u043A\u0430\u0437\u0430\u043B\u0430, \u0441\u043A\u0430\u0437\u0430\u043B\u0438, \u0440\u0430\u0441\u0441\u043A\u0430\u0437\u0430\u043B, \u0440\u0430\u0441\u0441\u043A\u0430\u0437\u0430\u043B\u0430, \u0440\u0430\u0441\u0441\u043A\u0430\u0437\u0430\u043B\u0438, \u0437\u0430\u044F\u0432\u0438\u043B, \u0437\u0430\u044F\u0432\u0438\u043B\u0430, \u0437\u0430\u044F\u0432\u0438\u043B\u0438, \u0441\u043E\u043E\u0431\u0449\u0438\u043B,
    \u0441\u043E\u043E\u0431\u0449\u0438\u043B\u0430, \u0441\u043E\u043E\u0431\u0449\u0438\u043B\u0438, \u043F\u043E\u044F\u0441\u043D\u0438\u043B, \u043F\u043E\u044F\u0441\u043D\u0438\u043B\u0430, \u043F\u043E\u044F\u0441\u043D\u0438\u043B\u0438`),
  notClauseStart: list6(`\u043E, \u043E\u0431, \u0432, \u0432\u043E, \u043D\u0430, \u0441, \u0441\u043E, \u043A, \u043A\u043E, \u0443, \u043E\u0442, \u0434\u043E, \u043F\u043E, \u0437\u0430, \u0438\u0437, \u0434\u043B\u044F, \u0431\u0435\u0437, \u043F\u0440\u0438, \u043F\u0440\u043E, \u0447\u0435\u0440\u0435\u0437, \u0438, \u0430, \u043D\u043E, \u0438\u043B\u0438,
    \u0435\u043C\u0443, \u0435\u0439, \u0438\u043C, \u043C\u043D\u0435, \u043D\u0430\u043C, \u043D\u0438\u0447\u0435\u0433\u043E, \u0447\u0442\u043E-\u0442\u043E, \u0432\u0441\u0451, \u0432\u0441\u0435, \u0434\u0430, \u043D\u0435\u0442, \u0441\u043F\u0430\u0441\u0438\u0431\u043E, \u0442\u0430\u043A\u0436\u0435, \u0442\u043E\u0436\u0435, \u043F\u043E\u0442\u043E\u043C, \u0437\u0430\u0442\u0435\u043C, \u044D\u0442\u043E`),
  conjunctions: ["\u043D\u043E", "\u0438", "\u0430", "\u043E\u0434\u043D\u0430\u043A\u043E"],
  contentEnders: list6(`\u0445\u043E\u0442\u044F, \u0442\u043E\u0433\u0434\u0430 \u043A\u0430\u043A, \u0432 \u0442\u043E \u0432\u0440\u0435\u043C\u044F \u043A\u0430\u043A, \u0447\u0442\u043E \u0438, \u043A\u043E\u0442\u043E\u0440\u044B\u0439, \u043A\u043E\u0442\u043E\u0440\u0430\u044F, \u043A\u043E\u0442\u043E\u0440\u044B\u0435`),
  cueAdjuncts: list6(`\u0432 \u043F\u043E\u043D\u0435\u0434\u0435\u043B\u044C\u043D\u0438\u043A, \u0432\u043E \u0432\u0442\u043E\u0440\u043D\u0438\u043A, \u0432 \u0441\u0440\u0435\u0434\u0443, \u0432 \u0447\u0435\u0442\u0432\u0435\u0440\u0433, \u0432 \u043F\u044F\u0442\u043D\u0438\u0446\u0443, \u0432 \u0441\u0443\u0431\u0431\u043E\u0442\u0443, \u0432 \u0432\u043E\u0441\u043A\u0440\u0435\u0441\u0435\u043D\u044C\u0435, \u0432\u0447\u0435\u0440\u0430, \u0441\u0435\u0433\u043E\u0434\u043D\u044F,
    \u0432 \u0437\u0430\u044F\u0432\u043B\u0435\u043D\u0438\u0438, \u0432 \u0438\u043D\u0442\u0435\u0440\u0432\u044C\u044E, \u043D\u0430 \u0431\u0440\u0438\u0444\u0438\u043D\u0433\u0435, \u043D\u0430 \u043F\u0440\u0435\u0441\u0441-\u043A\u043E\u043D\u0444\u0435\u0440\u0435\u043D\u0446\u0438\u0438, \u0432 \u0442\u0435\u043B\u0435\u0433\u0440\u0430\u043C-\u043A\u0430\u043D\u0430\u043B\u0435, \u0432 \u0442\u0435\u043B\u0435\u0433\u0440\u0430\u043C\u0435, \u0432 \u0441\u043E\u0446\u0441\u0435\u0442\u044F\u0445, \u0436\u0443\u0440\u043D\u0430\u043B\u0438\u0441\u0442\u0430\u043C,
    \u0442\u0430\u0441\u0441, \u0440\u0438\u0430 \u043D\u043E\u0432\u043E\u0441\u0442\u0438, \u0438\u043D\u0442\u0435\u0440\u0444\u0430\u043A\u0441\u0443, \u0443\u0442\u0440\u043E\u043C, \u0432\u0435\u0447\u0435\u0440\u043E\u043C, \u0434\u043D\u0451\u043C, \u0440\u0430\u043D\u0435\u0435, \u043F\u043E\u0437\u0434\u043D\u0435\u0435`),
  caseEndings: ["\u0430", "\u0443", "\u043E\u043C", "\u044B\u043C", "\u0435", "\u043E\u0439", "\u043E\u044E", "\u043E\u0433\u043E", "\u0435\u043C\u0443", "\u044B\u043C", "\u0438\u043C", "\u0438\u0439", "\u044B\u0439", "\u0430\u044F", "\u0443\u044E", "\u044F", "\u044E", "\u0435\u043C", "\u0435\u0439", "\u044B", "\u0438"],
  proDrop: true,
  cueGender: { male: ["\u043B", "\u043B\u0441\u044F"], female: ["\u043B\u0430", "\u043B\u0430\u0441\u044C"] },
  commaBeforeComplementizer: true,
  dateWords: list6(`\u044F\u043D\u0432\u0430\u0440\u044C, \u044F\u043D\u0432\u0430\u0440\u044F, \u0444\u0435\u0432\u0440\u0430\u043B\u044C, \u0444\u0435\u0432\u0440\u0430\u043B\u044F, \u043C\u0430\u0440\u0442, \u043C\u0430\u0440\u0442\u0430, \u0430\u043F\u0440\u0435\u043B\u044C, \u0430\u043F\u0440\u0435\u043B\u044F, \u043C\u0430\u0439, \u043C\u0430\u044F, \u0438\u044E\u043D\u044C, \u0438\u044E\u043D\u044F, \u0438\u044E\u043B\u044C, \u0438\u044E\u043B\u044F, \u0430\u0432\u0433\u0443\u0441\u0442, \u0430\u0432\u0433\u0443\u0441\u0442\u0430, \u0441\u0435\u043D\u0442\u044F\u0431\u0440\u044C, \u0441\u0435\u043D\u0442\u044F\u0431\u0440\u044F, \u043E\u043A\u0442\u044F\u0431\u0440\u044C, \u043E\u043A\u0442\u044F\u0431\u0440\u044F, \u043D\u043E\u044F\u0431\u0440\u044C, \u043D\u043E\u044F\u0431\u0440\u044F, \u0434\u0435\u043A\u0430\u0431\u0440\u044C, \u0434\u0435\u043A\u0430\u0431\u0440\u044F, \u043F\u043E\u043D\u0435\u0434\u0435\u043B\u044C\u043D\u0438\u043A, \u0432\u0442\u043E\u0440\u043D\u0438\u043A, \u0441\u0440\u0435\u0434\u0430, \u0441\u0440\u0435\u0434\u0443, \u0447\u0435\u0442\u0432\u0435\u0440\u0433, \u043F\u044F\u0442\u043D\u0438\u0446\u0430, \u043F\u044F\u0442\u043D\u0438\u0446\u0443, \u0441\u0443\u0431\u0431\u043E\u0442\u0430, \u0441\u0443\u0431\u0431\u043E\u0442\u0443, \u0432\u043E\u0441\u043A\u0440\u0435\u0441\u0435\u043D\u044C\u0435, \u0441\u0435\u0433\u043E\u0434\u043D\u044F, \u0432\u0447\u0435\u0440\u0430, \u0437\u0430\u0432\u0442\u0440\u0430, \u0443\u0442\u0440\u043E\u043C, \u0432\u0435\u0447\u0435\u0440\u043E\u043C, \u0434\u043D\u0435\u043C, \u0434\u043D\u0451\u043C, \u043D\u043E\u0447\u044C\u044E, \u043D\u0435\u0434\u0435\u043B\u044F, \u043D\u0435\u0434\u0435\u043B\u0435, \u043C\u0435\u0441\u044F\u0446, \u0433\u043E\u0434, \u0433\u043E\u0434\u0430, \u0433\u043E\u0434\u0443, \u043B\u0435\u0442, \u0434\u0435\u043D\u044C, \u0434\u043D\u044F, \u0434\u043D\u0438, \u0447\u0430\u0441, \u0447\u0430\u0441\u0430, \u0447\u0430\u0441\u043E\u0432, \u043C\u0438\u043D\u0443\u0442, \u0432\u0435\u043A, \u0432\u0435\u043A\u0430`),
  pageStrings: list6(`\u0441\u043C\u043E\u0442\u0440\u0435\u0442\u044C \u0432\u0438\u0434\u0435\u043E, \u0447\u0438\u0442\u0430\u0439\u0442\u0435 \u0442\u0430\u043A\u0436\u0435, \u043F\u043E\u0434\u0440\u043E\u0431\u043D\u0435\u0435, \u0440\u0435\u043A\u043B\u0430\u043C\u0430, \u043F\u043E\u0434\u0435\u043B\u0438\u0442\u044C\u0441\u044F, \u043D\u0430\u0436\u043C\u0438\u0442\u0435 \u0437\u0434\u0435\u0441\u044C, \u043F\u043E\u0434\u043F\u0438\u0441\u0430\u0442\u044C\u0441\u044F, \u0432\u043E\u0439\u0442\u0438, \u0444\u043E\u0442\u043E, \u0437\u0430\u043A\u0440\u044B\u0442\u044C, \u043C\u0435\u043D\u044E`),
  locatives: list6(`\u0432, \u0432\u043E, \u0438\u0437, \u043D\u0430, \u0441, \u0441\u043E`),
  documentHeads: list6(`\u0434\u043E\u043A\u043B\u0430\u0434, \u0441\u043E\u043E\u0431\u0449\u0435\u043D\u0438\u0435, \u0437\u0430\u044F\u0432\u043B\u0435\u043D\u0438\u0435, \u0438\u0441\u0441\u043B\u0435\u0434\u043E\u0432\u0430\u043D\u0438\u0435, \u043E\u043F\u0440\u043E\u0441, \u043F\u0438\u0441\u044C\u043C\u043E, \u0434\u043E\u043A\u0443\u043C\u0435\u043D\u0442, \u0440\u0435\u0448\u0435\u043D\u0438\u0435, \u043F\u0440\u0438\u0433\u043E\u0432\u043E\u0440, \u0442\u0435\u043A\u0441\u0442, \u0441\u0430\u0439\u0442, \u0430\u043D\u0430\u043B\u0438\u0437, \u0433\u0430\u0437\u0435\u0442\u0430, \u0441\u0442\u0430\u0442\u044C\u044F, \u0437\u0430\u043A\u043E\u043D, \u043A\u043E\u043D\u0441\u0442\u0438\u0442\u0443\u0446\u0438\u044F, \u0440\u0435\u0437\u043E\u043B\u044E\u0446\u0438\u044F`),
  connectives: list6(`\u043E\u0434\u043D\u0430\u043A\u043E, \u043D\u043E, \u0430, \u0438, \u0438\u043B\u0438, \u043F\u043E\u044D\u0442\u043E\u043C\u0443, \u0442\u0430\u043A\u0436\u0435, \u0442\u043E\u0436\u0435, \u0435\u0449\u0435, \u0435\u0449\u0451, \u0443\u0436\u0435, \u0442\u0435\u043F\u0435\u0440\u044C, \u0441\u0435\u0439\u0447\u0430\u0441, \u0441\u0435\u0433\u043E\u0434\u043D\u044F, \u0432\u0447\u0435\u0440\u0430, \u0437\u0430\u0442\u0435\u043C, \u043F\u043E\u0442\u043E\u043C, \u0442\u0435\u043C \u0432\u0440\u0435\u043C\u0435\u043D\u0435\u043C, \u043A\u0440\u043E\u043C\u0435 \u0442\u043E\u0433\u043E, \u0432\u043F\u0440\u043E\u0447\u0435\u043C, \u043A\u043E\u0433\u0434\u0430, \u0435\u0441\u043B\u0438, \u043F\u043E\u0442\u043E\u043C\u0443, \u0437\u0434\u0435\u0441\u044C, \u0442\u0430\u043C, \u0432\u043E\u0437\u043C\u043E\u0436\u043D\u043E, \u0434\u0430\u0436\u0435`)
};

// ../hostile21/src/core/lexicon/zh.ts
var list7 = (s) => s.trim().split(/\s*[,，]\s*/).filter(Boolean).map((w) => w.replace(/\s+/g, ""));
var zh = {
  lang: "zh",
  unspaced: true,
  speechVerbs: list7(`\u8BF4, \u8AAA, \u8868\u793A, \u6307\u51FA, \u79F0, \u7A31, \u58F0\u79F0, \u8072\u7A31, \u5BA3\u79F0, \u5BA3\u7A31, \u8BA4\u4E3A, \u8A8D\u70BA, \u8865\u5145\u8BF4, \u88DC\u5145\u8AAA, \u8865\u5145\u9053, \u8865\u5145, \u88DC\u5145, \u5F3A\u8C03, \u5F37\u8ABF,
    \u900F\u9732, \u544A\u8BC9, \u544A\u8A34, \u8BF4\u9053, \u8AAA\u9053, \u8C08\u5230, \u8AC7\u5230, \u5766\u8A00, \u76F4\u8A00, \u56DE\u5E94, \u56DE\u61C9, \u56DE\u7B54, \u7B54\u9053, \u95EE\u9053, \u554F\u9053, \u89E3\u91CA, \u89E3\u91CB, \u89E3\u91CA\u8BF4, \u89E3\u91CB\u8AAA,
    \u4ECB\u7ECD, \u4ECB\u7D39, \u4ECB\u7ECD\u8BF4, \u4ECB\u7D39\u8AAA, \u5199\u9053, \u5BEB\u9053, \u53D1\u73B0, \u767C\u73FE, \u8BC1\u5B9E, \u8B49\u5BE6, \u786E\u8BA4, \u78BA\u8A8D, \u627F\u8BA4, \u627F\u8A8D, \u5426\u8BA4, \u5426\u8A8D, \u8B66\u544A, \u63D0\u9192, \u547C\u5401, \u547C\u7C72,
    \u5BA3\u5E03, \u5BA3\u4F48, \u5BA3\u544A, \u58F0\u660E, \u8072\u660E, \u53D1\u8868, \u767C\u8868, \u9884\u8BA1, \u9810\u8A08, \u9884\u6D4B, \u9810\u6E2C, \u4F30\u8BA1, \u4F30\u8A08, \u76F8\u4FE1, \u89C9\u5F97, \u89BA\u5F97, \u575A\u79F0, \u5805\u7A31, \u91CD\u7533, \u63F4\u5F15,
    \u5206\u6790, \u5206\u6790\u8BF4, \u8BC4\u8BBA, \u8A55\u8AD6, \u8BC4\u4EF7, \u8A55\u50F9, \u611F\u53F9, \u611F\u5606, \u8868\u660E, \u63D0\u5230, \u63D0\u51FA, \u4E3B\u5F20, \u4E3B\u5F35, \u6307\u79F0, \u6307\u7A31, \u62A5\u9053, \u5831\u5C0E, \u62A5\u9053\u8BF4, \u62A5\u544A, \u5831\u544A,
    \u79F0\u8D5E, \u7A31\u8B9A, \u6279\u8BC4, \u6279\u8A55, \u62B1\u6028, \u8FA9\u79F0, \u8FAF\u7A31, \u65AD\u8A00, \u65B7\u8A00, \u5766\u627F, \u900F\u9732\u8BF4, \u5BF9\u8BB0\u8005\u8BF4, \u5C0D\u8A18\u8005\u8AAA, \u5BF9\u8BB0\u8005\u8868\u793A, \u544A\u8BC9\u8BB0\u8005, \u544A\u8A34\u8A18\u8005,
    \u63A5\u53D7\u91C7\u8BBF\u65F6\u8BF4, \u63A5\u53D7\u91C7\u8BBF\u65F6\u8868\u793A, \u5728\u63A5\u53D7\u91C7\u8BBF\u65F6\u8868\u793A, \u5728\u58F0\u660E\u4E2D\u8BF4, \u5728\u58F0\u660E\u4E2D\u8868\u793A, \u5728\u4E00\u4EFD\u58F0\u660E\u4E2D\u8BF4, \u53D1\u63A8\u6587\u8BF4, \u5728\u63A8\u7279\u4E0A\u5199\u9053,
    \u8FDB\u4E00\u6B65\u6307\u51FA, \u9032\u4E00\u6B65\u6307\u51FA, \u8FD8\u8BF4, \u9084\u8AAA, \u4E5F\u8BF4, \u4E5F\u8AAA, \u53C8\u8BF4, \u53C8\u8AAA, \u5E76\u8BF4, \u4E26\u8AAA, \u8FD8\u8868\u793A, \u4E5F\u8868\u793A, \u5219\u8868\u793A, \u5247\u8868\u793A, \u66F4\u6307\u51FA,
    \u603B\u7ED3\u8BF4, \u7E3D\u7D50\u8AAA, \u56DE\u5FC6\u8BF4, \u56DE\u61B6\u8AAA, \u56DE\u5FC6\u9053, \u7B11\u7740\u8BF4, \u7B11\u8AAA, \u8BF4\u660E, \u8AAA\u660E, \u9610\u8FF0, \u95E1\u8FF0, \u79F0\u9053, \u95EE, \u554F, \u7B54, \u9053`),
  weakCues: list7(`\u8BA4\u4E3A, \u8A8D\u70BA, \u76F8\u4FE1, \u89C9\u5F97, \u89BA\u5F97, \u4F30\u8BA1, \u4F30\u8A08, \u5206\u6790, \u8BC4\u4EF7, \u8A55\u50F9, \u79F0\u8D5E, \u7A31\u8B9A, \u6279\u8BC4, \u6279\u8A55, \u63D0\u5230, \u63D0\u51FA, \u95EE, \u554F,
    \u7B54, \u9053, \u8BF4\u660E, \u8AAA\u660E, \u53D1\u73B0, \u767C\u73FE, \u62A5\u544A, \u5831\u544A, \u8868\u660E`),
  bareComplementVerbs: list7(`\u8BF4, \u8AAA, \u8868\u793A, \u6307\u51FA, \u79F0, \u7A31, \u58F0\u79F0, \u8072\u7A31, \u8BA4\u4E3A, \u8A8D\u70BA, \u5F3A\u8C03, \u5F37\u8ABF, \u900F\u9732, \u5766\u8A00, \u76F4\u8A00, \u627F\u8BA4, \u627F\u8A8D,
    \u5426\u8BA4, \u5426\u8A8D, \u76F8\u4FE1, \u89C9\u5F97, \u89BA\u5F97, \u9884\u8BA1, \u9810\u8A08, \u4F30\u8BA1, \u4F30\u8A08, \u575A\u79F0, \u5805\u7A31, \u91CD\u7533, \u8865\u5145\u8BF4, \u88DC\u5145\u8AAA, \u544A\u8BC9\u8BB0\u8005, \u544A\u8A34\u8A18\u8005`),
  accordingTo: list7(`\u636E, \u64DA, \u6839\u636E, \u6839\u64DA, \u6309\u7167, \u4F9D\u636E, \u4F9D\u64DA, \u63F4\u5F15, \u5F15\u8FF0, \u5F15\u7528, \u636E\u62A5\u9053, \u64DA\u5831\u5C0E, \u636E\u6089, \u64DA\u6089, \u636E\u4E86\u89E3, \u64DA\u4E86\u89E3,
    \u636E\u79F0, \u64DA\u7A31, \u6D88\u606F\u79F0, \u6D88\u606F\u7A31`),
  claimNouns: list7(`\u8BF4\u6CD5, \u8AAA\u6CD5, \u6307\u63A7, \u58F0\u660E, \u8072\u660E, \u8A00\u8BBA, \u8A00\u8AD6, \u4F20\u8A00, \u50B3\u8A00, \u8C23\u8A00, \u8B20\u8A00, \u4F20\u95FB, \u50B3\u805E, \u89C2\u70B9, \u89C0\u9EDE, \u770B\u6CD5, \u5224\u65AD,
    \u5224\u65B7, \u7ED3\u8BBA, \u7D50\u8AD6, \u62A5\u9053, \u5831\u5C0E, \u8B66\u544A, \u627F\u8BFA, \u627F\u8AFE, \u9884\u6D4B, \u9810\u6E2C, \u731C\u6D4B, \u731C\u6E2C, \u8D28\u7591, \u8CEA\u7591`),
  complementizers: [],
  pronouns: {
    male: ["\u4ED6", "\u4ED6\u672C\u4EBA", "\u6B64\u4EBA"],
    female: ["\u5979", "\u5979\u672C\u4EBA"],
    plural: ["\u4ED6\u4EEC", "\u5979\u4EEC", "\u4ED6\u5011", "\u5979\u5011", "\u6211\u4EEC", "\u6211\u5011", "\u53CC\u65B9", "\u96D9\u65B9"],
    neuter: ["\u5B83", "\u5B83\u4EEC", "\u5B83\u5011", "\u8BE5\u673A\u6784", "\u8A72\u6A5F\u69CB", "\u8BE5\u516C\u53F8", "\u8A72\u516C\u53F8"],
    relative: []
  },
  titles: list7(`\u53D1\u8A00\u4EBA, \u767C\u8A00\u4EBA, \u65B0\u95FB\u53D1\u8A00\u4EBA, \u65B0\u805E\u767C\u8A00\u4EBA, \u4E3B\u5E2D, \u526F\u4E3B\u5E2D, \u603B\u7EDF, \u7E3D\u7D71, \u526F\u603B\u7EDF, \u526F\u7E3D\u7D71, \u603B\u7406, \u7E3D\u7406, \u526F\u603B\u7406, \u526F\u7E3D\u7406,
    \u9996\u76F8, \u90E8\u957F, \u90E8\u9577, \u526F\u90E8\u957F, \u526F\u90E8\u9577, \u5916\u957F, \u5916\u9577, \u5916\u4EA4\u90E8\u957F, \u5916\u4EA4\u90E8\u9577, \u56FD\u52A1\u537F, \u570B\u52D9\u537F, \u5927\u4F7F, \u7279\u4F7F, \u4EE3\u8868, \u8BAE\u5458, \u8B70\u54E1, \u53C2\u8BAE\u5458,
    \u53C3\u8B70\u54E1, \u4F17\u8BAE\u5458, \u773E\u8B70\u54E1, \u5DDE\u957F, \u5DDE\u9577, \u5E02\u957F, \u5E02\u9577, \u7701\u957F, \u7701\u9577, \u4E66\u8BB0, \u66F8\u8A18, \u603B\u4E66\u8BB0, \u7E3D\u66F8\u8A18, \u59D4\u5458, \u59D4\u54E1, \u4E3B\u4EFB, \u526F\u4E3B\u4EFB,
    \u5C40\u957F, \u5C40\u9577, \u7F72\u957F, \u7F72\u9577, \u53F8\u957F, \u53F8\u9577, \u5904\u957F, \u8655\u9577, \u5385\u957F, \u5EF3\u9577, \u9662\u957F, \u9662\u9577, \u6821\u957F, \u6821\u9577, \u6240\u957F, \u6240\u9577, \u8463\u4E8B\u957F, \u8463\u4E8B\u9577, \u603B\u88C1,
    \u7E3D\u88C1, \u603B\u7ECF\u7406, \u7E3D\u7D93\u7406, \u9996\u5E2D\u6267\u884C\u5B98, \u9996\u5E2D\u57F7\u884C\u5B98, \u6267\u884C\u957F, \u57F7\u884C\u9577, \u521B\u59CB\u4EBA, \u5275\u59CB\u4EBA, \u8054\u5408\u521B\u59CB\u4EBA, \u8D1F\u8D23\u4EBA, \u8CA0\u8CAC\u4EBA, \u7ECF\u7406, \u7D93\u7406,
    \u4E3B\u7BA1, \u79D8\u4E66\u957F, \u79D8\u66F8\u9577, \u7406\u4E8B\u957F, \u7406\u4E8B\u9577, \u4F1A\u957F, \u6703\u9577, \u793E\u957F, \u793E\u9577, \u4E3B\u7F16, \u4E3B\u7DE8, \u603B\u7F16\u8F91, \u7E3D\u7DE8\u8F2F, \u7F16\u8F91, \u7DE8\u8F2F, \u8BB0\u8005, \u8A18\u8005,
    \u8BC4\u8BBA\u5458, \u8A55\u8AD6\u54E1, \u4E13\u680F\u4F5C\u5BB6, \u5C08\u6B04\u4F5C\u5BB6, \u4F5C\u5BB6, \u4F5C\u8005, \u6559\u6388, \u526F\u6559\u6388, \u7814\u7A76\u5458, \u7814\u7A76\u54E1, \u5B66\u8005, \u5B78\u8005, \u4E13\u5BB6, \u5C08\u5BB6, \u79D1\u5B66\u5BB6, \u79D1\u5B78\u5BB6,
    \u7ECF\u6D4E\u5B66\u5BB6, \u7D93\u6FDF\u5B78\u5BB6, \u5206\u6790\u5E08, \u5206\u6790\u5E2B, \u533B\u751F, \u91AB\u751F, \u5F8B\u5E08, \u5F8B\u5E2B, \u6CD5\u5B98, \u68C0\u5BDF\u5B98, \u6AA2\u5BDF\u5B98, \u5C06\u519B, \u5C07\u8ECD, \u4E0A\u5C06, \u4E0A\u5C07, \u53F8\u4EE4, \u53F8\u4EE4\u5458,
    \u6559\u7EC3, \u6559\u7DF4, \u4E3B\u6559\u7EC3, \u4E3B\u6559\u7DF4, \u7403\u5458, \u7403\u54E1, \u961F\u957F, \u968A\u9577, \u56FD\u738B, \u570B\u738B, \u5973\u738B, \u738B\u5B50, \u516C\u4E3B, \u6559\u7687, \u603B\u5E72\u4E8B, \u7E3D\u5E79\u4E8B, \u987E\u95EE, \u9867\u554F,
    \u9AD8\u7EA7\u987E\u95EE, \u52A9\u7406, \u5B98\u5458, \u5B98\u54E1, \u9AD8\u5B98, \u5B87\u822A\u5458, \u5B87\u822A\u54E1, \u822A\u5929\u5458, \u822A\u5929\u54E1, \u5DE5\u7A0B\u5E08, \u5DE5\u7A0B\u5E2B, \u8D1F\u8D23\u4EBA, \u5019\u9009\u4EBA, \u5019\u9078\u4EBA, \u6D3B\u52A8\u4EBA\u58EB,
    \u793E\u4F1A\u6D3B\u52A8\u5BB6, \u76EE\u51FB\u8005, \u76EE\u64CA\u8005, \u5C45\u6C11, \u5B66\u751F, \u5B78\u751F, \u8001\u5E08, \u8001\u5E2B, \u8363\u8A89\u6559\u6388, \u69AE\u8B7D\u6559\u6388, \u5B89\u5168\u8D1F\u8D23\u4EBA, \u524D\u5B87\u822A\u5458`),
  honorifics: list7(`\u5148\u751F, \u5973\u58EB, \u5C0F\u59D0, \u535A\u58EB, \u592B\u4EBA`),
  abbreviations: [],
  anonymous: {
    markers: list7(`\u6D88\u606F\u4EBA\u58EB, \u77E5\u60C5\u4EBA\u58EB, \u533F\u540D, \u4E0D\u613F\u900F\u9732\u59D3\u540D, \u4E0D\u9858\u900F\u9732\u59D3\u540D, \u4E0D\u613F\u5177\u540D, \u4E0D\u9858\u5177\u540D, \u8981\u6C42\u533F\u540D, \u4E00\u4F4D\u5B98\u5458, \u4E00\u540D\u5B98\u5458,
      \u4E00\u4F4D\u5B98\u54E1, \u4E00\u540D\u5B98\u54E1, \u6709\u5173\u4EBA\u58EB, \u6709\u95DC\u4EBA\u58EB, \u4E1A\u5185\u4EBA\u58EB, \u696D\u5167\u4EBA\u58EB, \u5185\u90E8\u4EBA\u58EB, \u5167\u90E8\u4EBA\u58EB, \u76F8\u5173\u4EBA\u58EB, \u76F8\u95DC\u4EBA\u58EB, \u63A5\u8FD1, \u636E\u77E5\u60C5,
      \u6709\u4EBA, \u4E00\u4E9B\u4EBA, \u8BB8\u591A\u4EBA, \u8A31\u591A\u4EBA, \u6279\u8BC4\u8005, \u6279\u8A55\u8005, \u89C2\u5BDF\u4EBA\u58EB, \u89C0\u5BDF\u4EBA\u58EB, \u5206\u6790\u4EBA\u58EB, \u4E13\u5BB6, \u5C08\u5BB6, \u7814\u7A76\u4EBA\u5458, \u7814\u7A76\u4EBA\u54E1, \u79D1\u5B66\u5BB6\u4EEC,
      \u5B98\u5458\u4EEC, \u5B98\u54E1\u5011, \u4EBA\u58EB, \u7F51\u53CB, \u7DB2\u53CB, \u5916\u754C, \u8206\u8BBA, \u8F3F\u8AD6`),
    heads: list7(`\u6D88\u606F\u4EBA\u58EB, \u77E5\u60C5\u4EBA\u58EB, \u4EBA\u58EB, \u6709\u5173\u4EBA\u58EB, \u6709\u95DC\u4EBA\u58EB, \u4E1A\u5185\u4EBA\u58EB, \u696D\u5167\u4EBA\u58EB, \u5185\u90E8\u4EBA\u58EB, \u5167\u90E8\u4EBA\u58EB, \u76F8\u5173\u4EBA\u58EB, \u76F8\u95DC\u4EBA\u58EB,
      \u5B98\u5458, \u5B98\u54E1, \u4E13\u5BB6, \u5C08\u5BB6, \u7814\u7A76\u4EBA\u5458, \u7814\u7A76\u4EBA\u54E1, \u5206\u6790\u4EBA\u58EB, \u89C2\u5BDF\u4EBA\u58EB, \u89C0\u5BDF\u4EBA\u58EB, \u6279\u8BC4\u8005, \u6279\u8A55\u8005, \u7F51\u53CB, \u7DB2\u53CB, \u5916\u754C, \u8206\u8BBA,
      \u8F3F\u8AD6, \u6709\u4EBA, \u4EBA\u4EEC, \u4EBA\u5011, \u6C11\u4F17, \u6C11\u773E, \u5C45\u6C11, \u76EE\u51FB\u8005, \u76EE\u64CA\u8005`)
  },
  organizationHeads: list7(`\u653F\u5E9C, \u90E8, \u5916\u4EA4\u90E8, \u56FD\u9632\u90E8, \u570B\u9632\u90E8, \u5546\u52A1\u90E8, \u5546\u52D9\u90E8, \u536B\u751F\u90E8, \u885B\u751F\u90E8, \u59D4\u5458\u4F1A, \u59D4\u54E1\u6703, \u5C40, \u7F72, \u9662, \u5385,
    \u5EF3, \u529E\u516C\u5BA4, \u8FA6\u516C\u5BA4, \u4E2D\u5FC3, \u673A\u6784, \u6A5F\u69CB, \u7EC4\u7EC7, \u7D44\u7E54, \u534F\u4F1A, \u5354\u6703, \u8054\u5408\u4F1A, \u806F\u5408\u6703, \u516C\u53F8, \u96C6\u56E2, \u96C6\u5718, \u94F6\u884C, \u9280\u884C, \u5927\u5B66, \u5927\u5B78,
    \u5B66\u9662, \u5B78\u9662, \u7814\u7A76\u6240, \u7814\u7A76\u9662, \u57FA\u91D1\u4F1A, \u57FA\u91D1\u6703, \u6CD5\u9662, \u68C0\u5BDF\u9662, \u6AA2\u5BDF\u9662, \u8B66\u65B9, \u8B66\u5BDF\u5C40, \u519B\u65B9, \u8ECD\u65B9, \u519B\u961F, \u8ECD\u968A, \u515A, \u9EE8, \u8BAE\u4F1A,
    \u8B70\u6703, \u56FD\u4F1A, \u570B\u6703, \u53C2\u8BAE\u9662, \u53C3\u8B70\u9662, \u4F17\u8BAE\u9662, \u773E\u8B70\u9662, \u767D\u5BAB, \u767D\u5BAE, \u514B\u91CC\u59C6\u6797\u5BAB, \u514B\u91CC\u59C6\u6797\u5BAE, \u4E94\u89D2\u5927\u697C, \u4E94\u89D2\u5927\u6A13, \u5A92\u4F53, \u5A92\u9AD4,
    \u62A5, \u5831, \u65E5\u62A5, \u65E5\u5831, \u665A\u62A5, \u665A\u5831, \u65F6\u62A5, \u6642\u5831, \u901A\u8BAF\u793E, \u901A\u8A0A\u793E, \u65B0\u534E\u793E, \u65B0\u83EF\u793E, \u7535\u89C6\u53F0, \u96FB\u8996\u53F0, \u7F51\u7AD9, \u7DB2\u7AD9, \u6742\u5FD7, \u96DC\u8A8C,
    \u62A5\u544A, \u5831\u544A, \u7814\u7A76, \u8C03\u67E5, \u8ABF\u67E5, \u58F0\u660E, \u8072\u660E, \u5B87\u822A\u5C40, \u822A\u5929\u5C40, \u7BA1\u7406\u5C40, \u8054\u5408\u56FD, \u806F\u5408\u570B, \u5317\u7EA6, \u5317\u7D04, \u6B27\u76DF, \u6B50\u76DF, \u4FF1\u4E50\u90E8, \u4FF1\u6A02\u90E8,
    \u7403\u961F, \u7403\u968A, \u5C0F\u7EC4, \u5C0F\u7D44, \u56E2\u961F, \u5718\u968A, \u5B9E\u9A8C\u5BA4, \u5BE6\u9A57\u5BA4, \u4F7F\u9986, \u4F7F\u9928, \u5927\u4F7F\u9986, \u5927\u4F7F\u9928`),
  stopwords: list7(`\u7684, \u4E86, \u548C, \u4E0E, \u8207, \u53CA, \u4EE5\u53CA, \u6216, \u6216\u8005, \u4F46, \u4F46\u662F, \u800C, \u800C\u4E14, \u5E76, \u4E26, \u5E76\u4E14, \u4E26\u4E14, \u4E5F, \u8FD8, \u9084, \u5C31, \u90FD, \u53C8,
    \u5728, \u4E8E, \u65BC, \u5BF9, \u5C0D, \u5411, \u4ECE, \u5F9E, \u628A, \u88AB, \u5C06, \u5C07, \u8BA9, \u8B93, \u7ED9, \u7D66, \u4E3A, \u70BA, \u4EE5, \u56E0\u4E3A, \u56E0\u70BA, \u6240\u4EE5, \u5982\u679C, \u867D\u7136, \u96D6\u7136, \u7136\u800C,
    \u56E0\u6B64, \u4E8E\u662F, \u65BC\u662F, \u8FD9, \u9019, \u90A3, \u8FD9\u4E2A, \u9019\u500B, \u90A3\u4E2A, \u90A3\u500B, \u8FD9\u4E9B, \u9019\u4E9B, \u90A3\u4E9B, \u5176, \u662F, \u6709, \u6CA1\u6709, \u6C92\u6709, \u4E0D, \u5F88, \u66F4, \u6700, \u5DF2,
    \u5DF2\u7ECF, \u5DF2\u7D93, \u6B63\u5728, \u66FE, \u66FE\u7ECF, \u66FE\u7D93, \u5C06\u4F1A, \u6703, \u4F1A, \u53EF\u80FD, \u5E94\u8BE5, \u61C9\u8A72, \u4ECA\u5929, \u6628\u5929, \u660E\u5929, \u76EE\u524D, \u6B64\u524D, \u968F\u540E, \u96A8\u5F8C, \u540C\u65F6,
    \u540C\u6642, \u6B64\u5916, \u53E6\u5916, \u4E8B\u5B9E\u4E0A, \u4E8B\u5BE6\u4E0A, \u4E0D\u8FC7, \u4E0D\u904E, \u5176\u4E2D, \u4E4B\u540E, \u4E4B\u5F8C, \u4E4B\u524D, \u65F6, \u6642, \u7B49, \u7740, \u8457, \u8FC7, \u904E, \u5417, \u55CE, \u5462, \u5427,
    \u50CF, \u5982, \u7531, \u540C, \u8DDF, \u8FDE, \u9023, \u8BF7, \u8ACB, \u4EE4, \u4F7F, \u53EB, \u636E, \u64DA, \u5F53, \u7576, \u4E0E\u5176, \u9664\u4E86, \u5305\u62EC, \u4F8B\u5982, \u6BD4\u5982, \u5373, \u4E43, \u81EA, \u5230, \u81F3, \u79BB, \u96E2,
    \u8FD9\u6837, \u9019\u6A23, \u90A3\u6837, \u90A3\u6A23, \u4E00\u6837, \u4E00\u6A23, \u8FD9\u4E48, \u9019\u9EBC, \u90A3\u4E48, \u90A3\u9EBC, \u7B49\u4EBA, \u7B49\u7B49, \u672C\u4EBA, \u81EA\u5DF1`),
  clauseBreaks: list7(`\u4F46, \u4F46\u662F, \u800C, \u7136\u800C, \u56E0\u4E3A, \u56E0\u70BA, \u6240\u4EE5, \u5982\u679C, \u867D\u7136, \u96D6\u7136, \u56E0\u6B64, \u540C\u65F6, \u540C\u6642, \u6B64\u5916, \u53E6\u5916, \u4E0D\u8FC7, \u4E0D\u904E, \u5E76\u4E14, \u4E26\u4E14`),
  relayVerbs: list7(`\u8C08\u53CA, \u8AC7\u53CA, \u79F0\u4E4B\u4E3A, \u7A31\u4E4B\u70BA, \u5F62\u5BB9, \u6279\u8BC4\u8BF4, \u8C34\u8D23, \u8B74\u8CAC, \u8D5E\u626C, \u8B9A\u63DA, \u547C\u5401, \u547C\u7C72, \u6566\u4FC3`),
  verbModifiers: list7(`\u4E5F, \u8FD8, \u9084, \u53C8, \u5219, \u5247, \u66F4, \u518D, \u66FE, \u66FE\u7ECF, \u66FE\u7D93, \u5DF2, \u5DF2\u7ECF, \u5DF2\u7D93, \u968F\u540E, \u96A8\u5F8C, \u6B64\u524D, \u4ECA\u5929, \u6628\u5929, \u65E5\u524D,
    \u8FD1\u65E5, \u5F53\u5929, \u7576\u5929, \u5F53\u65F6, \u7576\u6642, \u516C\u5F00, \u516C\u958B, \u660E\u786E, \u660E\u78BA, \u8FDB\u4E00\u6B65, \u9032\u4E00\u6B65, \u4E00\u518D, \u591A\u6B21, \u518D\u6B21, \u540C\u65F6, \u540C\u6642, \u5BF9\u6B64, \u5C0D\u6B64, \u5C31\u6B64,
    \u5BF9\u8BB0\u8005, \u5C0D\u8A18\u8005, \u5411\u8BB0\u8005, \u5411\u8A18\u8005, \u5728\u91C7\u8BBF\u4E2D, \u5728\u63A5\u53D7\u91C7\u8BBF\u65F6, \u5728\u58F0\u660E\u4E2D, \u5728\u4E00\u4EFD\u58F0\u660E\u4E2D, \u5728\u63A8\u7279\u4E0A, \u5468\u4E00, \u5468\u4E8C, \u5468\u4E09, \u5468\u56DB,
    \u5468\u4E94, \u5468\u516D, \u5468\u65E5, \u672C\u5468, \u4E0A\u5468, \u6700\u8FD1, \u5E76, \u4E26, \u90FD, \u5747, \u4EA6`),
  parentheticals: list7(`\u5BF9\u6B64, \u5C0D\u6B64, \u6B64\u5916, \u53E6\u5916, \u540C\u65F6, \u540C\u6642, \u7136\u800C, \u4E0D\u8FC7, \u4E0D\u904E, \u4E8B\u5B9E\u4E0A, \u4E8B\u5BE6\u4E0A`),
  nameParticles: [],
  // Coverbs that open a phrase between a subject and its verb ("在记者会上", "向记者", "对此").
  locatives: list7(`\u5728, \u4E8E, \u65BC, \u5411, \u5BF9, \u5C0D, \u8DDF, \u540C`),
  asWords: [],
  determiners: list7(`\u8FD9, \u9019, \u8BE5, \u8A72, \u6B64, \u5176, \u8FD9\u4E9B, \u9019\u4E9B, \u90A3\u4E9B, \u4E00\u4E9B, \u8FD9\u79CD, \u9019\u7A2E, \u8FD9\u4E00, \u9019\u4E00, \u4E0A\u8FF0, \u6709\u5173, \u6709\u95DC`),
  indefinites: list7(`\u4E00\u4F4D, \u4E00\u540D, \u4E00\u4E2A, \u4E00\u500B, \u4E00\u4E9B, \u6709\u4E9B, \u67D0, \u67D0\u4F4D, \u591A\u4F4D, \u591A\u540D, \u51E0\u4F4D, \u5E7E\u4F4D`),
  quotes: [["\u201C", "\u201D"], ["\u2018", "\u2019"], ["\u300C", "\u300D"], ["\u300E", "\u300F"]],
  speakerParticles: list7(`\u4E5F, \u8FD8, \u9084, \u53C8, \u5219, \u5247, \u66F4, \u518D, \u66FE, \u5E76, \u4E26, \u4EA6, \u5747, \u90FD, \u968F\u540E, \u96A8\u5F8C, \u8FDB\u4E00\u6B65, \u9032\u4E00\u6B65`)
};

// ../hostile21/src/core/lexicon/index.ts
var LANGUAGES = ["en", "fr", "de", "es", "pt", "cs", "ru", "zh"];
var LEXICONS = new Map([en, fr, de, es, pt, cs, ru, zh].map((lexicon) => [lexicon.lang, lexicon]));
function lexiconCode(lang) {
  const code = lang.toLowerCase().split(/[-_]/)[0] ?? "";
  return LANGUAGES.includes(code) ? code : "en";
}
function lexiconFor(lang) {
  return LEXICONS.get(lexiconCode(lang)) ?? en;
}
var supportedLanguages = () => [...LANGUAGES];

// ../hostile21/src/core/quotes.ts
var CLOSERS = {
  "\u201C": '\u201D"\u201C',
  "\u201E": '\u201C\u201D"',
  '"': '"\u201D\u201C',
  "\u201F": '\u201D"',
  "\u301D": "\u301E\u301F",
  "\uFF02": "\uFF02",
  "\xAB": "\xBB",
  "\xBB": "\xAB\xBB",
  "\u201D": '\u201D"\u201C',
  "\u2018": "\u2019'",
  "\u201A": "\u2018\u2019",
  "'": "'\u2019",
  "\u2039": "\u203A",
  "\u203A": "\u2039",
  "\u300C": "\u300D",
  "\u300E": "\u300F"
};
var FAMILY = {
  "\u201C": "double",
  "\u201D": "double",
  "\u201E": "double",
  '"': "double",
  "\u201F": "double",
  "\u301D": "double",
  "\u301E": "double",
  "\u301F": "double",
  "\uFF02": "double",
  "\xAB": "guillemet",
  "\xBB": "guillemet",
  "\u2018": "single",
  "\u2019": "single",
  "\u201A": "single",
  "'": "single",
  "\u2039": "angle",
  "\u203A": "angle",
  "\u300C": "corner",
  "\u300D": "corner",
  "\u300E": "corner",
  "\u300F": "corner"
};
var WORD3 = /[\p{L}\p{N}]/u;
var OPEN_CONTEXT = /[\s([{\u2014\u2013\-/:;,]/u;
function isWordChar(c) {
  return c !== void 0 && WORD3.test(c);
}
function flanks(text, at, len) {
  const before2 = at > 0 ? text[at - 1] : void 0;
  const after = text[at + len];
  const beforeOpen = before2 === void 0 || OPEN_CONTEXT.test(before2) || before2 in FAMILY;
  const afterSpace = after === void 0 || /[\s.,;:!?)\]}…\u2014\u2013\-]/u.test(after) || after in FAMILY;
  return {
    left: beforeOpen && after !== void 0 && !/\s/.test(after),
    right: afterSpace && before2 !== void 0 && !/\s/.test(before2)
  };
}
var IS_MARK = new Uint8Array(65536);
for (const ch of `"'\u201C\u201D\u201E\u201F\u301D\u301E\u301F\uFF02\xAB\xBB\u2018\u2019\u201A\u2039\u203A\u300C\u300D\u300E\u300F`) IS_MARK[ch.charCodeAt(0)] = 1;
function marksOf(text, from, to) {
  const out = [];
  for (let at = from; at < to; at++) {
    if (IS_MARK[text.charCodeAt(at)] !== 1) continue;
    const ch = text[at];
    if (ch === "'" && text[at + 1] === "'") {
      at++;
      continue;
    }
    if ((ch === "'" || ch === "\u2019") && isWordChar(text[at - 1]) && isWordChar(text[at + 1])) continue;
    out.push({ ch, family: FAMILY[ch] ?? "double", at, len: ch.length });
  }
  return out;
}
var CJK = /[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]/u;
function roleOf(text, mark, match) {
  const { left, right } = flanks(text, mark.at, mark.len);
  const canClose = match >= 0;
  const before2 = text[mark.at - 1];
  const after = text[mark.at + mark.len];
  switch (mark.ch) {
    case "\u201E":
    case "\u201A":
    case "\u300C":
    case "\u300E":
    case "\u201F":
    case "\u301D":
      return "open";
    case "\u300D":
    case "\u300F":
    case "\u301E":
    case "\u301F":
    case "\u2019":
      return canClose ? "close" : "skip";
    case "\u201C":
    case "\xAB":
    case "\u2039":
      return canClose && (right || !left) ? "close" : "open";
    case "\u2018":
      return canClose && right ? "close" : after !== void 0 && !/\s/.test(after) ? "open" : "skip";
    case "\u201D":
    case "\xBB":
    case "\u203A":
      if (canClose) return "close";
      return left && !right ? "open" : "skip";
    case "'":
      if (canClose && (right || !left)) return "close";
      return left && isWordChar(after) ? "open" : "skip";
    default:
      if (canClose && (right || !left)) return "close";
      if (left || before2 !== void 0 && CJK.test(before2) || before2 === void 0) return "open";
      return canClose ? "close" : "skip";
  }
}
var OPENERS_OF = {};
for (const [open, closers] of Object.entries(CLOSERS)) for (const c of closers) (OPENERS_OF[c] ??= []).push(open);
function pairMarks(text, marks) {
  const stack = [];
  const at = /* @__PURE__ */ new Map();
  const pairs = [];
  for (const mark of marks) {
    let match = -1;
    if (mark.family === "single") {
      const top = stack[stack.length - 1];
      if (top && (CLOSERS[top.ch] ?? "").includes(mark.ch)) match = stack.length - 1;
    } else {
      for (const o of OPENERS_OF[mark.ch] ?? []) {
        const ix = at.get(o);
        if (ix && ix.length && ix[ix.length - 1] > match) match = ix[ix.length - 1];
      }
    }
    const role = roleOf(text, mark, match);
    if (role === "close") {
      const opener = stack[match];
      while (stack.length > match) at.get(stack.pop().ch).pop();
      if (match === 0) pairs.push({ open: opener, close: mark });
    } else if (role === "open") {
      let ix = at.get(mark.ch);
      if (!ix) at.set(mark.ch, ix = []);
      ix.push(stack.length);
      stack.push(mark);
    }
  }
  if (stack.length) pairs.push({ open: stack[0], close: null });
  return pairs;
}
function startsWithOpener(text, start) {
  let i = start;
  while (i < text.length && /\s/.test(text[i])) i++;
  const ch = text[i];
  if (ch === void 0 || !(ch in CLOSERS)) return null;
  return { ch, family: FAMILY[ch] ?? "double", at: i, len: ch.length };
}
function continuesInNext(text, paragraphs, pi, open) {
  const next = paragraphs[pi + 1];
  const opener = next ? startsWithOpener(text, next.start) : null;
  return opener !== null && opener.family === open.family && open.family !== "single";
}
function keepsUnclosed(text, paragraphs, pi, open) {
  if (open.family === "single") return false;
  if (continuesInNext(text, paragraphs, pi, open)) return true;
  return open.at === paragraphs[pi].start;
}
function trimSpan(text, start, end) {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return [start, end];
}
function findQuoteSpans(article) {
  const { text, paragraphs } = article;
  const spans = [];
  let carried = false;
  paragraphs.forEach((para, pi) => {
    let marks = marksOf(text, para.start, para.end);
    const continuedHere = carried;
    carried = false;
    let found = 0;
    let pairs = pairMarks(text, marks);
    for (let tries = 0; tries < 8; tries++) {
      const last = pairs[pairs.length - 1];
      if (!last || last.close || keepsUnclosed(text, paragraphs, pi, last.open)) break;
      const stray = last.open;
      marks = marks.filter((m) => m !== stray);
      pairs = pairMarks(text, marks);
    }
    for (const { open, close } of pairs) {
      let continues = false;
      if (!close) {
        if (!keepsUnclosed(text, paragraphs, pi, open)) continue;
        continues = continuesInNext(text, paragraphs, pi, open);
      }
      const closeAt = close ? close.at : para.end;
      const [s, e] = trimSpan(text, open.at + open.len, closeAt);
      if (e <= s || open.family === "single" && e - s < 3) continue;
      spans.push({
        start: s,
        end: e,
        outerStart: open.at,
        outerEnd: close ? close.at + close.len : para.end,
        paragraph: pi,
        source: "marks",
        continues,
        continued: continuedHere && open.at === para.start
      });
      if (continues) carried = true;
      found++;
    }
    if (para.blockquote && found === 0 && !para.heading) {
      const [s, e] = trimSpan(text, para.start, para.end);
      if (e > s) spans.push({ start: s, end: e, outerStart: s, outerEnd: e, paragraph: pi, source: "blockquote", continues: false, continued: false });
    }
  });
  for (const span of inlineQuoteSpans(article, spans)) spans.push(span);
  return spans.sort((a, b) => a.start - b.start);
}
function inlineQuoteSpans(article, marks) {
  const { text, paragraphs, inlineQuotes } = article;
  const out = [];
  const ordered = inOrder(marks) && inlineQuotes.every((q, i) => i === 0 || inlineQuotes[i - 1].end <= q.end);
  for (const q of inlineQuotes) {
    if (ordered) {
      const last = out[out.length - 1];
      if (last && q.start < last.outerEnd && last.outerStart < q.end) continue;
      const k = firstEndingAfter(marks, q.start);
      if (k < marks.length && marks[k].outerStart < q.end) continue;
    } else if (marks.some((s2) => q.start < s2.outerEnd && s2.outerStart < q.end) || out.some((s2) => q.start < s2.outerEnd && s2.outerStart < q.end)) continue;
    const pi = paragraphAt(paragraphs, q.start);
    if (pi < 0) continue;
    const [s, e] = trimSpan(text, q.start, q.end);
    if (e > s) out.push({ start: s, end: e, outerStart: q.start, outerEnd: q.end, paragraph: pi, source: "q", continues: false, continued: false });
  }
  return out;
}
function inOrder(spans) {
  for (let i = 1; i < spans.length; i++) if (spans[i].outerStart < spans[i - 1].outerEnd) return false;
  return true;
}
function firstEndingAfter(spans, at) {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (spans[mid].outerEnd > at) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
function paragraphAt(paragraphs, at) {
  let lo = 0;
  let hi = paragraphs.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (paragraphs[mid].end > at) hi = mid;
    else lo = mid + 1;
  }
  return lo < paragraphs.length && at >= paragraphs[lo].start && at < paragraphs[lo].end ? lo : -1;
}

// ../hostile21/src/core/article-words.ts
var MAX_WORDS = 2e4;
var ArticleWords = class {
  constructor(c) {
    this.c = c;
  }
  c;
  midSentence = /* @__PURE__ */ new Set();
  opening = /* @__PURE__ */ new Set();
  lowerSeen = /* @__PURE__ */ new Set();
  afterLocative = /* @__PURE__ */ new Set();
  afterDeterminer = /* @__PURE__ */ new Set();
  inNameRun = /* @__PURE__ */ new Set();
  /** Reads one sentence's tokens (quotations stand as one placeholder and are skipped). */
  observe(tokens) {
    let first = true;
    let prevOpened = false;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (!t.word) {
        prevOpened = false;
        if (t.text === ":" || t.quote !== void 0) first = true;
        continue;
      }
      if (!t.cap) {
        if (this.lowerSeen.size < MAX_WORDS) this.lowerSeen.add(t.lower);
      } else if (first) {
        if (this.opening.size < MAX_WORDS) this.opening.add(t.lower);
      } else if (this.midSentence.size < MAX_WORDS) this.midSentence.add(t.lower);
      const opened = first;
      first = false;
      const prevWasOpening = prevOpened;
      prevOpened = opened;
      if (!t.cap) continue;
      const prev = tokens[i - 1];
      const next = tokens[i + 1];
      if (prev?.word && !prev.cap && this.c.locatives.has(prev.lower) && (!next || !next.word) && !/['’]/.test(t.text) && this.afterLocative.size < MAX_WORDS) this.afterLocative.add(t.lower);
      if (prev?.word && (prev.flags & WORD_DETERMINER) !== 0 && this.afterDeterminer.size < MAX_WORDS) this.afterDeterminer.add(t.lower);
      if (prev?.word && prev.cap && !prevWasOpening && (prev.flags & WORD_DETERMINER) === 0 && this.inNameRun.size < MAX_WORDS) this.inNameRun.add(t.lower);
    }
  }
  /** The word is written with a capital only where a clause opens, and the article writes it in lower case too. */
  capitalOnlyAtOpening(lower) {
    return !this.midSentence.has(lower) && this.lowerSeen.has(lower);
  }
  /** The word is capitalised nowhere but where a clause opens. */
  neverCapitalisedInside(lower) {
    return !this.midSentence.has(lower);
  }
  /** The article writes the word after a locative preposition ("from Iowa"). */
  placeLike(lower) {
    return this.afterLocative.has(lower);
  }
  /** The article writes the word right after another capitalised word that is no determiner, as in a name. */
  seenInNameRun(lower) {
    return this.inNameRun.has(lower);
  }
  /** The article writes the word right after a determiner ("der Frage"). */
  nounLike(lower) {
    return this.afterDeterminer.has(lower);
  }
};

// ../hostile21/src/core/selector.ts
var CONTEXT = 32;
function quoteSelector(text, start, end) {
  return {
    type: "TextQuoteSelector",
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT), start),
    suffix: text.slice(end, end + CONTEXT)
  };
}
function positionSelector(start, end) {
  return { type: "TextPositionSelector", start, end };
}
function stableId(...parts) {
  let h1 = 2166136261;
  let h2 = 16777619;
  for (const part of parts) {
    for (let i = 0; i < part.length; i++) {
      const ch = part.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 16777619);
      h2 = Math.imul(h2 ^ ch, 1540483477);
    }
    h1 = Math.imul(h1 ^ 31, 16777619);
  }
  return (h2 >>> 0 & 2097151).toString(36) + (h1 >>> 0).toString(36);
}

// ../hostile21/src/core/speaker-entities.ts
function entityKey(s, name2) {
  return s.person ? `p${s.person.id}` : `${s.kind}:${name2.toLowerCase()}`;
}
var NAME_WORD2 = /^\p{Lu}[\p{L}\p{M}'’.\-]*$/u;
function authorOf(byline, c) {
  if (!byline) return null;
  const words3 = byline.trim().split(/\s+/);
  let i = 0;
  while (i < words3.length && c.bylinePrefixes.has(words3[i].toLowerCase())) i++;
  const name2 = [];
  for (; i < words3.length && name2.length < 4; i++) {
    const w = words3[i].replace(/[,;|]+$/, "");
    if (!NAME_WORD2.test(w)) break;
    name2.push(w);
    if (w !== words3[i]) break;
  }
  return name2.length >= 2 ? name2.join(" ") : null;
}
var ACRONYM_WORD = /^[\p{Lu}\d&]{2,6}$/u;
function withoutLeadingAcronym(name2) {
  const words3 = name2.split(" ");
  let k = 0;
  while (k < words3.length - 2 && ACRONYM_WORD.test(words3[k])) k++;
  return k === 0 ? name2 : words3.slice(k).join(" ");
}
function firstPersonAuthor(s, c, author) {
  if (!author || s.person || !s.mention || !c.firstPerson.has(s.mention.trim().toLowerCase())) return null;
  return { name: author, kind: "person", mention: s.mention };
}
function isPronounMention(mention, c) {
  return isPersonalPronoun(mention.trim().toLowerCase(), c);
}
function isDefiniteMention(mention, c) {
  const w = mention.trim().toLowerCase().split(/\s+/);
  return w.length === 2 && c.determiners.has(w[0]);
}
function findingsOf(text, drafts, c, words3, byline, lang, explain = false) {
  const model = modelFor(lang);
  const ids = /* @__PURE__ */ new Map();
  const out = [];
  const author = authorOf(byline, c);
  for (const d of drafts) {
    const selector = quoteSelector(text, d.start, d.end);
    const s = d.speaker && !d.speaker.person ? firstPersonAuthor(d.speaker, c, author) ?? d.speaker : d.speaker;
    const raw = s ? s.person?.name ?? s.name : null;
    const shown = raw !== null && s?.kind === "person" ? withoutLeadingAcronym(raw) : raw;
    const name2 = shown === null ? null : nounPhraseOnly(withoutLeadingConnectives(shown, c), c);
    const pronoun = s !== null && s.mention !== null && isPronounMention(s.mention, c);
    const definite = s !== null && s.mention !== null && isDefiniteMention(s.mention, c);
    const described = s !== null && s.mention !== null && name2 !== null && s.mention.trim().split(/\s+/).length > name2.split(/\s+/).length;
    const implausible = s && name2 ? implausibleSpeaker({ name: name2, kind: s.kind, pronoun, definite, described, quotation: d.kind === "quote" }, c, words3) : null;
    const features = s && name2 && !implausible ? speakerFeatures(d, s, name2, c) : null;
    const p = features ? confidence(features, model) : 1;
    const rejected = implausible ?? (p < model.threshold ? "weak-evidence" : null);
    const speaker = s && name2 && !rejected ? s : null;
    let speakerId = null;
    if (speaker && name2) {
      const key = entityKey(speaker, name2);
      speakerId = ids.get(key) ?? `s${ids.size + 1}`;
      ids.set(key, speakerId);
    }
    const finding = {
      id: stableId(d.kind, selector.exact, selector.prefix, selector.suffix),
      kind: d.kind,
      text: selector.exact,
      speaker: speaker ? name2 : null,
      speakerId,
      speakerKind: speaker?.kind ?? "unknown",
      speakerDescription: speaker?.person ? speaker.person.description ?? speaker.person.tag : null,
      mention: s?.mention ?? null,
      cue: d.cue,
      partial: d.partial,
      rule: implausible ? `${d.rule}/not-a-source:${implausible}` : rejected ? `${d.rule}/abstained` : d.rule,
      paragraph: d.paragraph,
      selector,
      position: positionSelector(d.start, d.end)
    };
    if (explain) {
      finding.explain = { candidates: d.candidates ?? [], rejected: rejected && name2 ? { speaker: name2, reason: rejected } : null, features: features ?? [], confidence: p };
      if (d.choice) finding.explain.choice = d.choice;
      if (d.shortQuote) finding.explain.shortQuote = d.shortQuote;
    }
    out.push(finding);
  }
  return out;
}

// ../hostile21/src/core/sentence-breaks.ts
var UNKNOWN = 0;
var OTHER = 1;
var SP = 2;
var LOWER = 3;
var UPPER3 = 4;
var NUMERIC2 = 5;
var ATERM = 6;
var STERM = 7;
var CLOSE = 8;
var SCONTINUE = 9;
var ASCII = new Uint8Array(128);
for (let ch = 32; ch < 127; ch++) {
  const s = String.fromCharCode(ch);
  ASCII[ch] = ch === 32 ? SP : ch >= 97 && ch <= 122 ? LOWER : ch >= 65 && ch <= 90 ? UPPER3 : ch >= 48 && ch <= 57 ? NUMERIC2 : s === "." ? ATERM : s === "!" || s === "?" ? STERM : `"'()[]{}`.includes(s) ? CLOSE : s === "," || s === "-" || s === ":" || s === ";" ? SCONTINUE : OTHER;
}
var UNHANDLED = /[^\x20-\x7e\u00a0\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u017f\u2018\u2019\u201c\u201d\u2013-\u2015\u2026]/;
var TERMINATOR = /[.!?]/g;
var LATIN = new Uint8Array(384 - 192);
for (let ch = 192; ch < 384; ch++) {
  const s = String.fromCharCode(ch);
  LATIN[ch - 192] = /\p{Ll}/u.test(s) ? LOWER : /\p{Lu}/u.test(s) ? UPPER3 : UNKNOWN;
}
function classOf(ch) {
  if (ch < 128) return ASCII[ch];
  if (ch >= 192 && ch < 384) return LATIN[ch - 192];
  switch (ch) {
    case 160:
      return SP;
    // no-break space
    case 8216:
    case 8217:
    case 8220:
    case 8221:
      return CLOSE;
    // curly quotes
    case 8211:
    case 8212:
      return SCONTINUE;
    // en and em dash
    case 8213:
    case 8230:
      return OTHER;
    // horizontal bar, ellipsis
    default:
      return UNKNOWN;
  }
}
function sentenceBreaks(text, from, to) {
  const slice = text.slice(from, to);
  if (UNHANDLED.test(slice)) return null;
  const out = [];
  TERMINATOR.lastIndex = 0;
  while (TERMINATOR.test(slice)) {
    const p = from + TERMINATOR.lastIndex - 1;
    const t = classOf(text.charCodeAt(p));
    let r = p + 1;
    while (r < to && classOf(text.charCodeAt(r)) === CLOSE) r++;
    while (r < to && classOf(text.charCodeAt(r)) === SP) r++;
    if (r >= to) continue;
    const next = classOf(text.charCodeAt(r));
    if (t === ATERM && r === p + 1) {
      if (next === NUMERIC2) continue;
      if (next === UPPER3 && p > from) {
        const before2 = classOf(text.charCodeAt(p - 1));
        if (before2 === UPPER3 || before2 === LOWER) continue;
      }
    }
    if (t === ATERM) {
      let k = r;
      let c = next;
      while (c !== LOWER && c !== UPPER3 && c !== ATERM && c !== STERM && c !== UNKNOWN && ++k < to) c = classOf(text.charCodeAt(k));
      if (k < to && c === LOWER) continue;
    }
    if (next === SCONTINUE || next === ATERM || next === STERM) continue;
    out.push(r);
  }
  return out;
}

// ../hostile21/src/core/sentences.ts
function splitSentences(article, quotes, lex) {
  const { text } = article;
  const abbreviations = abbreviationSet2(lex);
  const c = compile(lex);
  const out = [];
  let qi = 0;
  article.paragraphs.forEach((para, pi) => {
    let cuts = para.end - para.start <= WINDOW ? sentenceBreaks(text, para.start, para.end) : null;
    if (!cuts) {
      cuts = [];
      for (const seg of segments(segmenterFor(lex.lang, "sentence"), text, para.start, para.end)) {
        if (seg.start > para.start) cuts.push(seg.start);
      }
    }
    cuts = withGluedStops(text, para.start, para.end, cuts, c);
    while (qi < quotes.length && quotes[qi].outerEnd <= para.start) qi++;
    const kept = [];
    let q = qi;
    for (const cut of cuts) {
      while (q < quotes.length && quotes[q].outerEnd <= cut) q++;
      const inQuote = q < quotes.length && quotes[q].outerStart < cut && cut < quotes[q].outerEnd;
      if (inQuote || endsWithAbbreviation(text, cut, abbreviations) || startsLowercase(text, cut)) continue;
      if (afterQuote(quotes, q, cut, text) && (cueFollows(text, cut, para.end, lex, abbreviations) || tagFollows(text, quotes[q - 1], cut, para.end, lex))) continue;
      kept.push(cut);
    }
    let start = para.start;
    for (const cut of [...kept, para.end]) {
      let end = cut;
      while (end > start && /\s/.test(text[end - 1])) end--;
      if (end > start) out.push({ start, end, paragraph: pi });
      start = cut;
      while (start < para.end && /\s/.test(text[start])) start++;
    }
  });
  return out;
}
function withGluedStops(text, from, to, cuts, c) {
  let added = null;
  for (let k = from + 2; k < to - 3; k++) {
    const ch = text.charCodeAt(k);
    if ((ch === 46 || ch === 33 || ch === 63) && isGluedStop(text, k, c)) (added ??= []).push(k + 1);
  }
  if (!added) return cuts;
  return [.../* @__PURE__ */ new Set([...cuts, ...added])].sort((a, b) => a - b);
}
var abbreviationSets2 = /* @__PURE__ */ new WeakMap();
function abbreviationSet2(lex) {
  let s = abbreviationSets2.get(lex);
  if (!s) abbreviationSets2.set(lex, s = /* @__PURE__ */ new Set([...lex.abbreviations, ...lex.honorifics]));
  return s;
}
function endsWithAbbreviation(text, cut, abbreviations) {
  let i = cut;
  while (i > 0 && /\s/.test(text[i - 1])) i--;
  if (text[i - 1] !== ".") return false;
  let j = i - 1;
  while (j > 0 && /[\p{L}.]/u.test(text[j - 1])) j--;
  const word2 = text.slice(j, i);
  return abbreviations.has(word2.toLowerCase()) || /^(\p{Lu}\.)+$/u.test(word2);
}
function afterQuote(quotes, q, cut, text) {
  const prev = quotes[q - 1];
  if (prev === void 0 || prev.outerEnd > cut || cut - prev.outerEnd > 2) return false;
  for (let k = prev.outerEnd; k < cut; k++) if (/[.!?…]/u.test(text[k])) return false;
  return true;
}
var speechWords = /* @__PURE__ */ new WeakMap();
function cueFollows(text, cut, end, lex, abbreviations) {
  let words3 = speechWords.get(lex);
  if (!words3) speechWords.set(lex, words3 = new Set(lex.speechVerbs.map((v) => v.split(" ")[0].toLowerCase())));
  if (/^\s*[\u2015\u2014\u2013]\s*\p{Lu}/u.test(text.slice(cut, cut + 6))) return true;
  const head = text.slice(cut, Math.min(end, cut + 80)).split(/[^\p{L}\p{M}'’.-]+/u).slice(0, 6);
  if (head.some((w) => words3.has(w.toLowerCase().replace(/\.+$/, "")))) return true;
  const long = text.slice(cut, Math.min(end, cut + 200));
  for (const m of long.matchAll(/,\s+(\p{Ll}+)/gu)) {
    const before2 = long.slice(0, m.index);
    if (/[!?]/.test(before2)) return false;
    for (const stop of before2.matchAll(/(\S+)\.(?=\s)/gu)) if (!abbreviations.has(`${stop[1].toLowerCase()}.`) && !/^\p{Lu}$/u.test(stop[1])) return false;
    if (words3.has(m[1])) return true;
  }
  return false;
}
var TAG_TAIL_MAX = 3;
function tagFollows(text, quote, cut, end, lex) {
  if (!/[?!]\s*$/u.test(text.slice(quote.start, quote.end))) return false;
  const endings = lex.finiteVerbEndings ?? [];
  if (endings.length === 0) return false;
  const stop = text.slice(cut, Math.min(end, cut + 120)).search(/[.!?;:]/u);
  if (stop < 0) return false;
  const words3 = text.slice(cut, cut + stop).split(/\s+/u).filter((w) => w !== "");
  let k = 0;
  while (k < words3.length && k < 4 && /^\p{Lu}[\p{L}\p{M}'’-]*$/u.test(words3[k])) k++;
  const verb8 = words3[k];
  if (k === 0 || verb8 === void 0 || !/^\p{Ll}+$/u.test(verb8) || !endings.some((e) => verb8.endsWith(e) && verb8.length > e.length + 2)) return false;
  return words3.length - k - 1 <= TAG_TAIL_MAX;
}
function startsLowercase(text, cut) {
  let i = cut;
  while (i < text.length && /\s/.test(text[i])) i++;
  return /\p{Ll}/u.test(text[i] ?? "");
}

// ../hostile21/src/core/extract.ts
function extractFromArticle(article, options = {}) {
  const explain = options.explain === true;
  const choose = options.learnedChoice !== false;
  const c = compile(lexiconFor(article.lang));
  const { text } = article;
  const spans = findQuoteSpans(article);
  const sentences = splitSentences(article, spans, c.lex);
  const registry = new EntityRegistry(c);
  const words3 = new ArticleWords(c);
  const drafts = [];
  let lastQuote = null;
  let prevSubject = null;
  const runOn = new ClaimRunOn(c);
  const shortModel = shortQuoteModelFor(article.lang);
  let lastClaim = null;
  let si = 0;
  for (const s of sentences) {
    const inside = [];
    while (si < spans.length && spans[si].outerStart < s.end) {
      if (spans[si].outerEnd > s.start) inside.push(si);
      si++;
    }
    if (inside.length && spans[inside[inside.length - 1]].outerEnd > s.end) si = inside[inside.length - 1];
    const tokens = clauseTokens(text, s, spans, inside, c);
    words3.observe(tokens);
    const sentenceDrafts = drafts.length;
    const para = article.paragraphs[s.paragraph];
    if (para.headline) {
      readHeadline(tokens, spans, inside, s, drafts, registry, c, words3);
      prevSubject = null;
      continue;
    }
    const found = tokens[0]?.word ? sentenceSubject(tokens, tokens.length, c) : null;
    const opening = found && !quoteOrPronounBefore(tokens, found[0]) ? found : null;
    let openingSpeaker = null;
    if (opening) {
      const openingTokens = tokens.slice(opening[0], opening[1]);
      registry.observe(openingTokens, [tokens[opening[0]].start, tokens[opening[1] - 1].end]);
      const described2 = describedSubject(tokens, opening, c);
      if (described2) registry.describe(tokens.slice(described2[0], described2[1]), tokens[described2[0]].start);
      openingSpeaker = registry.peek(openingTokens, tokens[opening[0]].start);
      if (openingSpeaker.kind === "organization" && openingSpeaker.name) registry.touch(openingSpeaker, tokens[opening[0]].start);
      registry.learnGender(openingSpeaker, tokens, opening[1]);
    }
    const handedOn = prevSubject && (prevSubject.paragraph === s.paragraph || prevSubject.colon && prevSubject.paragraph === s.paragraph - 1) ? prevSubject : null;
    const shortScares = [];
    for (let ti = 0; ti < tokens.length; ti++) {
      const qi = tokens[ti].quote;
      if (qi === void 0) continue;
      const span = spans[qi];
      if (span.start < s.start) continue;
      const earlier = drafts.length > sentenceDrafts ? drafts[drafts.length - 1] : null;
      const byline = span.outerEnd >= lastWordEnd(text, para.start, para.end) ? bylineAfter(article, s.paragraph, c) : null;
      const draft = quoteDraft(text, span, tokens, ti, registry, c, lastQuote, para.heading, handedOn, earlier, explain, choose, byline, words3);
      if (draft.kind === "scare" && earlier?.kind === "quote" && tokens[ti - 1]?.word && tokens[ti - 2]?.quote !== void 0) {
        Object.assign(draft, { kind: "quote", speaker: earlier.speaker, cue: earlier.cue, rule: "joined-quote" });
      }
      drafts.push(draft);
      if (draft.kind === "scare" && draft.rule === "short-scare" && !para.heading) {
        const recent = lastQuote?.speaker && span.paragraph - lastQuote.paragraph <= 1 ? lastQuote.speaker : null;
        shortScares.push({ draft, at: ti, recent });
      }
      if (draft.kind === "quote" && draft.speaker) lastQuote = draft;
    }
    const claims = findClaims(tokens, c);
    if (runOn.step(tokens, claims, s.paragraph) && lastClaim && tokens.length) lastClaim.end = tokens[tokens.length - 1].end;
    const lastCue = claims.reduce((m, cl) => Math.max(m, cl.cue.at), -1);
    const held = [];
    for (const claim of claims) {
      const [a, b] = claim.content;
      const speaker = claim.source ? registry.resolve(tokens.slice(claim.source[0], claim.source[1]), tokens[claim.source[0]].start) : lastQuote?.speaker ?? null;
      const rule = claim.source ? "claim-cue-source" : "claim-last-speaker";
      const draft = { kind: "claim", start: tokens[a].start, end: tokens[b - 1].end, paragraph: s.paragraph, speaker, cue: claim.cue.text, partial: false, rule };
      drafts.push(draft);
      lastClaim = draft;
      const reporting = inReportingMood(tokens, a, b, c);
      held.push({ a, b, claim: { speaker, reporting } });
      if (claim.source && speaker?.name && reporting) {
        for (const q of shortScares) {
          if (q.at >= a && q.at < b && q.draft.kind === "scare") Object.assign(q.draft, { kind: "quote", speaker, cue: claim.cue.text, rule: "inside-claim" });
        }
      }
      if (speaker?.name && claim.cue.at === lastCue) lastQuote = draft;
    }
    if (shortModel || explain) {
      for (const q of shortScares) {
        if (q.draft.kind !== "scare") continue;
        const claim = held.find((h) => q.at >= h.a && q.at < h.b)?.claim ?? null;
        decideShortQuote(q.draft, tokens, q.at, text.slice(q.draft.start, q.draft.end), claim, q.recent, registry, c, words3, shortModel, choose, explain);
      }
    }
    const plain = inside.length ? tokens.filter((t) => t.quote === void 0) : tokens;
    const subject = inside.length ? sentenceSubject(plain, plain.length, c) : opening;
    if (subject) {
      const body = subject === opening && openingSpeaker ? openingSpeaker : registry.peek(plain.slice(subject[0], subject[1]), plain[subject[0]].start);
      if (body.kind === "organization" && body.name) registry.touch(body, s.end);
    }
    registry.observe(plain, subject ? [plain[subject[0]].start, plain[subject[1] - 1].end] : null);
    const cueSource = !inside.length ? lastCueSource(plain, c) : null;
    const lead = !inside.length ? cueSource ?? subject : null;
    let quotesSomeone = false;
    for (let k = sentenceDrafts; k < drafts.length && !quotesSomeone; k++) quotesSomeone = drafts[k].kind === "quote";
    const named = lead ? plain.slice(lead[0], lead[1]) : inside.length && !quotesSomeone && found ? tokens.slice(found[0], found[1]) : null;
    if (cueSource && drafts.length === sentenceDrafts) {
      const source = registry.peek(plain.slice(cueSource[0], cueSource[1]), plain[cueSource[0]].start);
      if (source.person) registry.touch(source, plain[cueSource[0]].start);
    }
    const colon = tokens[tokens.length - 1]?.text === ":";
    prevSubject = named && named.some((t) => t.cap) ? { tokens: named, paragraph: s.paragraph, colon } : null;
    for (let k = sentenceDrafts; k < drafts.length; k++) {
      const d = drafts[k];
      if (d.speaker) registry.touch(d.speaker, s.end);
    }
    const described = found && !opening ? describedSubject(tokens, found, c) : null;
    if (described) registry.describe(tokens.slice(described[0], described[1]), tokens[described[0]].start);
  }
  const headlineClaims = drafts.filter((d) => d.kind === "claim" && article.paragraphs[d.paragraph]?.headline);
  if (headlineClaims.length) {
    const inBody = drafts.filter((d) => !article.paragraphs[d.paragraph]?.headline);
    for (const d of headlineClaims) {
      const reported = d.rule !== HEADLINE_COLON && d.rule !== HEADLINE_SAYS || namesSourceNoun(d.speaker, c) || inBody.some((b) => b.kind !== "scare" && sameSource(b.speaker, d.speaker));
      if (!reported) drafts.splice(drafts.indexOf(d), 1);
    }
  }
  return {
    url: article.url,
    title: article.title,
    byline: article.byline,
    siteName: article.siteName,
    lang: article.lang,
    findings: findingsOf(text, drafts.sort((a, b) => a.start - b.start), c, words3, article.byline, article.lang, explain)
  };
}
function readHeadline(tokens, spans, inside, s, drafts, registry, c, words3) {
  for (const qi of inside) {
    const span = spans[qi];
    if (span.start >= s.start) drafts.push({ kind: "scare", start: span.start, end: span.end, paragraph: s.paragraph, speaker: null, cue: null, partial: true, rule: HEADLINE_QUOTE });
  }
  if (!titleCase(tokens)) {
    for (const found of findClaims(tokens, c)) {
      if (!found.source) continue;
      const [a2, b2] = found.content;
      const speaker2 = registry.resolve(tokens.slice(found.source[0], found.source[1]), tokens[found.source[0]].start);
      drafts.push({ kind: "claim", start: tokens[a2].start, end: tokens[b2 - 1].end, paragraph: s.paragraph, speaker: speaker2, cue: found.cue.text, partial: false, rule: "claim-cue-source" });
    }
    if (drafts.some((d) => d.paragraph === s.paragraph && d.kind === "claim")) return;
  }
  const claim = headlineClaim(tokens, c);
  if (!claim?.source || claim.source[1] - claim.source[0] === 1 && words3.placeLike(tokens[0].lower)) return;
  const [a, b] = claim.content;
  const speaker = registry.resolve(tokens.slice(claim.source[0], claim.source[1]), tokens[0].start);
  const rule = claim.cue.type === "colon" ? HEADLINE_COLON : HEADLINE_SAYS;
  drafts.push({ kind: "claim", start: tokens[a].start, end: tokens[b - 1].end, paragraph: s.paragraph, speaker, cue: claim.cue.text, partial: false, rule });
}
function titleCase(tokens) {
  const long = tokens.filter((t) => t.word && t.quote === void 0 && t.text.length > 3);
  return long.length > 0 && long.every((t) => t.cap);
}
var HEADLINE_COLON = "headline-colon";
var HEADLINE_SAYS = "headline-says";
var HEADLINE_QUOTE = "headline-quote";
function namesSourceNoun(s, c) {
  const last = s?.mention.trim().split(/\s+/).pop()?.toLowerCase();
  return last !== void 0 && last !== "" && sourceNoun(last, c);
}
function sameSource(a, b) {
  return !!a?.name && !!b?.name && entityKey(a, a.name) === entityKey(b, b.name);
}
var SHORT_QUOTE = "short-quote";
function decideShortQuote(draft, tokens, at, quoted, claim, recent, registry, c, words3, model, choose, explain) {
  const { candidate, subject } = shortQuoteCandidate(tokens, at, claim, recent, registry, c, words3);
  const features = shortQuoteFeatures(tokens, at, quoted, claim, candidate, recent !== null, c);
  const p = model ? shortQuoteProbability(features, model) : 0;
  if (explain) draft.shortQuote = { features, speaker: candidate.speaker?.name ?? null, p };
  if (!choose || p <= 0.5 || !candidate.speaker) return;
  const speaker = subject ? registry.resolve(tokens.slice(subject[0], subject[1]), tokens[subject[0]].start) : candidate.speaker;
  Object.assign(draft, { kind: "quote", speaker, cue: null, rule: SHORT_QUOTE });
}
function inReportingMood(tokens, a, b, c) {
  for (let k = a; k < b; k++) {
    const t = tokens[k];
    if (t.word && t.quote === void 0 && !t.cap && c.reportedVerbs.has(t.lower)) return true;
  }
  return false;
}
var BYLINE_PARAGRAPH = /^\s*[-\u2013\u2014\u2015]\s*\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,3}\s*$/u;
function bylineAfter(article, p, c) {
  const next = article.paragraphs[p + 1];
  if (!next || next.heading) return null;
  const line = article.text.slice(next.start, next.end);
  if (!BYLINE_PARAGRAPH.test(line)) return null;
  const words3 = tokenize(article.text, next.start, next.end, c.lex).filter((t) => t.word);
  return words3.length > 0 && words3.length <= 4 ? words3 : null;
}
function lastWordEnd(text, start, end) {
  let k = end;
  while (k > start && !/[\p{L}\p{N}]/u.test(text[k - 1])) k--;
  return k;
}
function quoteOrPronounBefore(tokens, end) {
  const pronoun = WORD_MALE | WORD_FEMALE | WORD_PLURAL | WORD_NEUTER;
  for (let k = 0; k < end; k++) if (tokens[k].quote !== void 0 || (tokens[k].flags & pronoun) !== 0) return true;
  return false;
}
function lastCueSource(tokens, c) {
  for (let j = tokens.length - 1; j > 0; j--) {
    const cue = cueAt(tokens, j, c);
    if (!cue || cue.type !== "speech" || c.weak.has(cue.text.toLowerCase())) continue;
    return sourceOfCue(tokens, cue, c);
  }
  return null;
}

// ../hostile21/src/node/load-page.ts
import { JSDOM, VirtualConsole } from "jsdom";
var MAX_BYTES = 50 * 1024 * 1024;
function pageWindow(html, url2) {
  return new JSDOM(boundNesting(html).html, { url: url2, virtualConsole: new VirtualConsole() });
}
var LOADER_DEPTH = 256;
var FLAT = new Set(
  "area base br col embed hr img input link meta param source track wbr p li dt dd option optgroup tr td th thead tbody tfoot rp rt colgroup caption frame keygen basefont bgsound image".split(" ")
);
var RAW = /* @__PURE__ */ new Set(["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript", "plaintext"]);
var TAG = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][^\s/>]*)[^>]*>/g;
function boundNesting(html, limit = LOADER_DEPTH) {
  let lt = 0;
  for (let i = html.indexOf("<"); i >= 0 && lt <= limit; i = html.indexOf("<", i + 1)) lt++;
  if (lt <= limit) return { html, cut: false };
  const open = [];
  const dropped = /* @__PURE__ */ new Map();
  const parts = [];
  let last = 0;
  let cut = false;
  TAG.lastIndex = 0;
  let m;
  while (m = TAG.exec(html)) {
    if (!m[2]) continue;
    const name2 = m[2].toLowerCase();
    const end = m[1] === "/";
    if (!end && RAW.has(name2)) {
      const closer = new RegExp(`</${name2}`, "gi");
      closer.lastIndex = TAG.lastIndex;
      TAG.lastIndex = closer.test(html) ? closer.lastIndex - name2.length - 2 : html.length;
      if (name2 === "plaintext") break;
      continue;
    }
    if (FLAT.has(name2) || m[0].endsWith("/>")) continue;
    if (!end) {
      if (open.length < limit) open.push(name2);
      else {
        dropped.set(name2, (dropped.get(name2) ?? 0) + 1);
        parts.push(html.slice(last, m.index));
        last = TAG.lastIndex;
        cut = true;
      }
      continue;
    }
    const d = dropped.get(name2) ?? 0;
    if (d > 0) {
      dropped.set(name2, d - 1);
      parts.push(html.slice(last, m.index));
      last = TAG.lastIndex;
      continue;
    }
    for (let k = open.length - 1; k >= 0 && k >= open.length - 64; k--) {
      if (open[k] === name2) {
        open.length = k;
        break;
      }
    }
  }
  if (!cut) return { html, cut: false };
  parts.push(html.slice(last));
  return { html: parts.join(""), cut };
}

// ../hostile21/src/fuzz/families.ts
var MARKS = ['"', "'", "\u201C", "\u201D", "\u201E", "\u201F", "\u2018", "\u2019", "\u201A", "\xAB", "\xBB", "\u2039", "\u203A", "\u300C", "\u300D", "\u300E", "\u300F", "\u301D", "\u301E", "\u301F", "\uFF02", "''"];
var PAIRS = [["\u201C", "\u201D"], ["\u201E", "\u201C"], ['"', '"'], ["\xAB", "\xBB"], ["\xBB", "\xAB"], ["\u2018", "\u2019"], ["'", "'"], ["\u300C", "\u300D"], ["\u300E", "\u300F"], ["\u2039", "\u203A"], ["\u301D", "\u301E"], ["''", "''"], ["\u201E", "\u201D"], ["\u201A", "\u2018"]];
var CONTROL = ["", "\x07", "\b", "\v", "\f", "\x1B", "\x7F", "\x85", "\u200B", "\u200C", "\u200D", "\u2028", "\u2029", "\uFEFF", "\uFFFD", "\uFFFE"];
var BIDI = ["\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069", "\u200E", "\u200F", "\u061C"];
var LONE = ["\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uD83D", "\uDE00"];
var PUNCT2 = [".", ",", ";", ":", "!", "?", "\u2026", "\u2014", "\u2013", "-", "(", ")", "[", "]", "/", "&", "%", "\u3002", "\uFF0C", "\uFF01", "\uFF1F"];
var INLINE = ["b", "i", "em", "strong", "span", "a", "small", "mark", "code", "sup", "sub", "u", "abbr", "cite"];
var BLOCKS = ["p", "div", "section", "blockquote", "li", "td", "h2", "h3", "pre", "figure", "aside", "header", "footer"];
var WORDS3 = /* @__PURE__ */ new Map();
for (const lang of supportedLanguages()) {
  const lex = lexiconFor(lang);
  const all = [
    ...lex.speechVerbs,
    ...lex.accordingTo,
    ...lex.claimNouns,
    ...lex.complementizers,
    ...lex.titles,
    ...lex.honorifics,
    ...lex.stopwords,
    ...lex.pronouns.male,
    ...lex.pronouns.female,
    ...lex.pronouns.plural,
    ...lex.anonymous.markers,
    ...lex.anonymous.heads,
    ...lex.organizationHeads,
    ...lex.determiners
  ].filter((w) => w.length > 0);
  WORDS3.set(lang, all);
}
var CUES = new Map(supportedLanguages().map((l) => [l, [...lexiconFor(l).speechVerbs, ...lexiconFor(l).accordingTo]]));
var LANGS = supportedLanguages();
var SCRIPTS = {
  latin: "abcdefghijklmnopqrstuvwxyz",
  accents: "\xE1\xE9\xED\xF3\xFA\xE0\xE8\xE7\xF1\xE3\xF5\xE2\xEA\xF4\xFC\xF6\xE4\xDF\u010D\u0159\u0161\u017E\xFD\u016F\u011B\u0142\u0153\xE6",
  cyrillic: "\u0430\u0431\u0432\u0433\u0434\u0435\u0451\u0436\u0437\u0438\u0439\u043A\u043B\u043C\u043D\u043E\u043F\u0440\u0441\u0442\u0443\u0444\u0445\u0446\u0447\u0448\u0449\u044A\u044B\u044C\u044D\u044E\u044F",
  cjk: "\u7684\u4E00\u662F\u4E0D\u4E86\u4EBA\u6211\u5728\u6709\u4ED6\u8FD9\u4E2D\u5927\u6765\u4E0A\u56FD\u4E2A\u5230\u8BF4\u4EEC\u4E3A\u5B50\u548C\u4F60\u5730\u51FA\u9053\u4E5F\u65F6\u5E74\u5F97\u5C31\u90A3\u8981\u4E0B\u4EE5\u751F\u4F1A\u81EA\u7740\u53BB\u4E4B\u8FC7\u5BB6\u5B66\u5BF9\u53EF\u5979\u91CC\u540E\u5C0F\u4E48\u5FC3\u591A\u5929\u800C\u80FD\u597D\u90FD\u7136\u6CA1\u65E5\u4E8E\u8D77\u8FD8\u53D1\u6210\u4E8B\u53EA\u4F5C\u5F53\u60F3\u770B\u6587\u65E0\u5F00\u624B\u5341\u7528\u4E3B\u884C\u65B9\u53C8\u5982\u524D\u6240\u672C\u89C1\u7ECF\u5934\u9762\u516C\u540C\u4E09\u5DF2\u8001\u4ECE\u52A8\u4E24\u957F\u77E5\u6C11\u6837\u73B0\u5206\u5C06\u5916\u4F46\u8EAB\u4E9B\u4E0E\u9AD8\u610F\u8FDB\u628A\u6CD5\u6B64\u5B9E\u56DE\u4E8C\u7406\u7F8E\u70B9\u6708\u660E\u5176\u79CD\u58F0\u5168\u5DE5\u5DF1\u8BDD\u513F\u8005\u5411\u60C5\u90E8\u6B63\u540D\u5B9A\u5973\u95EE\u529B\u673A\u7ED9\u7B49\u51E0\u5F88\u4E1A\u6700\u95F4\u65B0\u4EC0\u6253\u4FBF\u4F4D\u56E0\u91CD\u88AB\u8D70\u7535\u56DB\u7B2C\u95E8\u76F8\u6B21\u4E1C\u653F\u6D77\u53E3\u4F7F\u6559\u897F\u518D\u5E73\u771F\u542C\u4E16\u6C14\u4FE1\u5317\u5C11\u5173\u5E76\u5185\u52A0\u5316\u7531\u5374\u4EE3\u519B\u4EA7\u5165\u5148\u5C71\u4E94\u592A\u6C34\u4E07\u5E02\u773C\u4F53\u522B\u5904\u603B\u624D\u573A\u5E08\u4E66\u6BD4\u4F4F\u5458\u4E5D\u7B11\u6027\u901A\u76EE\u534E\u62A5\u7ACB\u9A6C\u547D\u5F20\u6D3B\u96BE\u795E\u6570\u4EF6\u5B89\u8868\u539F\u8F66\u767D\u5E94\u8DEF\u671F\u53EB\u6B7B\u5E38\u63D0\u611F\u91D1\u4F55\u66F4\u53CD\u5408\u653E\u505A\u7CFB\u8BA1\u6216\u53F8\u5229\u53D7\u5149\u738B\u679C\u4EB2\u754C\u53CA\u4ECA\u4EAC\u52A1\u5236\u89E3\u5404\u4EFB\u81F3\u6E05\u7269\u53F0\u8C61\u8BB0\u8FB9\u5171\u98CE\u6218\u5E72\u63A5\u5B83\u8BB8\u516B\u7279\u89C9\u671B\u76F4\u670D\u6BDB\u6797\u9898\u5EFA\u5357\u5EA6\u7EDF\u8272\u5B57\u8BF7\u4EA4\u7231\u8BA9\u8BA4\u7B97\u8BBA\u767E\u5403\u4E49\u79D1\u600E\u5143\u793E\u672F\u7ED3\u516D\u529F\u6307\u601D\u975E\u6D41\u6BCF\u9752\u7BA1\u592B\u8FDE\u8FDC\u8D44\u961F\u8DDF\u5E26\u82B1\u5FEB\u6761\u9662\u53D8\u8054\u8A00\u6743\u5F80\u5C55\u8BE5\u9886\u4F20\u8FD1\u7559\u7EA2\u6CBB\u51B3\u5468\u4FDD\u8FBE\u529E\u8FD0\u6B66\u534A\u5019\u4E03\u5FC5\u57CE\u7236\u5F3A\u6B65\u5B8C\u9769\u6DF1\u533A\u5373\u6C42\u54C1\u58EB\u8F6C\u91CF\u7A7A\u751A\u4F17\u6280\u8F7B\u7A0B\u544A\u6C5F\u8BED\u82F1\u57FA\u6D3E\u6EE1\u5F0F\u674E\u606F\u5199\u5462\u8BC6\u6781\u4EE4\u9EC4\u5FB7\u6536\u8138\u94B1\u515A\u5012\u672A\u6301\u53D6\u8BBE\u59CB\u7248\u53CC\u5386\u8D8A\u53F2\u5546\u5343\u7247\u5BB9\u7814\u50CF\u627E\u53CB\u5B69\u7AD9\u5E7F\u6539\u8BAE\u5F62\u59D4\u65E9\u623F\u97F3\u706B\u9645\u5219\u9996\u5355\u636E\u5BFC\u5F71\u5931\u62FF\u7F51\u9999\u4F3C\u65AF\u4E13\u77F3\u82E5\u5175\u5F1F\u8C01\u6821\u8BFB\u5FD7\u98DE\u89C2\u4E89\u7A76\u5305\u7EC4\u9020\u843D\u89C6\u6D4E\u559C\u79BB\u867D\u574F\u5174\u5207\u5B58\u8BB2",
  greek: "\u03B1\u03B2\u03B3\u03B4\u03B5\u03B6\u03B7\u03B8\u03B9\u03BA\u03BB\u03BC\u03BD\u03BE\u03BF\u03C0\u03C1\u03C3\u03C4\u03C5\u03C6\u03C7\u03C8\u03C9",
  arabic: "\u0627\u0628\u062A\u062B\u062C\u062D\u062E\u062F\u0630\u0631\u0632\u0633\u0634\u0635\u0636\u0637\u0638\u0639\u063A\u0641\u0642\u0643\u0644\u0645\u0646\u0647\u0648\u064A"
};
function word(r, script = r.pick(Object.keys(SCRIPTS))) {
  const letters = SCRIPTS[script];
  const n = script === "cjk" ? r.int(1, 3) : r.int(1, 10);
  let w = "";
  for (let i = 0; i < n; i++) w += letters[r.int(0, letters.length - 1)];
  return w;
}
function cap(w) {
  return w.charAt(0).toUpperCase() + w.slice(1);
}
function name(r) {
  const n = r.int(1, 3);
  return Array.from({ length: n }, () => cap(word(r, r.chance(0.8) ? "latin" : r.pick(["accents", "cyrillic", "greek"])))).join(r.chance(0.1) ? "-" : " ");
}
function anyWord(r, lang = r.pick(LANGS)) {
  const x = r.next();
  if (x < 0.45) return r.pick(WORDS3.get(lang));
  if (x < 0.6) return name(r);
  return word(r, lang === "zh" ? "cjk" : lang === "ru" ? "cyrillic" : r.chance(0.8) ? "latin" : "accents");
}
function escape(s) {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function fill(size, piece) {
  const parts = [];
  let n = 0;
  while (n < size) {
    const p = piece();
    parts.push(p);
    n += p.length || 1;
  }
  return parts.join("");
}
function page(r, body, opts = {}) {
  const doctype = opts.doctype ?? "<!DOCTYPE html>";
  const lang = opts.lang ?? r.pick(LANGS);
  const title = opts.title ?? escape(Array.from({ length: r.int(1, 8) }, () => anyWord(r, lang)).join(" "));
  const nav = r.chance(0.5) ? `<nav><a href="/">${escape(anyWord(r))}</a> <a href="/x">${escape(anyWord(r))}</a></nav>` : "";
  const foot = r.chance(0.4) ? `<footer><p>${escape(fill(r.int(10, 300), () => anyWord(r) + " "))}</p></footer>` : "";
  return `${doctype}<html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head><body>${nav}<article>${body}</article>${foot}</body></html>`;
}
function sentence(r, lang, opts = {}) {
  const n = r.int(1, 30);
  const out = [];
  for (let i = 0; i < n; i++) {
    const x = r.next();
    if (x < (opts.cues ?? 0.08)) out.push(r.pick(CUES.get(lang)));
    else if (x < (opts.cues ?? 0.08) + (opts.marks ?? 0.04)) {
      const [o, c] = r.pick(PAIRS);
      const inner = Array.from({ length: r.int(0, 12) }, () => anyWord(r, lang)).join(" ");
      out.push(r.chance(0.85) ? `${o}${inner}${c}` : r.chance(0.5) ? `${o}${inner}` : `${inner}${c}`);
    } else out.push(anyWord(r, lang));
    if (r.chance(0.08)) out.push(r.pick(PUNCT2));
  }
  let s = out.join(lang === "zh" ? "" : " ");
  s = cap(s);
  return s + r.pick(lang === "zh" ? ["\u3002", "\uFF01", "\uFF1F", "\u201D\u3002"] : [".", ".", ".", "?", "!", '."', ".\u201D", "?\xBB", "", "..."]);
}
function prose(r, size, lang, opts = {}) {
  return fill(size, () => {
    const para = Array.from({ length: r.int(1, 8) }, () => sentence(r, lang, opts)).join(" ");
    return `<p>${escape(para)}</p>
`;
  });
}
var FAMILIES = {
  /** Unclosed and misnested tags, stray end tags, comments, CDATA, attributes of every shape. */
  tagsoup(r, size) {
    const body = fill(size, () => {
      const x = r.next();
      if (x < 0.15) return `<${r.pick([...BLOCKS, ...INLINE])}${r.chance(0.3) ? ` class="${word(r, "latin")}" data-x='${escape(anyWord(r))}'` : ""}>`;
      if (x < 0.25) return `</${r.pick([...BLOCKS, ...INLINE, "html", "body", "article", "table"])}>`;
      if (x < 0.28) return r.pick(["<!-- ", "-->", "<![CDATA[", "]]>", "<?xml ?>", "<", ">", "&", "&#0;", "&#xD800;", "&nbsp", "</", "<br/>", "<hr>", "<table><tr><td>", "<q>", "</q>", "<script>", "</script>", "<style>", "<template>", "<svg><p>", "<math><mi>", "<select><option>", "<textarea>", "</textarea>", "<plaintext>".slice(0, r.chance(0.02) ? 11 : 0)]);
      if (x < 0.33) return `<${word(r)} ${word(r)}=${r.pick(['"', "'", ""])}${anyWord(r)}>`;
      return escape(sentence(r, r.pick(LANGS))) + " ";
    });
    return r.chance(0.5) ? page(r, body) : body;
  },
  /** 50 to 100,000 levels of nesting, with text at the bottom, on the way, or both. */
  nesting(r, size) {
    const depth = Math.min(1e5, Math.max(50, Math.round(size / r.int(2, 40))));
    const tags = r.chance(0.5) ? ["div"] : [...BLOCKS, ...INLINE, "q", "ul", "table", "font"];
    const open = [];
    const parts = [];
    const text = r.pick(["top", "bottom", "each"]);
    for (let i = 0; i < depth; i++) {
      const t = r.pick(tags);
      open.push(t);
      parts.push(`<${t}>`);
      if (text === "each" && r.chance(0.3)) parts.push(escape(sentence(r, "en")));
    }
    parts.push(prose(r, Math.min(size, 4e3), r.pick(LANGS)));
    if (r.chance(0.7)) for (let i = open.length - 1; i >= 0; i--) parts.push(`</${open[i]}>`);
    const body = parts.join("");
    return text === "top" ? page(r, prose(r, 2e3, "en") + body) : page(r, body);
  },
  /** Floods of quotation marks of every convention, mixed, with and without words between. */
  marks(r, size) {
    const body = fill(size, () => {
      const para = fill(Math.min(size, r.logInt(10, 2e4)), () => r.chance(0.5) ? r.pick(MARKS) : r.chance(0.5) ? anyWord(r, "en") + " " : r.pick(PUNCT2) + " ");
      return `<p>${escape(para)}</p>`;
    });
    return page(r, body, { lang: r.pick(LANGS) });
  },
  /** Unbalanced and nested marks, stray apostrophes and typewriter '' in ordinary sentences. */
  unbalanced(r, size) {
    const body = fill(size, () => {
      const lang = r.pick(LANGS);
      const bits = [];
      for (let i = r.int(1, 6); i > 0; i--) {
        const x = r.next();
        if (x < 0.3) bits.push(sentence(r, lang, { marks: 0.3, cues: 0.15 }));
        else if (x < 0.5) bits.push(`${sentence(r, lang)} ${r.pick(MARKS)}`);
        else if (x < 0.7) {
          let s = sentence(r, lang);
          for (let d = r.int(1, 12); d > 0; d--) {
            const [o, c] = r.pick(PAIRS);
            s = r.chance(0.7) ? `${o}${s}${c}` : r.chance(0.5) ? `${o}${s}` : `${s}${c}`;
          }
          bits.push(s);
        } else bits.push(r.pick(MARKS) + sentence(r, lang, { marks: 0.5 }));
      }
      return `<p>${escape(bits.join(" "))}</p>`;
    });
    return page(r, body);
  },
  /** Runs of cue words and names: "said told according to Jane Roe Jane Roe said that…". */
  cues(r, size) {
    const lang = r.pick(LANGS);
    const body = fill(size, () => {
      const para = fill(Math.min(size, r.logInt(20, 5e3)), () => {
        const x = r.next();
        const w = x < 0.45 ? r.pick(CUES.get(lang)) : x < 0.8 ? name(r) : x < 0.9 ? r.pick(lexiconFor(lang).complementizers) : r.pick([",", ".", ":", "\u201C", "\u201D", '"']);
        return w + " ";
      });
      return `<p>${escape(para)}</p>`;
    });
    return page(r, body, { lang });
  },
  /** Control, bidi and zero-width characters and lone surrogates sprinkled through prose. */
  control(r, size) {
    const lang = r.pick(LANGS);
    const body = fill(size, () => {
      let s = sentence(r, lang, { marks: 0.1 });
      const k = r.int(1, 6);
      for (let i = 0; i < k; i++) {
        const at = r.int(0, s.length);
        const ch = r.pick(r.chance(0.4) ? CONTROL : r.chance(0.5) ? BIDI : LONE);
        s = s.slice(0, at) + ch + s.slice(at);
      }
      return `<p>${escape(s)}</p>`;
    });
    return page(r, body, { lang });
  },
  /** Ordinary-looking prose in one of the eight languages, with its own cue words and marks. */
  languages(r, size) {
    const lang = r.pick(LANGS);
    return page(r, prose(r, size, lang, { marks: 0.06, cues: 0.1 }), { lang });
  },
  /** One long run-on sentence: no full stop until the end. */
  longSentence(r, size) {
    const lang = r.pick(["en", "de", "fr", "es"]);
    const s = fill(size, () => anyWord(r, lang) + r.pick([" ", " ", " ", ", ", " and ", " \u201C", "\u201D ", " that "]));
    return page(r, `<p>${escape(cap(s))}.</p>`, { lang });
  },
  /** Long paragraphs of plain prose without a single quotation mark. */
  longParagraph(r, size) {
    const lang = r.pick(["en", "de", "fr", "cs"]);
    const body = fill(size, () => `<p>${escape(fill(Math.ceil(size / r.int(1, 4)), () => sentence(r, lang, { marks: 0 }).replace(/["'“”„‟‘’‚«»‹›「」『』〝〞〟＂]/g, "") + " "))}</p>`);
    return page(r, body, { lang });
  },
  /** Thousands of <q> elements, some nested, in long paragraphs. */
  qSpans(r, size) {
    const body = fill(size, () => `<p>${fill(Math.min(size, r.logInt(100, 2e4)), () => r.chance(0.4) ? `<q>${escape(Array.from({ length: r.int(0, 6) }, () => anyWord(r, "en")).join(" "))}${r.chance(0.2) ? "<q>" + escape(anyWord(r)) + "</q>" : ""}</q> ` : escape(anyWord(r, "en")) + " ")}</p>`);
    return page(r, body, { lang: "en" });
  },
  /** A code block of thousands of syntax-highlighting spans between two paragraphs. */
  highlightSpans(r, size) {
    const code = fill(size, () => `<span class="tok-${word(r, "latin")}">${escape(r.pick(["const", "if", "(", ")", "{", "}", '"str"', "'c'", " ", "\n", "x", "=", ";", word(r, "latin")]))}</span>`);
    return page(r, `${prose(r, 800, "en")}<pre><code>${code}</code></pre>${prose(r, 800, "en")}`, { lang: "en" });
  },
  /** Unusual doctypes, processing instructions and byte-order marks before an ordinary article. */
  doctype(r, size) {
    const doctype = r.pick([
      "<!DOCTYPE html!>",
      "<!DOCTYPE>",
      "<!DOCTYPE <q>\u201Cx\u201D</q>>",
      '<!DOCTYPE "html">',
      '<!doctype html PUBLIC "-//W3C//DTD XHTML 1.0//EN" "x">',
      "<!DOCTYPE html SYSTEM>",
      "<!DOCTYPE h:tml>",
      "<!DOCTYPE 1html>",
      '<?xml version="1.0"?><!DOCTYPE html>',
      "\uFEFF<!DOCTYPE html>",
      "<!DOCTYPE html><!DOCTYPE html>",
      "<!DOCTYPE\0html>",
      "<!DOCTYPE ht ml>",
      "",
      "<!-->",
      '<!DOCTYPE html [ <!ENTITY x "y"> ]>'
    ]);
    return page(r, prose(r, size, "en", { marks: 0.05, cues: 0.1 }), { doctype, lang: "en" });
  }
};

// ../hostile21/src/fuzz/random.ts
var Random = class {
  s;
  constructor(seed) {
    this.s = seed >>> 0 || 2654435769;
  }
  /** A float in [0, 1) (mulberry32). */
  next() {
    let t = this.s = this.s + 1831565813 >>> 0;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  }
  /** An integer in [lo, hi]. */
  int(lo, hi) {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  /** An integer in [lo, hi], drawn evenly on a log scale (small sizes as often as large ones). */
  logInt(lo, hi) {
    return Math.round(Math.exp(Math.log(lo) + this.next() * (Math.log(hi) - Math.log(lo))));
  }
  chance(p) {
    return this.next() < p;
  }
  pick(xs) {
    return xs[Math.floor(this.next() * xs.length)];
  }
};

// ../hostile21/src/fuzz/thread-time.ts
import { readFileSync } from "node:fs";
import { performance as performance2 } from "node:perf_hooks";
var SCHEDSTAT = "/proc/thread-self/schedstat";
var schedstat = null;
function threadMs() {
  if (schedstat !== false) {
    try {
      const ns = Number(readFileSync(SCHEDSTAT, "utf8").split(" ")[0]);
      if (Number.isFinite(ns)) {
        schedstat = true;
        return ns / 1e6;
      }
    } catch {
    }
    schedstat = false;
  }
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e3;
}
function processMs() {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e3;
}
function nextMove() {
  const from = threadMs();
  let ms = from;
  while (ms === from) ms = threadMs();
  return { ms, wall: performance2.now(), process: processMs() };
}
function cpuStopwatch() {
  if (schedstat === null) threadMs();
  if (!schedstat) {
    const t0 = threadMs();
    return () => threadMs() - t0;
  }
  const start = nextMove().ms;
  return () => {
    const wall = performance2.now();
    const proc = processMs();
    const end = nextMove();
    return end.ms - start - Math.min(end.wall - wall, end.process - proc);
  };
}

// ../../tmp/h21/cues1.ts
var family = process.argv[2] ?? "cues";
var gc = globalThis.gc;
var url = "https://fuzz.example/growth";
var warm = pageWindow(FAMILIES[family](new Random(8), 2e4), url);
var wp = runReadability(warm.window.document);
for (let k = 0; k < 20; k++) extractFromArticle(articleFrom(wp, warm.window.document, url));
for (const f of [1, 2, 4]) {
  const dom = pageWindow(FAMILIES[family](new Random(7), 32e3 * f), url);
  const parsed = runReadability(dom.window.document);
  const rows = [];
  for (let k = 0; k < 7; k++) {
    gc();
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 40);
    const stop = cpuStopwatch();
    const w = performance.now(), t = threadMs();
    const a = articleFrom(parsed, dom.window.document, url);
    extractFromArticle(a);
    const wall = performance.now() - w, th = threadMs() - t, sw = stop();
    rows.push(`${sw.toFixed(1)}/${wall.toFixed(1)}/${th.toFixed(0)}`);
  }
  console.log(`${f}x sw/wall/thread: ${rows.join("  ")}`);
}
