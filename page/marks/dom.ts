// Document and element methods called through their prototypes: a page can clobber `document.x`
// with a named element (<img name="createRange">) or `form.getAttribute` with a named control, and
// those shadow the real methods even in the content script's isolated world.

type Fn = (...args: never[]) => unknown;

function method<T extends Fn>(proto: object, name: string): T | undefined {
  for (let p: object | null = proto; p; p = Object.getPrototypeOf(p) as object | null) {
    const d = Object.getOwnPropertyDescriptor(p, name);
    if (d) return typeof d.value === 'function' ? (d.value as T) : undefined;
  }
  return undefined;
}

function getter<T>(proto: object, name: string): ((self: object) => T) | undefined {
  for (let p: object | null = proto; p; p = Object.getPrototypeOf(p) as object | null) {
    const d = Object.getOwnPropertyDescriptor(p, name);
    if (d) return typeof d.get === 'function' ? (self) => d.get!.call(self) as T : undefined;
  }
  return undefined;
}

const docProto = Document.prototype;
const elProto = Element.prototype;

const createRangeFn = method<() => Range>(docProto, 'createRange');
const createTreeWalkerFn = method<(root: Node, what: number) => TreeWalker>(docProto, 'createTreeWalker');
const querySelectorFn = method<(s: string) => Element | null>(docProto, 'querySelector');
const byTagFn = method<(t: string) => HTMLCollectionOf<Element>>(docProto, 'getElementsByTagName');
const elByTagFn = method<(t: string) => HTMLCollectionOf<Element>>(elProto, 'getElementsByTagName');
const getAttributeFn = method<(n: string) => string | null>(elProto, 'getAttribute');
const hasAttributeFn = method<(n: string) => boolean>(elProto, 'hasAttribute');
const closestFn = method<(s: string) => Element | null>(elProto, 'closest');
const containsFn = method<(n: Node | null) => boolean>(Node.prototype, 'contains');
const docElementGet = getter<Element | null>(docProto, 'documentElement');
const bodyGet = getter<HTMLElement | null>(docProto, 'body');
const headGet = getter<HTMLHeadElement | null>(docProto, 'head');
const localNameGet = getter<string>(elProto, 'localName');

export function createRange(doc: Document): Range {
  return createRangeFn ? createRangeFn.call(doc) : doc.createRange();
}

export function createTreeWalker(doc: Document, root: Node, what: number): TreeWalker {
  return createTreeWalkerFn ? createTreeWalkerFn.call(doc, root, what) : doc.createTreeWalker(root, what);
}

export function querySelector(doc: Document, selector: string): Element | null {
  return querySelectorFn ? querySelectorFn.call(doc, selector) : doc.querySelector(selector);
}

export function byTag(scope: Document | Element, tag: string): ArrayLike<Element> {
  if (scope.nodeType === 9) return byTagFn ? byTagFn.call(scope as Document, tag) : (scope as Document).getElementsByTagName(tag);
  return elByTagFn ? elByTagFn.call(scope as Element, tag) : (scope as Element).getElementsByTagName(tag);
}

export function documentElement(doc: Document): Element | null {
  return docElementGet ? docElementGet(doc) : doc.documentElement;
}

export function body(doc: Document): HTMLElement | null {
  return bodyGet ? bodyGet(doc) : doc.body;
}

export function head(doc: Document): HTMLHeadElement | null {
  return headGet ? headGet(doc) : doc.head;
}

export function tagOf(el: Element): string {
  const name = localNameGet ? localNameGet(el) : el.localName;
  return typeof name === 'string' ? name : '';
}

export function attr(el: Element, name: string): string | null {
  return getAttributeFn ? getAttributeFn.call(el, name) : el.getAttribute(name);
}

export function hasAttr(el: Element, name: string): boolean {
  return hasAttributeFn ? hasAttributeFn.call(el, name) : el.hasAttribute(name);
}

export function closest(el: Element, selector: string): Element | null {
  return closestFn ? closestFn.call(el, selector) : el.closest(selector);
}

export function contains(a: Node, b: Node | null): boolean {
  return containsFn ? containsFn.call(a, b) : a.contains(b);
}
