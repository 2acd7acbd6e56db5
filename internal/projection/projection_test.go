package projection

import (
	"math"
	"testing"
)

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

// base is the worked example of the package doc.
func base() SideHustle {
	return SideHustle{BillablePct: 100, HoursPerWeek: 10, WeeksOffPerYear: 4, StartRate: 50, RampedRate: 50, PlatformFeePct: 10, TaxPct: 25}
}

func TestProjectHustleMonth(t *testing.T) {
	tests := []struct {
		name string
		h    SideHustle
		want Month // month 1
	}{
		{
			// 10 h/week, 4 weeks off → 48/12 = 4 weeks/month → 40 h; at $50/h gross 2,000;
			// 10% fees 200; 25% tax on 2,000 − 200 = 1,800 → 450; net 2,000 − 200 − 450 = 1,350
			name: "worked example",
			h:    base(),
			want: Month{N: 1, Rate: 50, Hours: 40, Gross: 2000, Fees: 200, Tax: 450, Net: 1350, Cumulative: 1350},
		},
		{
			// as above with $100 of tools: tax on 2,000 − 200 − 100 = 1,700 → 425; net 2,000 − 200 − 100 − 425 = 1,275
			name: "monthly cost lowers the tax base",
			h:    func() SideHustle { h := base(); h.MonthlyCost = 100; return h }(),
			want: Month{N: 1, Rate: 50, Hours: 40, Gross: 2000, Fees: 200, Costs: 100, Tax: 425, Net: 1275, Cumulative: 1275},
		},
		{
			// 0 h: gross 0; tax base 0 − 0 − 50 is negative → tax 0; net −50; cumulative −300 − 50 = −350
			name: "costs with no income: no negative tax",
			h:    SideHustle{BillablePct: 100, MonthlyCost: 50, TaxPct: 30, UpfrontCost: 300},
			want: Month{N: 1, Costs: 50, Net: -50, Cumulative: -350},
		},
		{
			// 52 − 0 = 52 weeks → 52/12 weeks/month → 20 h × 52/12 = 86.67 h; × $30 = 2,600; no fees, no tax
			name: "no weeks off",
			h:    SideHustle{BillablePct: 100, HoursPerWeek: 20, StartRate: 30, RampedRate: 30},
			want: Month{N: 1, Rate: 30, Hours: 20.0 * 52 / 12, Gross: 2600, Net: 2600, Cumulative: 2600},
		},
		{
			// RampMonths 0: ramped rate and retainer from month 1: 40 h × $80 = 3,200 + 1,000 = 4,200;
			// 10% fees 420; 25% tax on 3,780 = 945; net 4,200 − 420 − 945 = 2,835
			name: "no ramp: ramped rate and retainer at once",
			h:    func() SideHustle { h := base(); h.StartRate, h.RampedRate, h.RetainerPerMonth = 20, 80, 1000; return h }(),
			want: Month{N: 1, Rate: 80, Hours: 40, Retainer: 1000, Gross: 4200, Fees: 420, Tax: 945, Net: 2835, Cumulative: 2835},
		},
		{
			// 100% fees: gross 2,000, fees 2,000, tax base 0 → tax 0, net 0
			name: "all of it to the platform",
			h:    func() SideHustle { h := base(); h.PlatformFeePct = 100; return h }(),
			want: Month{N: 1, Rate: 50, Hours: 40, Gross: 2000, Fees: 2000, Net: 0, Cumulative: 0},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := Project(Input{Hustle: &tc.h}).Hustle
			if got := s.Months[0]; !monthNear(got, tc.want) {
				t.Errorf("month 1 = %+v\nwant      %+v", got, tc.want)
			}
		})
	}
}

func monthNear(a, b Month) bool {
	return a.N == b.N && near(a.Rate, b.Rate) && near(a.Hours, b.Hours) && near(a.Retainer, b.Retainer) &&
		near(a.Gross, b.Gross) && near(a.Fees, b.Fees) && near(a.Costs, b.Costs) && near(a.Tax, b.Tax) &&
		near(a.Net, b.Net) && near(a.Cumulative, b.Cumulative)
}

