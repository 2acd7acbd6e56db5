// Package money knows where a person works: the currency their amounts are
// shown in, how those amounts are written, and the self-employment
// contributions that country charges on side-hustle profit, each from a
// public page it names.
//
// Nothing here converts between currencies. A figure is shown in the
// currency it was published in; a US pay figure read by someone in the UK
// is written "US$62,170", never turned into pounds.
package money

import (
	"fmt"
	"math"
	"unicode"

	"golang.org/x/text/currency"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/number"
)

// Country is where a person works. The zero value is the United States,
// the country every figure defaulted to before the question existed.
type Country string

// The countries with their own currency and contribution rules; everyone
// else reads US figures, marked as such, and no contribution rule.
const (
	US        Country = "us"
	UK        Country = "uk"
	Canada    Country = "ca"
	Australia Country = "au"
	Elsewhere Country = "other"
)

// Countries lists every choice in the order a form offers them.
var Countries = []Country{US, UK, Canada, Australia, Elsewhere}

// ParseCountry reads a stored or posted value; anything unknown (or empty)
// is the United States, so old answers keep their meaning.
func ParseCountry(s string) Country {
	switch c := Country(s); c {
	case UK, Canada, Australia, Elsewhere:
		return c
	}
	return US
}

// Name is the country as a form and a sentence name it.
func (c Country) Name() string {
	switch ParseCountry(string(c)) {
	case UK:
		return "the United Kingdom"
	case Canada:
		return "Canada"
	case Australia:
		return "Australia"
	case Elsewhere:
		return "somewhere else"
	}
	return "the United States"
}

// CurrencyName is the currency a person in c gives amounts in, as a
// sentence names it: "pounds", "Canadian dollars". Elsewhere gives them in
// US dollars, as its choice on the form says.
func (c Country) CurrencyName() string {
	switch ParseCountry(string(c)) {
	case UK:
		return "pounds"
	case Canada:
		return "Canadian dollars"
	case Australia:
		return "Australian dollars"
	}
	return "US dollars"
}

// Local reports whether figures published in the United States are in
// the person's own currency: true for the United States and for
// elsewhere, whose amounts are given in US dollars.
func (c Country) Local(cur currency.Unit) bool { return c.Currency() == cur }

// Currency is the currency a person in c is shown amounts in. Elsewhere
// reads US dollars: the figures we have are American, and we say so.
func (c Country) Currency() currency.Unit {
	switch ParseCountry(string(c)) {
	case UK:
		return currency.GBP
	case Canada:
		return currency.CAD
	case Australia:
		return currency.AUD
	}
	return currency.USD
}

// locale is how amounts are written for a reader in c. Elsewhere reads
// the international English forms, where the dollar is "US$".
func (c Country) locale() language.Tag {
	switch ParseCountry(string(c)) {
	case UK:
		return language.BritishEnglish
	case Canada:
		return language.MustParse("en-CA")
	case Australia:
		return language.MustParse("en-AU")
	case Elsewhere:
		return language.MustParse("en-001")
	}
	return language.AmericanEnglish
}

// Amount is a sum in a named currency.
type Amount struct {
	Value    float64
	Currency currency.Unit
}

// In is v in c's own currency.
func (c Country) In(v float64) Amount { return Amount{Value: v, Currency: c.Currency()} }

// USD is a figure published in US dollars.
func USD(v float64) Amount { return Amount{Value: v, Currency: currency.USD} }

// FormatCents is Format to the cent, for a published hourly wage: "$22.42".
func (c Country) FormatCents(a Amount) string {
	whole := c.Format(Amount{Value: math.Trunc(a.Value), Currency: a.Currency})
	cents := int(math.Round(math.Abs(a.Value-math.Trunc(a.Value)) * 100))
	if cents == 100 {
		return c.Format(Amount{Value: math.Round(a.Value), Currency: a.Currency}) + ".00"
	}
	return whole + "." + fmt.Sprintf("%02d", cents)
}

// Format writes a for a reader in c, rounded to whole units with the
// reader's own symbol for that currency: "$1,250" for an American reading
// dollars, "US$1,250" for a Briton reading the same figure, "£1,250" for
// pounds. Losses carry a true minus sign, as the tables show them.
func (c Country) Format(a Amount) string {
	p := message.NewPrinter(c.locale())
	sym := p.Sprint(currency.Symbol(a.Currency))
	if r := []rune(sym); len(r) > 0 && unicode.IsLetter(r[len(r)-1]) {
		sym += " " // "USD 1,250" rather than "USD1,250"
	}
	n := math.Round(a.Value)
	sign := ""
	if n < 0 {
		sign, n = "−", -n
	}
	if n == 0 {
		sign = "" // no "−$0" from rounding a small loss
	}
	return sign + sym + p.Sprint(number.Decimal(n, number.MaxFractionDigits(0)))
}
