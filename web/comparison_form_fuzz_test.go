package web

import (
	"math"
	"net/url"
	"testing"

	"github.com/crossroads/crossroads/internal/compare"
)

// FuzzDecodeComparison: any form body decodes without panicking; a form
// that decodes cleanly yields a finite, in-range projection input; every
// rejected field has a message.
func FuzzDecodeComparison(f *testing.F) {
	f.Add("paths=seo-consulting&paths=prompt-engineer&hustle.hours_per_week=10&goal_per_month=3000")
	f.Add("paths=seo-consulting&paths=seo-consulting&hustle.hours_per_week=ten")
	f.Add("paths=x&hustle.tax_pct=150&job.learning_months=2.5&hustle.start_rate=NaN")
	f.Add("hustle.hours_per_week=1e309&job.salary_per_year=-1&hustle.weeks_off_per_year=52")
	f.Add("paths=copywriting&paths=ai-ethics-specialist&paths=custom-chatbots&hustle.ramped_rate=%24150&hustle.upfront_cost=1%2C500")
	f.Fuzz(func(t *testing.T, body string) {
		form, err := url.ParseQuery(body)
		if err != nil {
			return
		}
		s, typed, errs := DecodeComparison(form)
		for k, msg := range errs {
			if msg == "" {
				t.Fatalf("empty message for %s", k)
			}
		}
		for _, in := range compare.Inputs() {
			if _, ok := typed[in.Key]; !ok {
				t.Fatalf("typed value for %s not kept", in.Key)
			}
		}
		if len(errs) > 0 {
			return
		}
		if n := len(s.Paths); n < 2 || n > 3 {
			t.Fatalf("accepted %d paths", n)
		}
		for _, in := range compare.Inputs() {
			v := in.Value(s)
			if math.IsNaN(v) || math.IsInf(v, 0) || v < 0 {
				t.Fatalf("accepted %s = %v", in.Key, v)
			}
		}
		if s.Hustle.HoursPerWeek > 80 {
			t.Fatalf("accepted %v hours a week", s.Hustle.HoursPerWeek)
		}
	})
}

func TestParseAmountAcceptsWhatPeopleTypeAndNoGuesses(t *testing.T) {
	for in, want := range map[string]float64{
		"": 0, "12": 12, " 12 ": 12, "3,500": 3500, "$50": 50, "$ 1,250.50": 1250.5, "25%": 25, "0.5": 0.5, "1,000,000": 1e6,
	} {
		if got, ok := parseAmount(in); !ok || got != want {
			t.Errorf("parseAmount(%q) = %v, %v; want %v", in, got, ok, want)
		}
	}
	for _, in := range []string{"1,2", "1 2", "5%0", "12,34,567", "ten", "-5", "1e3", "NaN", "Inf", "$$5", "5$", ".5.5"} {
		if got, ok := parseAmount(in); ok {
			t.Errorf("parseAmount(%q) = %v; want it refused", in, got)
		}
	}
}
