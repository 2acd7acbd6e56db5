package compare

import (
	"math"
	"strconv"
	"testing"

	"github.com/crossroads/crossroads/internal/catalog"
	"github.com/crossroads/crossroads/internal/projection"
	"github.com/crossroads/crossroads/internal/questionnaire"
)

func personAt(hours, goal int, country string) questionnaire.Answers {
	a := questionnaire.Answers{
		questionnaire.HustleHours: {strconv.Itoa(hours)}, questionnaire.IncomeGoal: {strconv.Itoa(goal)},
		questionnaire.DayJob: {"keep"}, questionnaire.DayJobHours: {"40"}, questionnaire.TakeHome: {"4000"},
	}
	if country != "" {
		a[questionnaire.Country] = []string{country}
	}
	return a
}

func mustPath(t *testing.T, id string) catalog.Path {
	t.Helper()
	p, ok := catalog.ByID(id)
	if !ok {
		t.Fatalf("no path %q", id)
	}
	return p
}

// The line for 8, 12 and 20 hours differs, and each figure is the
// comparison's own projection to the cent.
func TestPersonalLineFollowsTheHoursAndMatchesTheComparison(t *testing.T) {
	t.Parallel()
	p := mustPath(t, "social-media-management")
	var last float64
	for _, hours := range []int{8, 12, 20} {
		a := personAt(hours, 1500, "")
		got := PersonalFor(p, a)
		h := got.Hustle
		if h == nil || !h.HasRate {
			t.Fatalf("%d h: no side-hustle money line: %+v", hours, got)
		}
		if h.Net <= last {
			t.Errorf("%d h: net %.2f a month is not above %.2f at fewer hours", hours, h.Net, last)
		}
		last = h.Net

		// The same person's comparison of the same path, projected as the comparison page does.
		c, _ := New([]string{p.ID}, a)
		c.Hustle.Country, c.Hustle.TaxPct, c.Hustle.HasDayJob = "us", 0, true
		res := projection.Project(c.Projection())
		m := res.Hustle.Months[h.Established-1]
		if math.Abs(m.Net-h.Net) > 0.005 || res.Hustle.GoalMonth != h.GoalMonth {
			t.Errorf("%d h: line nets %.2f (goal month %d), the comparison %.2f (goal month %d)", hours, h.Net, h.GoalMonth, m.Net, res.Hustle.GoalMonth)
		}
		// Worked by hand: hours a month billed at 70% (our share) over 4 weeks off.
		billed := float64(hours) * (52.0 - 4) / 12 * 0.70
		if math.Abs(h.GrossLow-billed*22.42) > 0.005 || math.Abs(h.GrossHigh-billed*41.05) > 0.005 || math.Abs(h.Gross-billed*30.20) > 0.005 {
			t.Errorf("%d h: gross %.2f–%.2f (planning %.2f), want %.2f–%.2f (%.2f)", hours, h.GrossLow, h.GrossHigh, h.Gross,
				billed*22.42, billed*41.05, billed*30.20)
		}
		// Net: less Upwork's 5% and then 15.3% of the profit (IRS), no income tax.
		if want := billed * 30.20 * 0.95 * (1 - 0.153); math.Abs(h.Net-want) > 0.005 {
			t.Errorf("%d h: net %.2f, want %.2f", hours, h.Net, want)
		}
		if want := h.Net / (float64(hours) * 4); math.Abs(h.PerHourWorked-want) > 0.005 {
			t.Errorf("%d h: %.2f for each hour worked, want %.2f (unbilled hours count)", hours, h.PerHourWorked, want)
		}
		if want := 4000 / (40 * 52.0 / 12); math.Abs(h.DayJobPerHour-want) > 0.005 {
			t.Errorf("day job: %.2f an hour, want %.2f", h.DayJobPerHour, want)
		}
	}
}