func TestProjectRamp(t *testing.T) {
	tests := []struct {
		name     string
		h        SideHustle
		gross    []float64 // months 1..len
		retainer []float64
	}{
		{
			// 40 h/month, no fees or tax; ramp over 2 months from $50 to $100:
			// month 1 $50 → 2,000; month 2 $50 + 50×1/2 = $75 → 3,000; month 3 ramped $100 → 4,000
			name:  "two-month ramp",
			h:     SideHustle{BillablePct: 100, HoursPerWeek: 10, WeeksOffPerYear: 4, StartRate: 50, RampedRate: 100, RampMonths: 2},
			gross: []float64{2000, 3000, 4000, 4000},
		},
		{
			// as above with a $500 retainer from month 3, the first ramped month
			name:     "retainer once ramped",
			h:        SideHustle{BillablePct: 100, HoursPerWeek: 10, WeeksOffPerYear: 4, StartRate: 50, RampedRate: 100, RampMonths: 2, RetainerPerMonth: 500},
			gross:    []float64{2000, 3000, 4500, 4500},
			retainer: []float64{0, 0, 500, 500},
		},
		{
			// ramp over 4 months from $100 down to $60: $100, $90, $80, $70, then $60; × 40 h
			name:  "a falling rate ramps the same way",
			h:     SideHustle{BillablePct: 100, HoursPerWeek: 10, WeeksOffPerYear: 4, StartRate: 100, RampedRate: 60, RampMonths: 4},
			gross: []float64{4000, 3600, 3200, 2800, 2400, 2400},
		},
		{
			// a retainer alone, no hours: 0 for 3 months, then 1,200
			name:     "retainer only",
			h:        SideHustle{BillablePct: 100, RampMonths: 3, RetainerPerMonth: 1200},
			gross:    []float64{0, 0, 0, 1200, 1200},
			retainer: []float64{0, 0, 0, 1200, 1200},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := Project(Input{Hustle: &tc.h}).Hustle
			for i, want := range tc.gross {
				if got := s.Months[i].Gross; !near(got, want) {
					t.Errorf("month %d gross = %v, want %v", i+1, got, want)
				}
				if tc.retainer != nil && !near(s.Months[i].Retainer, tc.retainer[i]) {
					t.Errorf("month %d retainer = %v, want %v", i+1, s.Months[i].Retainer, tc.retainer[i])
				}
			}
		})
	}
}

func TestProjectMilestones(t *testing.T) {
	ramp := SideHustle{BillablePct: 100, HoursPerWeek: 10, WeeksOffPerYear: 4, StartRate: 50, RampedRate: 100, RampMonths: 2}
	tests := []struct {
		name               string
		in                 Input
		goalMonth, payback int
	}{
		// ramp nets (no fees, tax or costs): 2,000, 3,000, 4,000, …
		{name: "goal reached in month 3", in: Input{GoalPerMonth: 3500, Hustle: &ramp}, goalMonth: 3, payback: 1},
		{name: "goal met exactly", in: Input{GoalPerMonth: 3000, Hustle: &ramp}, goalMonth: 2, payback: 1},
		{name: "goal out of reach", in: Input{GoalPerMonth: 5000, Hustle: &ramp}, goalMonth: 0, payback: 1},
		{name: "no goal", in: Input{Hustle: &ramp}, goalMonth: 0, payback: 1},
		{
			// net 1,350/month from −3,000: −1,650, −300, +1,050 → payback in month 3
			name:    "payback month",
			in:      Input{Hustle: func() *SideHustle { h := base(); h.UpfrontCost = 3000; return &h }()},
			payback: 3,
		},
		{
			// −2,700 + 1,350 + 1,350 = 0 exactly → month 2
			name:    "payback at exactly zero",
			in:      Input{Hustle: func() *SideHustle { h := base(); h.UpfrontCost = 2700; return &h }()},
			payback: 2,
		},
		{
			// 24 × 1,350 = 32,400 < 100,000 → not within the horizon
			name: "payback beyond the horizon",
			in:   Input{Hustle: func() *SideHustle { h := base(); h.UpfrontCost = 100_000; return &h }()},
		},
		{
			// a 36-month horizon: 36 × 1,350 = 48,600 ≥ 40,000; 29 × 1,350 = 39,150 < 40,000; 30 × 1,350 = 40,500
			name:    "longer horizon reaches payback",
			in:      Input{Months: 36, Hustle: func() *SideHustle { h := base(); h.UpfrontCost = 40_000; return &h }()},
			payback: 30,
		},
		{
			// −0.9 + 0.3 + 0.3 + 0.3 is −1.1e-16 in floating point; the cent tolerance keeps month 3
			name:    "float dust does not move payback",
			in:      Input{Hustle: &SideHustle{BillablePct: 100, RetainerPerMonth: 0.3, UpfrontCost: 0.9}},
			payback: 3,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := Project(tc.in).Hustle
			if s.GoalMonth != tc.goalMonth || s.PaybackMonth != tc.payback {
				t.Errorf("goal month %d, payback month %d; want %d, %d", s.GoalMonth, s.PaybackMonth, tc.goalMonth, tc.payback)
			}
		})
	}
}

