package web

import (
	"strconv"
	"strings"

	"github.com/crossroads/crossroads/internal/compare"
	"github.com/crossroads/crossroads/internal/money"
	"github.com/crossroads/crossroads/internal/numfmt"
)

func statusText(code int) string { return strconv.Itoa(code) }

func itoa(i int) string { return strconv.Itoa(i) }

// Money formats whole US dollars with thousands separators: "$3,000".
func Money(v float64) string { return numfmt.Dollars(v) }

// amountsIn writes amounts in the currency of someone who works in c, the
// way they write them: "£1,250" in the UK.
func amountsIn(c money.Country) func(float64) string {
	return func(v float64) string { return c.Format(c.In(v)) }
}

// hustleAmounts writes a personal side-hustle line's amounts: in the
// person's currency, or, for a rate published elsewhere and not converted
// (compare.HustleMoney.Foreign), in US dollars the way they write those:
// "US$5,712" in Canada.
func hustleAmounts(p compare.Personal) func(float64) string {
	if p.Hustle != nil && p.Hustle.Foreign {
		return func(v float64) string { return p.Country.Format(money.USD(v)) }
	}
	return amountsIn(p.Country)
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

// quotedPart is a run of text, or a quotation within it.
type quotedPart struct {
	Text  string
	Quote bool
}

// quotedParts splits a message at its curly quotation marks, so a
// quotation (“…”) renders as a <q> element: it is someone else's words,
// such as an article's, not the page speaking.
func quotedParts(s string) []quotedPart {
	var out []quotedPart
	for s != "" {
		open := strings.Index(s, "“")
		if open < 0 {
			break
		}
		close := strings.Index(s[open:], "”")
		if close < 0 {
			break
		}
		if open > 0 {
			out = append(out, quotedPart{Text: s[:open]})
		}
		out = append(out, quotedPart{Text: s[open+len("“") : open+close], Quote: true})
		s = s[open+close+len("”"):]
	}
	if s != "" {
		out = append(out, quotedPart{Text: s})
	}
	return out
}

// FormatAmount shows a stored number the way a person would type it.
func FormatAmount(v float64) string {
	return strconv.FormatFloat(v, 'f', -1, 64)
}
