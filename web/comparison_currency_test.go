package web_test

import (
	"net/url"
	"strings"
	"testing"

	"github.com/crossroads/crossroads/internal/compare"
	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/web"
)

// A comparison made by someone in the UK is in pounds throughout: its
// inputs say so, its money lines and table are written in pounds, and its
// rate starts from a UK survey. Someone in Canada is asked for their own
// rate: the US one is never pre-filled into a Canadian-dollar field.
func TestComparisonIsInThePersonsCurrency(t *testing.T) {
	t.Parallel()
	uk := questionnaire.Answers{questionnaire.Country: {"uk"}, questionnaire.HustleHours: {"12"}, questionnaire.IncomeGoal: {"1500"}, questionnaire.DayJob: {"keep"}}
	s, _ := compare.New([]string{"copywriting", "prompt-engineer"}, uk)
	v := web.ComparisonEditor("/comparisons", s, nil, nil, uk, "")
	_, lines := verdictText(t, v)
	if !strings.Contains(lines, "Copywriting: about £") || strings.Count(lines, "$") != 1 ||
		!strings.Contains(lines, "in the United States it is US$175,000 a year (the article’s claim), in US dollars and not converted") {
		t.Errorf("UK money lines are not in pounds:\n%s", lines)
	}
	if v.Form == nil || v.Form.Goal.Suffix != "pounds a month" || v.Form.CountryChosen != "United Kingdom (pounds)" {
		t.Fatalf("UK form: goal in %q, country %q", v.Form.Goal.Suffix, v.Form.CountryChosen)
	}
	for _, in := range v.Form.Hustle {
		if in.Name == "hustle.ramped_rate" && (in.Value != "47.375" || !strings.Contains(in.More, "UK copywriters")) {
			t.Errorf("UK rate starts at %q (%s); want UK copywriters' £379 a day over 8 hours", in.Value, in.More)
		}
	}
	if p := v.Projection; p == nil || !strings.HasPrefix(p.Rows[12].Hustle, "£") {
		t.Errorf("the projection table is not in pounds: %+v", p)
	}

	ca := questionnaire.Answers{questionnaire.Country: {"ca"}, questionnaire.HustleHours: {"12"}}
	c, d := compare.New([]string{"copywriting", "prompt-engineer"}, ca)
	rate := d.For("hustle.ramped_rate")
	if !rate.Ask || c.Hustle.RampedRate != 0 || !strings.Contains(rate.Note, "US figure") || !strings.Contains(rate.Note, "Canadian dollars") {
		t.Errorf("Canada's rate default: %+v (rate %v)", rate, c.Hustle.RampedRate)
	}
	if sal := d.For("job.salary_per_year"); !sal.Ask || !strings.Contains(sal.Note, "we do not convert it") {
		t.Errorf("Canada's salary default: %+v", sal)
	}
}

// The form keeps the country chosen and refuses one not on the list,
// keeping every other value typed.
func TestComparisonFormReadsTheCountry(t *testing.T) {
	t.Parallel()
	form := url.Values{"paths": {"copywriting", "prompt-engineer"}, "country": {"au"}, "hustle.ramped_rate": {"A$60"}, "has_day_job": {"1"}}
	s, _, errs := web.DecodeComparison(form)
	if s.Country() != "au" || !s.Hustle.HasDayJob || s.Hustle.RampedRate != 60 || len(errs) != 0 {
		t.Errorf("decoded %q (day job %v, rate %v), errors %v", s.Country(), s.Hustle.HasDayJob, s.Hustle.RampedRate, errs)
	}
	form.Set("country", "mars")
	s, typed, errs := web.DecodeComparison(form)
	if errs["country"] == "" || typed["hustle.ramped_rate"] != "A$60" {
		t.Errorf("an unknown country: errors %v, rate kept as %q", errs, typed["hustle.ramped_rate"])
	}
	v := web.ComparisonEditor("/comparisons", s, typed, errs, nil, "")
	if !v.Form.CountryOpen || len(v.Errors) == 0 {
		t.Errorf("the error is not shown beside the choice and in the summary: %+v", v.Errors)
	}
}
