/**
 * Numbers as French spreadsheets write them: decimal comma or point; thousands separated by a space,
 * a no-break space (U+00A0), a narrow no-break space (U+202F, French Excel's default), or — when a comma
 * is the decimal mark — a dot ("1.234,50"). Parsed on the characters, into a scaled integer, so that
 * "4,90" at scale 2 is exactly 490: no binary float is ever involved.
 */

/** The text is not a number. */
export const NOT_A_NUMBER = Number.NaN;
/** The number has more decimals than the scale allows. */
export const TOO_MANY_DECIMALS = Number.POSITIVE_INFINITY;

const SPACE = 32;
const NO_BREAK_SPACE = 0xa0;
const NARROW_NO_BREAK_SPACE = 0x202f;
const COMMA = 44;
const DOT = 46;
const MINUS = 45;
const EURO = 0x20ac;

/**
 * Parses `raw` into an integer count of 10^-scale units ("4,90", 2 → 490; "12", 0 → 12).
 * Returns NOT_A_NUMBER or TOO_MANY_DECIMALS on failure; a leading minus gives a negative result for the
 * caller's range check. A trailing "€" is tolerated for prices.
 */
export function parseScaledDecimal(raw: string, scale: number): number {
  let end = raw.length;
  while (end > 0 && isSpace(raw.charCodeAt(end - 1))) end--;
  if (end > 0 && raw.charCodeAt(end - 1) === EURO) {
    end--;
    // French writes a space (often a no-break one) between the amount and the sign: "4,90 €".
    while (end > 0 && isSpace(raw.charCodeAt(end - 1))) end--;
  }
  let start = 0;
  while (start < end && isSpace(raw.charCodeAt(start))) start++;
  let negative = false;
  if (start < end && raw.charCodeAt(start) === MINUS) {
    negative = true;
    start++;
  }
  if (start >= end) return NOT_A_NUMBER;

  // Which separator is the decimal mark: the last of ',' and '.' when both appear; a lone ',' always;
  // a lone '.' unless it repeats ("1.234.567" is thousands).
  let lastComma = -1;
  let lastDot = -1;
  let commas = 0;
  let dots = 0;
  for (let i = start; i < end; i++) {
    const code = raw.charCodeAt(i);
    if (code === COMMA) {
      lastComma = i;
      commas++;
    } else if (code === DOT) {
      lastDot = i;
      dots++;
    }
  }
  let decimalAt = -1;
  let thousandsMark = -1;
  if (commas > 0 && dots > 0) {
    decimalAt = Math.max(lastComma, lastDot);
    thousandsMark = decimalAt === lastComma ? DOT : COMMA;
    if ((decimalAt === lastComma ? commas : dots) !== 1) return NOT_A_NUMBER;
  } else if (commas === 1) {
    decimalAt = lastComma;
  } else if (dots === 1) {
    decimalAt = lastDot;
  } else if (dots > 1) {
    thousandsMark = DOT;
  } else if (commas > 1) {
    return NOT_A_NUMBER;
  }

  let value = 0;
  let decimals = 0;
  let digitsInGroup = 0;
  let sawGroupSeparator = false;
  let sawDigit = false;
  const integerEnd = decimalAt === -1 ? end : decimalAt;
  for (let i = start; i < integerEnd; i++) {
    const code = raw.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      value = value * 10 + (code - 48);
      digitsInGroup++;
      sawDigit = true;
    } else if (code === thousandsMark || isSpace(code)) {
      // A thousands separator must follow 1–3 digits and (after the first) exactly 3.
      if (!sawDigit || (sawGroupSeparator ? digitsInGroup !== 3 : digitsInGroup > 3)) return NOT_A_NUMBER;
      sawGroupSeparator = true;
      digitsInGroup = 0;
    } else {
      return NOT_A_NUMBER;
    }
  }
  if (sawGroupSeparator && digitsInGroup !== 3) return NOT_A_NUMBER;
  if (decimalAt !== -1) {
    for (let i = decimalAt + 1; i < end; i++) {
      const code = raw.charCodeAt(i);
      if (code < 48 || code > 57) return NOT_A_NUMBER;
      if (decimals < scale) {
        value = value * 10 + (code - 48);
      } else if (code !== 48) {
        return TOO_MANY_DECIMALS;
      }
      decimals++;
      sawDigit = true;
    }
  }
  if (!sawDigit) return NOT_A_NUMBER;
  for (; decimals < scale; decimals++) value *= 10;
  if (!Number.isSafeInteger(value)) return NOT_A_NUMBER;
  return negative ? -value : value;
}

function isSpace(code: number): boolean {
  return code === SPACE || code === NO_BREAK_SPACE || code === NARROW_NO_BREAK_SPACE;
}