func TestProjectJob(t *testing.T) {
	tests := []struct {
		name               string
		job                Job
		goal               float64
		net                []float64 // months 1..len
		cum                []float64
		goalMonth, payback int
	}{
		{
			// 3 learning months at 0 from −2,000; then 120,000/12 = 10,000 gross, 30% tax 3,000, net 7,000;
			// cumulative −2,000, −2,000, −2,000, 5,000 → payback 4; goal 6,000 → month 4
			name:      "learning then hired",
			job:       Job{SalaryPerYear: 120_000, LearningMonths: 3, LearningCost: 2000, TaxPct: 30},
			goal:      6000,
			net:       []float64{0, 0, 0, 7000, 7000},
			cum:       []float64{-2000, -2000, -2000, 5000, 12000},
			goalMonth: 4, payback: 4,
		},
		{
			// no learning: 60,000/12 = 5,000, no tax; goal 6,000 never met
			name:    "hired at once, goal above the salary",
			job:     Job{SalaryPerYear: 60_000},
			goal:    6000,
			net:     []float64{5000, 5000},
			cum:     []float64{5000, 10000},
			payback: 1,
		},
		{
			// 30 learning months is past a 24-month horizon: no income, the cost never paid back
			name: "learning beyond the horizon",
			job:  Job{SalaryPerYear: 200_000, LearningMonths: 30, LearningCost: 5000},
			goal: 1000,
			net:  []float64{0, 0},
			cum:  []float64{-5000, -5000},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := Project(Input{GoalPerMonth: tc.goal, Job: &tc.job}).Job
			for i := range tc.net {
				m := s.Months[i]
				if !near(m.Net, tc.net[i]) || !near(m.Cumulative, tc.cum[i]) || m.Hours != 0 || m.Fees != 0 {
					t.Errorf("month %d = %+v, want net %v cumulative %v", i+1, m, tc.net[i], tc.cum[i])
				}
			}
			if s.GoalMonth != tc.goalMonth || s.PaybackMonth != tc.payback {
				t.Errorf("goal month %d, payback month %d; want %d, %d", s.GoalMonth, s.PaybackMonth, tc.goalMonth, tc.payback)
			}
		})
	}
}

func TestProjectShape(t *testing.T) {
	h, j := base(), Job{SalaryPerYear: 1}
	tests := []struct {
		name       string
		in         Input
		months     int
		hustle, jb bool
	}{
		{name: "default horizon", in: Input{Hustle: &h}, months: 24, hustle: true},
		{name: "custom horizon", in: Input{Months: 12, Job: &j}, months: 12, jb: true},
		{name: "horizon capped", in: Input{Months: 1000, Hustle: &h, Job: &j}, months: MaxMonths, hustle: true, jb: true},
		{name: "negative horizon means default", in: Input{Months: -5}, months: 24},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Project(tc.in)
			if r.Months != tc.months || (r.Hustle != nil) != tc.hustle || (r.Job != nil) != tc.jb {
				t.Fatalf("result = months %d hustle %v job %v", r.Months, r.Hustle != nil, r.Job != nil)
			}
			for _, s := range []*Series{r.Hustle, r.Job} {
				if s == nil {
					continue
				}
				if len(s.Months) != tc.months || s.Months[0].N != 1 || s.Months[tc.months-1].N != tc.months {
					t.Errorf("series has %d months", len(s.Months))
				}
			}
		})
	}
}

