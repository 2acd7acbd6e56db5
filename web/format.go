package web

import (
	"math"
	"strconv"
	"strings"
)

func statusText(code int) string { return strconv.Itoa(code) }

func itoa(i int) string { return strconv.Itoa(i) }

// Money formats whole US dollars with thousands separators: "$3,000".
func Money(v float64) string {
	neg := v < 0
	n := int64(math.Round(math.Abs(v)))
	s := strconv.FormatInt(n, 10)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if neg {
		return "−$" + b.String()
	}
	return "$" + b.String()
}

// Signed formats contribution points with an explicit sign: "+12", "−3", "0".
func Signed(n int) string {
	switch {
	case n > 0:
		return "+" + strconv.Itoa(n)
	case n < 0:
		return "−" + strconv.Itoa(-n)
	}
	return "0"
}
