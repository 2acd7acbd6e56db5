package projection

import (
	"math"
	"testing"
)

func FuzzProject(f *testing.F) {
	f.Fuzz(func(t *testing.T, months int, goal, hours, weeksOff, start, ramped float64, ramp int,
		retainer, fee, tax, upfront, monthly, salary float64, learning int, learningCost, jobTax float64) {
		in := Input{
			Months: months, GoalPerMonth: goal,
			Hustle: &SideHustle{BillablePct: 100, HoursPerWeek: hours, WeeksOffPerYear: weeksOff, StartRate: start, RampedRate: ramped,
				RampMonths: ramp, RetainerPerMonth: retainer, PlatformFeePct: fee, TaxPct: tax, UpfrontCost: upfront, MonthlyCost: monthly},
			Job: &Job{SalaryPerYear: salary, LearningMonths: learning, LearningCost: learningCost, TaxPct: jobTax},
		}
		_ = Validate(in)
		r := Project(in)
		n := Horizon(months)
		if r.Months != n || n < 1 || n > MaxMonths {
			t.Fatalf("horizon %d for %d requested", r.Months, months)
		}
		for _, s := range []*Series{r.Hustle, r.Job} {
			if len(s.Months) != n {
				t.Fatalf("%d months, want %d", len(s.Months), n)
			}
			if s.GoalMonth < 0 || s.GoalMonth > n || s.PaybackMonth < 0 || s.PaybackMonth > n {
				t.Errorf("milestones out of range: goal %d payback %d", s.GoalMonth, s.PaybackMonth)
			}
			finite(t, "weeks per month", s.WeeksPerMonth)
			finite(t, "start", s.Start)
			cum := s.Start
			for i, m := range s.Months {
				if m.N != i+1 {
					t.Errorf("month %d numbered %d", i+1, m.N)
				}
				for _, x := range []float64{m.Rate, m.Hours, m.Retainer, m.Gross, m.Fees, m.Costs, m.Tax, m.Net, m.Cumulative} {
					finite(t, "month value", x)
				}
				if m.Hours < 0 || m.Rate < 0 || m.Gross < 0 || m.Fees < 0 || m.Costs < 0 || m.Tax < 0 {
					t.Errorf("negative step in month %d: %+v", m.N, m)
				}
				// every step is visible: the parts add up
				if d := m.Gross - m.Fees - m.Costs - m.Tax - m.Net; math.Abs(d) > 1e-6*max(1, m.Gross) {
					t.Errorf("month %d: net does not follow from its parts: %+v", m.N, m)
				}
				cum += m.Net
				if math.Abs(cum-m.Cumulative) > 1e-6*max(1, math.Abs(cum)) {
					t.Errorf("month %d: cumulative %v, want %v", m.N, m.Cumulative, cum)
				}
			}
		}
	})
}

func finite(t *testing.T, what string, x float64) {
	t.Helper()
	if math.IsNaN(x) || math.IsInf(x, 0) {
		t.Errorf("%s is %v", what, x)
	}
}

func BenchmarkProject(b *testing.B) {
	in := Input{
		GoalPerMonth: 3000,
		Hustle: &SideHustle{BillablePct: 100, HoursPerWeek: 10, WeeksOffPerYear: 4, StartRate: 50, RampedRate: 100, RampMonths: 6,
			RetainerPerMonth: 500, PlatformFeePct: 10, TaxPct: 25, UpfrontCost: 300, MonthlyCost: 40},
		Job: &Job{SalaryPerYear: 90_000, LearningMonths: 9, LearningCost: 2000, TaxPct: 30},
	}
	b.ReportAllocs()
	for b.Loop() {
		Project(in)
	}
}