// A person whose hours cannot reach the goal is told the hours it would take.
func TestPersonalLineSaysTheHoursAGoalNeeds(t *testing.T) {
	t.Parallel()
	p := mustPath(t, "copywriting")
	h := PersonalFor(p, personAt(5, 2000, "")).Hustle
	if h.GoalMonth != 0 || h.HoursForGoal == 0 {
		t.Fatalf("5 h a week at about $30 an hour cannot net $2,000: goal month %d, hours for goal %v", h.GoalMonth, h.HoursForGoal)
	}
	more := PersonalFor(p, personAt(int(math.Ceil(h.HoursForGoal)), 2000, "")).Hustle
	if more.Net < 2000 || more.GoalMonth == 0 {
		t.Errorf("at the %v hours it names, the net is %.2f and the goal month %d", h.HoursForGoal, more.Net, more.GoalMonth)
	}
	if less := PersonalFor(p, personAt(int(h.HoursForGoal)-1, 2000, "")).Hustle; less.Net >= 2000 {
		t.Errorf("an hour fewer than it names already nets %.2f", less.Net)
	}
	if far := PersonalFor(p, personAt(5, 90000, "")).Hustle; far.HoursForGoal != 0 {
		t.Errorf("a goal out of reach at 80 hours names %v hours", far.HoursForGoal)
	}
}

// Each country's contributions, by the cited rule, on the same work: a
// comparison made from a person's answers, at a rate they entered in their
// own currency (100 an hour, 10 hours a week), takes off the country's
// contributions and nothing else. Worked examples, month 13 (established):
// gross = 100 × 10 h × 70% billed × 48/12 weeks = 2,800; profit after the
// 5% fee = 2,660 a month, 31,920 a year.
//   - US: 15.3% of profit (IRS) → 2,253.02.
//   - UK: 6% of the year's profit above £12,570 (GOV.UK 2024–25):
//     (31,920 − 12,570) × 6% / 12 = 96.75 → 2,563.25.
//   - Canada, with a day job that used the basic exemption: 11.9% (CRA
//     2025) → 2,343.46.
//   - Australia: the 2% Medicare levy → 2,606.80.
//   - Elsewhere: no rule we can cite → 2,660.
func TestComparisonTakesOffTheCountrysContributions(t *testing.T) {
	t.Parallel()
	want := map[string]float64{"us": 2253.02, "uk": 2563.25, "ca": 2343.46, "au": 2606.80, "other": 2660}
	for country, net := range want {
		c, d := New([]string{"seo-consulting"}, personAt(10, 0, country))
		c.Hustle.StartRate, c.Hustle.RampedRate, c.Hustle.RetainerPerMonth = 100, 100, 0
		if country != "us" && (d.For("hustle.tax_pct").Value != 0 || c.Hustle.TaxPct != 0) {
			t.Errorf("%s: the tax input starts at %v; outside the US it is income tax only, 0 until entered", country, c.Hustle.TaxPct)
		}
		res := projection.Project(c.Projection())
		m := res.Hustle.Months[12]
		if math.Abs(m.Gross-2800) > 0.01 || math.Abs(m.Net-net) > 0.01 {
			t.Errorf("%s: month 13 grosses %.2f and nets %.2f; want 2800.00 and %.2f", country, m.Gross, m.Net, net)
		}
		if got := PersonalFor(mustPath(t, "copywriting"), personAt(10, 0, country)).Country; string(got) != country {
			t.Errorf("%s: the personal line is for %s", country, got)
		}
	}
}

