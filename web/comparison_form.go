package web

import (
	"math"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/crossroads/crossroads/internal/catalog"
	"github.com/crossroads/crossroads/internal/compare"
	"github.com/crossroads/crossroads/internal/money"
	"github.com/crossroads/crossroads/internal/projection"
)

// maxTyped bounds what we echo back of a number field.
const maxTyped = 40

// DecodeComparison reads the comparison form. It returns the state, every
// value as typed (to show back), and a message per field that is wrong.
func DecodeComparison(form url.Values) (compare.Comparison, map[string]string, map[string]string) {
	var s compare.Comparison
	typed := map[string]string{}
	errs := map[string]string{}

	seen := map[string]bool{}
	for _, id := range form["paths"] {
		if _, ok := catalog.ByID(id); !ok {
			errs["paths"] = "Choose paths from the list."
			continue
		}
		if !seen[id] {
			seen[id] = true
			s.Paths = append(s.Paths, id)
		}
	}
	if _, bad := errs["paths"]; !bad && (len(s.Paths) < compare.MinPaths || len(s.Paths) > compare.MaxPaths) {
		errs["paths"] = "Choose two or three paths to compare (you chose " + strconv.Itoa(len(s.Paths)) + ")."
	}

	s.Hustle.Country, s.Hustle.HasDayJob = "", form.Get("has_day_job") == "1"
	switch c := form.Get("country"); {
	case len(form["country"]) > 1 || (c != "" && money.ParseCountry(c) != money.Country(c)):
		errs["country"] = "Choose where you work from the list."
		typed["country"] = ""
	case c != "" && money.Country(c) != money.US:
		// Outside the United States the country's contributions come off
		// by rule; in it, the tax input holds them (see compare.New).
		s.Hustle.Country = c
	}
	unit := func(f compare.Input) string { return f.UnitIn(s.Country()) }
	for _, f := range compare.Inputs() {
		values := form[f.Key]
		raw := ""
		if len(values) > 0 {
			raw = values[0]
		}
		raw = strings.ToValidUTF8(raw, "\uFFFD")
		if utf8.RuneCountInString(raw) > maxTyped {
			raw = string([]rune(raw)[:maxTyped])
			errs[f.Key] = "That is too long for a number. Enter something like 12 or 3500."
		}
		typed[f.Key] = raw
		if len(values) > 1 {
			errs[f.Key] = "Enter one value for " + strings.ToLower(f.Label) + "."
			continue
		}
		if _, bad := errs[f.Key]; bad {
			continue
		}
		v, ok := parseAmount(raw)
		switch {
		case !ok:
			errs[f.Key] = "Enter " + strings.ToLower(f.Label) + " as a number, like 12 or 3500 (" + unit(f) + ")."
		case f.Whole && v != math.Trunc(v):
			errs[f.Key] = "Enter " + strings.ToLower(f.Label) + " as a whole number of " + unit(f) + "."
		default:
			f.Set(&s, v)
		}
	}
	for k, msg := range projection.Validate(s.Projection()) {
		if _, already := errs[k]; !already && k != "input" && k != "months" {
			errs[k] = msg
		}
	}
	return s, typed, errs
}

// amountPattern is a plain number as people type money and counts: digits
// with optional thousands commas ("3,500") and decimals, a leading "$" or
// "£" (or "US$", "C$", "A$") or a trailing "%". "1,2" or "5%0" are not numbers, so they are refused rather
// than guessed at.
var amountPattern = regexp.MustCompile(`^(US\$|C\$|A\$|\$|£)?\s*(\d{1,3}(,\d{3})+|\d+)(\.\d+)?\s*%?$`)

// parseAmount reads an amount; blank means 0.
func parseAmount(s string) (float64, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, true
	}
	if !amountPattern.MatchString(s) {
		return 0, false
	}
	v, err := strconv.ParseFloat(strings.Trim(strings.ReplaceAll(s, ",", ""), "USCA$£% "), 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, false
	}
	return v, true
}