// TestProjectGuardsBadInput shows that Project reads unvalidated input the
// documented way instead of producing NaN, Inf or negative hours.
func TestProjectGuardsBadInput(t *testing.T) {
	nan, inf := math.NaN(), math.Inf(1)
	tests := []struct {
		name string
		h    SideHustle
		want Month // month 1
	}{
		{
			// NaN and negative values count as 0 → nothing at all
			name: "NaN and negatives are zero",
			h:    SideHustle{BillablePct: 100, HoursPerWeek: nan, WeeksOffPerYear: -4, StartRate: -50, RampedRate: nan, TaxPct: nan, MonthlyCost: -10},
			want: Month{N: 1},
		},
		{
			// +Inf hours count as 80, weeks off above 52 as 52 → 0 working weeks → 0 hours
			name: "no working weeks",
			h:    SideHustle{BillablePct: 100, HoursPerWeek: inf, WeeksOffPerYear: 60, StartRate: 50, RampedRate: 50},
			want: Month{N: 1, Rate: 50},
		},
		{
			// hours 80 (cap), 4 weeks off → 320 h; rate 10,000 (cap) → 3,200,000; fee 100% (cap) → net 0
			name: "values above the limits are capped",
			h:    SideHustle{BillablePct: 100, HoursPerWeek: 500, WeeksOffPerYear: 4, StartRate: 1e300, RampedRate: inf, PlatformFeePct: 250},
			want: Month{N: 1, Rate: 10_000, Hours: 320, Gross: 3_200_000, Fees: 3_200_000},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := Project(Input{GoalPerMonth: nan, Hustle: &tc.h}).Hustle
			if got := s.Months[0]; !monthNear(got, tc.want) {
				t.Errorf("month 1 = %+v\nwant      %+v", got, tc.want)
			}
			if s.GoalMonth != 0 {
				t.Errorf("a NaN goal was reached in month %d", s.GoalMonth)
			}
		})
	}
}

// TestBillableShareAndTheJobsPayGoal: only billed hours earn, and a job is
// measured against the pay it must reach (before tax) when one is given.
func TestBillableShareAndTheJobsPayGoal(t *testing.T) {
	h := SideHustle{BillablePct: 75, HoursPerWeek: 10, WeeksOffPerYear: 4, StartRate: 50, RampedRate: 50}
	r := Project(Input{Months: 3, Hustle: &h})
	if m := r.Hustle.Months[0]; m.Hours != 30 || m.Gross != 1500 {
		t.Errorf("75%% of 40 hours at $50: %v hours, $%v gross; want 30 and 1,500", m.Hours, m.Gross)
	}
	job := Job{SalaryPerYear: 120000, TaxPct: 25, LearningMonths: 1}
	for _, tt := range []struct {
		name          string
		goal, payGoal float64
		wantGoalMonth int
	}{
		{"a pay goal is met by the gross, before tax", 0, 10000, 2},
		{"a pay goal above the salary is never met", 0, 10001, 0},
		{"without a pay goal the job is held to the net goal", 7500, 0, 2},
		{"the net goal is after tax", 7600, 0, 0},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := Project(Input{Months: 6, GoalPerMonth: tt.goal, JobGoalPerMonth: tt.payGoal, Job: &job})
			if r.Job.GoalMonth != tt.wantGoalMonth {
				t.Errorf("goal month %d; want %d", r.Job.GoalMonth, tt.wantGoalMonth)
			}
		})
	}
}

// With a country, the income-tax rate and the country's cited contribution
// rule are taken off separately; the rule reads each month as a year of it.
func TestCountryContributionsJoinTheIncomeTax(t *testing.T) {
	t.Parallel()
	hustle := func(country string) *SideHustle {
		// 10 h a week, no weeks off: 130/3 hours a month; $30 an hour is $1,300 a month, $15,600 a year.
		return &SideHustle{HoursPerWeek: 10, BillablePct: 100, StartRate: 30, RampedRate: 30, TaxPct: 20, Country: country, HasDayJob: true}
	}
	yearTax := func(s *Series) (sum float64) {
		for _, m := range s.Months[:12] {
			sum += m.Tax
		}
		return sum
	}
	const profit = 15_600.0
	cases := []struct {
		country string
		want    float64 // income tax 20% + contributions, over the first year
	}{
		{"", profit * 0.20},                        // older inputs: TaxPct covers everything
		{"us", profit * (0.20 + 0.153)},            // IRS: 15.3% of self-employment profit
		{"uk", profit*0.20 + 0.06*(profit-12_570)}, // Class 4: 6% above £12,570
		{"ca", profit*0.20 + 0.119*profit},         // CPP, a day job used the exemption
		{"au", profit * (0.20 + 0.02)},             // the Medicare levy
		{"other", profit * 0.20},                   // no rule we can cite
	}
	for _, c := range cases {
		r := Project(Input{Months: 24, Hustle: hustle(c.country)})
		if got := yearTax(r.Hustle); math.Abs(got-c.want) > 0.01 {
			t.Errorf("country %q: first-year tax %.2f, want %.2f", c.country, got, c.want)
		}
		for _, m := range r.Hustle.Months {
			if math.Abs(m.Gross-m.Fees-m.Costs-m.Tax-m.Net) > 1e-9 {
				t.Fatalf("country %q month %d: net %.2f is not gross less fees, costs and tax", c.country, m.N, m.Net)
			}
		}
	}
}
