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

// Each country's contributions, by the cited rule, on the same work.
func TestPersonalLineTakesOffTheCountrysContributions(t *testing.T) {
	t.Parallel()
	p := mustPath(t, "seo-consulting")
	nets := map[string]float64{}
	for _, c := range []string{"us", "uk", "ca", "au", "other"} {
		h := PersonalFor(p, personAt(10, 0, c)).Hustle
		nets[c] = h.Net
		profit := h.Gross * 0.95
		var want float64
		switch c {
		case "us":
			want = profit * (1 - 0.153)
		case "ca":
			want = profit * (1 - 0.119) // a day job used the exemption
		case "au":
			want = profit * (1 - 0.02)
		case "other":
			want = profit
		}
		if c != "uk" && math.Abs(h.Net-want) > 0.01 {
			t.Errorf("%s: net %.2f, want %.2f", c, h.Net, want)
		}
	}
	if !(nets["other"] > nets["au"] && nets["au"] > nets["uk"] && nets["uk"] > nets["ca"] && nets["ca"] > nets["us"]) {
		t.Errorf("nets by country %v: want none taken elsewhere, then 2%%, UK bands, 11.9%%, 15.3%%", nets)
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
