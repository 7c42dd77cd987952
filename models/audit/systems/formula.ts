/**
 * Evaluator for the short formulas written in the 3CL tables (annex 1 §13.2.2, §15.1), e.g.
 * "(84 + 2 * logPn) / 100", "0.085 * (Pn ^ -0.4) * Pn", "(E + F * logPn) / 100 * Pn".
 * Grammar: numbers, identifiers bound by the caller, + - * / ^ (right-associative), unary minus,
 * parentheses. `logPn` is the decimal logarithm of Pn (kW), as in the arrêté. Parsed once, cached.
 */
type Node = (vars: Readonly<Record<string, number>>) => number;

const cache = new Map<string, Node>();

export function evalFormula(text: string, vars: Readonly<Record<string, number>>): number {
  let node = cache.get(text);
  if (!node) {
    node = parse(text);
    cache.set(text, node);
  }
  return node(vars);
}

function parse(text: string): Node {
  const tokens = text.match(/\d+(?:\.\d+)?|[A-Za-z_]\w*|[-+*/^()]/g) ?? [];
  let pos = 0;
  const peek = (): string | undefined => tokens[pos];
  const next = (): string => {
    const t = tokens[pos++];
    if (t === undefined) throw new Error(`formula "${text}": unexpected end`);
    return t;
  };
  function expr(): Node {
    let left = term();
    while (peek() === '+' || peek() === '-') {
      const op = next();
      const l = left;
      const r = term();
      left = op === '+' ? (v) => l(v) + r(v) : (v) => l(v) - r(v);
    }
    return left;
  }
  function term(): Node {
    let left = power();
    for (;;) {
      const t = peek();
      // The tables sometimes omit '*' ("1.5 logPn"): an atom right after a factor multiplies it.
      const implicit = t !== undefined && (/^[\d(]/.test(t) || /^[A-Za-z_]/.test(t));
      if (!(t === '*' || t === '/' || implicit)) break;
      const op = implicit ? '*' : next();
      const l = left;
      const r = power();
      left = op === '*' ? (v) => l(v) * r(v) : (v) => l(v) / r(v);
    }
    return left;
  }
  function power(): Node {
    const base = unary();
    if (peek() === '^') {
      next();
      const exp = power();
      return (v) => Math.pow(base(v), exp(v));
    }
    return base;
  }
  function unary(): Node {
    if (peek() === '-') {
      next();
      const u = unary();
      return (v) => -u(v);
    }
    return atom();
  }
  function atom(): Node {
    const t = next();
    if (t === '(') {
      const e = expr();
      if (next() !== ')') throw new Error(`formula "${text}": missing )`);
      return e;
    }
    if (/^\d/.test(t)) {
      const n = Number(t);
      return () => n;
    }
    if (t === 'logPn') return (v) => Math.log10(need(v, 'Pn'));
    return (v) => need(v, t);
  }
  function need(v: Readonly<Record<string, number>>, name: string): number {
    const x = v[name];
    if (x === undefined) throw new Error(`formula "${text}": variable ${name} not bound`);
    return x;
  }
  const root = expr();
  if (pos !== tokens.length) throw new Error(`formula "${text}": unexpected "${tokens[pos]}"`);
  return root;
}