// A UK person's line is in pounds from a UK survey, with the UK's own
// contributions; a Canadian's shows the US rate as published, in US
// dollars, after the fee only and never against their goal or day job.
func TestPersonalLineInThePersonsCurrency(t *testing.T) {
	t.Parallel()
	uk := PersonalFor(mustPath(t, "copywriting"), personAt(12, 1500, "uk")).Hustle
	if uk.Foreign || uk.Rate.Source.Currency != "GBP" || uk.Rate.Typical != 379.0/catalog.HoursPerDay {
		t.Fatalf("UK copywriting plans with %v %s an hour (foreign %v)", uk.Rate.Typical, uk.Rate.Source.Currency, uk.Foreign)
	}
	// 47.375 × 12 h × 70% × 4 = 1,591.80 gross; 1,512.21 after the fee;
	// a year's 18,146.52 is 5,576.52 above £12,570: 6% is 27.88 a month.
	if math.Abs(uk.Gross-1591.80) > 0.01 || math.Abs(uk.Net-1484.33) > 0.01 {
		t.Errorf("UK at 12 h: gross %.2f, net %.2f; want 1591.80 and 1484.33", uk.Gross, uk.Net)
	}
	if uk.Goal != 1500 || uk.GoalMonth != 0 || uk.HoursForGoal == 0 || uk.DayJobPerHour == 0 {
		t.Errorf("UK: goal %v reached month %d, needs %v h; day job %v an hour", uk.Goal, uk.GoalMonth, uk.HoursForGoal, uk.DayJobPerHour)
	}
	ca := PersonalFor(mustPath(t, "copywriting"), personAt(12, 1500, "ca")).Hustle
	us := PersonalFor(mustPath(t, "copywriting"), personAt(12, 1500, "us")).Hustle
	if !ca.Foreign || ca.Rate.Source.Currency != "USD" || ca.Gross != us.Gross {
		t.Fatalf("Canada: foreign %v, %s, gross %.2f; want the US rate as published, gross %.2f", ca.Foreign, ca.Rate.Source.Currency, ca.Gross, us.Gross)
	}
	if math.Abs(ca.Net-ca.Gross*0.95) > 0.01 || ca.Goal != 0 || ca.GoalMonth != 0 || ca.HoursForGoal != 0 || ca.DayJobPerHour != 0 {
		t.Errorf("Canada: net %.2f of %.2f, goal %v (month %d, %v h), day job %v: a US figure is never set against Canadian amounts",
			ca.Net, ca.Gross, ca.Goal, ca.GoalMonth, ca.HoursForGoal, ca.DayJobPerHour)
	}
}

// A job compares its pay with what the person said a job must pay.
func TestPersonalLineForAJob(t *testing.T) {
	t.Parallel()
	a := personAt(10, 500, "")
	a[questionnaire.JobPayGoal] = []string{"9000"}
	j := PersonalFor(mustPath(t, "ai-research-scientist"), a).Job
	if j == nil || j.Salary.Value != 136620 || j.PayGoal != 9000 || j.TakeHome != 4000 || !j.MeetsGoal {
		t.Errorf("research scientist against a $9,000 pay goal: %+v", j)
	}
	a[questionnaire.JobPayGoal] = []string{"20000"}
	if j := PersonalFor(mustPath(t, "ai-research-scientist"), a).Job; j.MeetsGoal {
		t.Errorf("$136,620 a year meets a $20,000-a-month goal: %+v", j)
	}
	if h := PersonalFor(mustPath(t, "ai-research-scientist"), a).Hustle; h != nil {
		t.Error("a job has a side-hustle line")
	}
}

func FuzzPersonal(f *testing.F) {
	f.Add("social-media-management", "8", "1500", "uk", "40", "3000")
	f.Add("ai-micro-saas", "-3", "NaN", "xx", "0", "")
	f.Add("seo-consulting", "80", "1e9", "ca", "100", "999999999")
	f.Fuzz(func(t *testing.T, id, hours, goal, country, dayHours, takeHome string) {
		p, ok := catalog.ByID(id)
		if !ok {
			return
		}
		got := PersonalFor(p, questionnaire.Answers{questionnaire.HustleHours: {hours}, questionnaire.IncomeGoal: {goal},
			questionnaire.Country: {country}, questionnaire.DayJobHours: {dayHours}, questionnaire.TakeHome: {takeHome}})
		if h := got.Hustle; h != nil {
			for _, v := range []float64{h.Gross, h.Net, h.GrossLow, h.GrossHigh, h.PerHourWorked, h.DayJobPerHour, h.HoursForGoal} {
				if math.IsNaN(v) || math.IsInf(v, 0) {
					t.Fatalf("%s: a figure is not a number: %+v", id, h)
				}
			}
			if h.GrossLow > h.Gross || h.Gross > h.GrossHigh || h.Net > h.Gross+0.005 {
				t.Fatalf("%s: low %.2f ≤ gross %.2f ≤ high %.2f and net %.2f ≤ gross do not hold", id, h.GrossLow, h.Gross, h.GrossHigh, h.Net)
			}
		}
	})
}
