// Package numfmt writes numbers the way every page and message shows them:
// with thousands separators, and dollars in whole units.
package numfmt

import (
	"math"
	"strconv"
)

// Thousands formats n with comma separators: 12,500 and -1,000.
func Thousands(n int64) string {
	s := strconv.FormatInt(n, 10)
	sign := ""
	if n < 0 {
		sign, s = "-", s[1:]
	}
	b := make([]byte, 0, len(s)+len(s)/3)
	for i := range len(s) {
		if i > 0 && (len(s)-i)%3 == 0 {
			b = append(b, ',')
		}
		b = append(b, s[i])
	}
	return sign + string(b)
}

// Dollars formats an amount rounded to whole US dollars: $3,000 and −$500
// (with a true minus sign, as the tables show losses).
func Dollars(v float64) string {
	n := int64(math.Round(v))
	if n < 0 {
		return "−$" + Thousands(-n)
	}
	return "$" + Thousands(n)
}
