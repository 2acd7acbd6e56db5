package projection

import (
	"maps"
	"math"
	"slices"
	"strings"
	"testing"
)

func TestValidate(t *testing.T) {
	nan, inf := math.NaN(), math.Inf(1)
	okHustle := func() *SideHustle {
		return &SideHustle{HoursPerWeek: 10, WeeksOffPerYear: 4, StartRate: 50, RampedRate: 100, RampMonths: 6,
			RetainerPerMonth: 500, PlatformFeePct: 10, TaxPct: 25, UpfrontCost: 300, MonthlyCost: 40}
	}
	okJob := func() *Job { return &Job{SalaryPerYear: 90_000, LearningMonths: 9, LearningCost: 2000, TaxPct: 30} }
	tests := []struct {
		name     string
		in       Input
		wantKeys []string
		contains string // a phrase the first key's message must contain
	}{
		{name: "hustle only", in: Input{Hustle: okHustle()}},
		{name: "job only", in: Input{Job: okJob()}},
		{name: "both, custom horizon and goal", in: Input{Months: 36, GoalPerMonth: 3000, Hustle: okHustle(), Job: okJob()}},
		{name: "limits are inclusive", in: Input{Months: MaxMonths, GoalPerMonth: MaxAmount,
			Hustle: &SideHustle{HoursPerWeek: 80, WeeksOffPerYear: 51.5, StartRate: 10_000, RampedRate: 10_000, RampMonths: 24,
				RetainerPerMonth: MaxAmount, PlatformFeePct: 100, TaxPct: 100, UpfrontCost: MaxAmount, MonthlyCost: MaxMonthlyCost},
			Job: &Job{SalaryPerYear: 5_000_000, LearningMonths: 60, LearningCost: MaxAmount, TaxPct: 100}}},
		{name: "52 weeks off with no hours is fine", in: Input{Hustle: &SideHustle{WeeksOffPerYear: 52, RetainerPerMonth: 100}}},

		{name: "nothing to project", in: Input{}, wantKeys: []string{"input"}, contains: "side hustle, a job, or both"},
		{name: "horizon out of range", in: Input{Months: 61, Job: okJob()}, wantKeys: []string{"months"}, contains: "from 1 to 60 months"},
		{name: "negative horizon", in: Input{Months: -1, Job: okJob()}, wantKeys: []string{"months"}},
		{name: "goal NaN", in: Input{GoalPerMonth: nan, Job: okJob()}, wantKeys: []string{"goal_per_month"}, contains: "as a number"},
		{name: "too many hours", in: Input{Hustle: func() *SideHustle { h := okHustle(); h.HoursPerWeek = 81; return h }()},
			wantKeys: []string{"hustle.hours_per_week"}, contains: "Enter hours per week from 0 to 80."},
		{name: "negative hours", in: Input{Hustle: func() *SideHustle { h := okHustle(); h.HoursPerWeek = -1; return h }()},
			wantKeys: []string{"hustle.hours_per_week"}},
		{name: "no week left to work", in: Input{Hustle: func() *SideHustle { h := okHustle(); h.WeeksOffPerYear = 52; return h }()},
			wantKeys: []string{"hustle.weeks_off_per_year"}, contains: "no week left to work"},
		{name: "more weeks off than a year", in: Input{Hustle: func() *SideHustle { h := okHustle(); h.WeeksOffPerYear = 53; return h }()},
			wantKeys: []string{"hustle.weeks_off_per_year"}, contains: "from 0 to 52."},
		{name: "rates", in: Input{Hustle: func() *SideHustle { h := okHustle(); h.StartRate, h.RampedRate = inf, 10_001; return h }()},
			wantKeys: []string{"hustle.ramped_rate", "hustle.start_rate"}, contains: "from 0 to 10,000 USD an hour"},
		{name: "ramp too long", in: Input{Hustle: func() *SideHustle { h := okHustle(); h.RampMonths = 25; return h }()},
			wantKeys: []string{"hustle.ramp_months"}, contains: "from 0 to 24 months"},
		{name: "percentages", in: Input{Hustle: func() *SideHustle { h := okHustle(); h.PlatformFeePct, h.TaxPct = 101, -5; return h }()},
			wantKeys: []string{"hustle.platform_fee_pct", "hustle.tax_pct"}, contains: "from 0 to 100 percent"},
		{name: "hustle money", in: Input{Hustle: func() *SideHustle {
			h := okHustle()
			h.RetainerPerMonth, h.UpfrontCost, h.MonthlyCost = -1, math.Inf(-1), MaxMonthlyCost+1
			return h
		}()}, wantKeys: []string{"hustle.monthly_cost", "hustle.retainer_per_month", "hustle.upfront_cost"}},
		{name: "job fields", in: Input{Job: &Job{SalaryPerYear: 5_000_001, LearningMonths: 61, LearningCost: nan, TaxPct: 100.5}},
			wantKeys: []string{"job.learning_cost", "job.learning_months", "job.salary_per_year", "job.tax_pct"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Validate(tc.in)
			keys := slices.Sorted(maps.Keys(got))
			if !slices.Equal(keys, tc.wantKeys) {
				t.Fatalf("keys = %v, want %v (%v)", keys, tc.wantKeys, got)
			}
			if tc.contains != "" && !strings.Contains(got[tc.wantKeys[0]], tc.contains) {
				t.Errorf("%s: %q does not contain %q", tc.wantKeys[0], got[tc.wantKeys[0]], tc.contains)
			}
		})
	}
}

func TestValidateCountry(t *testing.T) {
	t.Parallel()
	for country, bad := range map[string]bool{"": false, "us": false, "uk": false, "ca": false, "au": false, "other": false, "fr": true, "UK": true} {
		v := Validate(Input{Hustle: &SideHustle{HoursPerWeek: 5, Country: country}})
		if _, got := v["hustle.country"]; got != bad {
			t.Errorf("country %q: message %v, want %v (%v)", country, got, bad, v)
		}
	}
}
