/**
 * Logarithm and sine written with + - * / only. Math.log and Math.sin are allowed to differ
 * in the last bit between JavaScript engines; these are not, so a simulation gives the same
 * numbers bit for bit in Node and in every browser.
 */

const LN2 = 0.6931471805599453;
const TWO_PI = 6.283185307179586;
const PI = 3.141592653589793;

/** Natural logarithm of x > 0 (returns -Infinity for 0). */
export function ln(x: number): number {
  if (!(x > 0)) return x === 0 ? -Infinity : NaN;
  if (x === Infinity) return Infinity;
  // x = m * 2^k with m in [1, 2): scaling by 2 is exact in binary floating point.
  let k = 0;
  let m = x;
  while (m >= 2) {
    m /= 2;
    k++;
  }
  while (m < 1) {
    m *= 2;
    k--;
  }
  // Centre m around 1 so the series converges fast: m in [sqrt(1/2), sqrt(2)).
  if (m > 1.4142135623730951) {
    m /= 2;
    k++;
  }
  // ln(m) = 2 atanh(z), z = (m - 1) / (m + 1), |z| < 0.172.
  const z = (m - 1) / (m + 1);
  const z2 = z * z;
  let term = z;
  let sum = 0;
  for (let n = 1; n < 40; n += 2) {
    const add = term / n;
    sum += add;
    if (add < 1e-18 && add > -1e-18) break;
    term *= z2;
  }
  return 2 * sum + k * LN2;
}

/** sin(x), accurate to about 1e-15 over the range a simulation needs. */
export function sin(x: number): number {
  let r = x - TWO_PI * Math.floor(x / TWO_PI); // [0, 2pi)
  if (r > PI) r -= TWO_PI; // (-pi, pi]
  // Fold into [-pi/2, pi/2] where the Taylor series is short.
  if (r > PI / 2) r = PI - r;
  else if (r < -PI / 2) r = -PI - r;
  const r2 = r * r;
  let term = r;
  let sum = r;
  for (let n = 1; n < 12; n++) {
    term *= -r2 / ((2 * n) * (2 * n + 1));
    sum += term;
  }
  return sum;
}
