package figures

import (
	"math"

	"github.com/autonews/autonews/entity"
)

// maxDigits is the number of significant digits a number may have. Longer
// numbers do not fit int64 and are not reported as figures.
const maxDigits = 18

var pow10 = [...]int64{1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
	1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18}

// A dec is the exact decimal m × 10^e.
type dec struct {
	m int64
	e int
}

// norm strips trailing zeros of the mantissa into the exponent.
func (d dec) norm() dec {
	if d.m == 0 {
		return dec{}
	}
	for d.m%10 == 0 {
		d.m /= 10
		d.e++
	}
	return d
}

// money returns d as whole units and nanos, and false when the whole part
// does not fit int64. Digits beyond nanos are dropped.
func (d dec) money(cur string) (entity.Money, bool) {
	d = d.norm()
	if d.e >= 0 {
		if d.e > 18 || d.m > math.MaxInt64/pow10[d.e] {
			return entity.Money{}, false
		}
		return entity.Money{Currency: cur, Units: d.m * pow10[d.e]}, true
	}
	if -d.e > 18 {
		// m < 10^18, so the value is below one unit.
		sh := -d.e - 9
		if sh > 18 {
			return entity.Money{Currency: cur}, true
		}
		return entity.Money{Currency: cur, Nanos: int32(d.m / pow10[sh])}, true
	}
	p := pow10[-d.e]
	units, rem := d.m/p, d.m%p
	var nanos int64
	if -d.e <= 9 {
		nanos = rem * pow10[9+d.e]
	} else {
		nanos = rem / pow10[-d.e-9]
	}
	return entity.Money{Currency: cur, Units: units, Nanos: int32(nanos)}, true
}

// add returns d + o, and false when the sum does not fit.
func (d dec) add(o dec) (dec, bool) {
	d, o = d.norm(), o.norm()
	if d.m == 0 || o.m == 0 {
		return dec{m: d.m + o.m, e: d.e + o.e}, true
	}
	for d.e > o.e {
		if d.m > math.MaxInt64/10 {
			return dec{}, false
		}
		d.m *= 10
		d.e--
	}
	for o.e > d.e {
		if o.m > math.MaxInt64/10 {
			return dec{}, false
		}
		o.m *= 10
		o.e--
	}
	if d.m > math.MaxInt64-o.m {
		return dec{}, false
	}
	return dec{m: d.m + o.m, e: d.e}, true
}

// float returns d as the nearest float64 of its decimal value.
func (d dec) float() float64 {
	d = d.norm()
	if d.e >= 0 {
		return float64(d.m) * math.Pow10(d.e)
	}
	return float64(d.m) / math.Pow10(-d.e)
}

// less reports whether d < o.
func (d dec) less(o dec) bool {
	a, b := d.norm(), o.norm()
	if a.m == 0 || b.m == 0 {
		return a.m < b.m
	}
	// Compare a.m×10^a.e and b.m×10^b.e by shifting the smaller exponent.
	for a.e > b.e {
		if a.m > math.MaxInt64/10 {
			return false
		}
		a.m *= 10
		a.e--
	}
	for b.e > a.e {
		if b.m > math.MaxInt64/10 {
			return true
		}
		b.m *= 10
		b.e--
	}
	return a.m < b.m
}

// parseNumber reads a number as scanned by scanNumber. commaDecimal says
// how to read one ambiguous separator followed by exactly three digits:
// as a decimal comma (and grouping point: "1.500" = 1500, "1,500" = 1.5)
// or the English way ("1,500" = 1500, "1.500" = 1.5). It returns false for
// digit runs that are not one number ("1.2.3", "12,34,5"), or that have
// more than maxDigits significant digits.
func parseNumber(s string, commaDecimal bool) (dec, bool) {
	// First pass: find the separators.
	var (
		first     = -1 // length of the first digit group
		group     int
		nsep      int
		lastSep   byte // '.', ',' or 'g' (apostrophe or space)
		lastGroup int  // digits after the last separator
		dots      int
		commas    int
		spaces    int
	)
	for i := 0; i < len(s); {
		c := s[i]
		if isDigit(c) {
			group++
			i++
			continue
		}
		if first < 0 {
			first = group
		}
		nsep++
		switch c {
		case '.':
			dots++
			lastSep = '.'
			i++
		case ',':
			commas++
			lastSep = ','
			i++
		default:
			spaces++
			lastSep = 'g'
			if c == ' ' || c == '\'' {
				i++
			} else if c == 0xC2 {
				i += 2
			} else {
				i += 3
			}
		}
		group = 0
	}
	if first < 0 {
		first = group
	}
	lastGroup = group
	// Decide which separator, if any, is the decimal one.
	var decSep byte
	switch {
	case dots > 0 && commas > 0:
		decSep = lastSep
		if decSep == 'g' || (decSep == '.' && dots != 1) || (decSep == ',' && commas != 1) {
			return dec{}, false
		}
	case dots+commas == 0:
	case dots > 1 || commas > 1:
		if spaces > 0 {
			return dec{}, false
		}
	default: // exactly one '.' or ','
		c := byte('.')
		if commas == 1 {
			c = ','
		}
		switch {
		case spaces > 0 || lastSep != c:
			if lastSep != c {
				return dec{}, false
			}
			decSep = c
		case lastGroup != 3 || first == 0 || first > 3 || s[0] == '0':
			decSep = c
		case commaDecimal == (c == ','):
			decSep = c
		}
	}
	// Second pass: validate the groups and build the mantissa.
	var (
		m      int64
		sig    int
		frac   int
		inFrac bool
		idx    int // separator index
	)
	group = 0
	for i := 0; i < len(s); {
		c := s[i]
		if isDigit(c) {
			if m != 0 || c != '0' {
				sig++
				if sig > maxDigits {
					return dec{}, false
				}
			}
			m = m*10 + int64(c-'0')
			if inFrac {
				frac++
			}
			group++
			i++
			continue
		}
		// A grouping separator closes a group: the first group has 1 to 3
		// digits and the others exactly 3.
		if !inFrac && idx > 0 && group != 3 {
			return dec{}, false
		}
		if !inFrac && idx == 0 && (group == 0 || group > 3) && c != decSep {
			return dec{}, false
		}
		if inFrac {
			return dec{}, false
		}
		if c == decSep {
			inFrac = true
		}
		idx++
		group = 0
		switch {
		case c == 0xC2:
			i += 2
		case c == 0xE2:
			i += 3
		default:
			i++
		}
	}
	if nsep > 0 && !inFrac && group != 3 {
		return dec{}, false
	}
	return dec{m: m, e: -frac}, true
}
