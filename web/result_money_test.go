package web

import (
	"strconv"
	"strings"
	"testing"

	"github.com/crossroads/crossroads/internal/catalog"
	"github.com/crossroads/crossroads/internal/compare"
	"github.com/crossroads/crossroads/internal/money"
	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/scoring"
)

func moneyPerson(hours int) questionnaire.Answers {
	return questionnaire.Answers{
		questionnaire.HustleHours: {strconv.Itoa(hours)}, questionnaire.IncomeGoal: {"1500"},
		questionnaire.DayJob: {"keep"}, questionnaire.DayJobHours: {"40"}, questionnaire.TakeHome: {"4000"},
		questionnaire.JobPayGoal: {"9000"},
	}
}

// The first screen's money line follows the person's own hours, matches
// the comparison engine to the dollar, and never gives a side hustle a
// yearly salary.
func TestMoneyLineIsPersonal(t *testing.T) {
	t.Parallel()
	p, _ := catalog.ByID("social-media-management")
	seen := map[string]bool{}
	for _, hours := range []int{8, 12, 20} {
		a := moneyPerson(hours)
		line := reasons{answers: a, voice: scoring.Owner}.moneyLine(p)
		want := compare.PersonalFor(p, a).Hustle
		if !strings.Contains(line.Value, " a month at your "+strconv.Itoa(hours)+" hours a week from month 13") ||
			!strings.Contains(line.Value, money.US.Format(money.USD(want.Net))+" kept after fee and self-employment tax") ||
			!strings.Contains(line.Value, money.US.Format(money.USD(want.GrossLow))+"–"+money.US.Format(money.USD(want.GrossHigh))) {
			t.Errorf("%d h: %q does not state the engine's figures %+v", hours, line.Value, want)
		}
		if strings.Contains(line.Value, "a year") || seen[line.Value] {
			t.Errorf("%d h: %q (a yearly figure, or the same line as at other hours)", hours, line.Value)
		}
		seen[line.Value] = true
		if !strings.Contains(line.Origin, "ours: 70% billed") || line.Source == nil || !strings.HasPrefix(line.Source.URL, "/sources#public--") {
			t.Errorf("%d h: origin %q, source %+v: the rate's page and our assumptions must be named", hours, line.Origin, line.Source)
		}
	}
	if got := (reasons{answers: moneyPerson(8), voice: scoring.Owner}).moneyLine(p).Value; !strings.Contains(got, "Your $1,500 goal needs about ") {
		t.Errorf("8 h cannot reach $1,500 at about $30 an hour: %q", got)
	}
	share := reasons{answers: moneyPerson(20), voice: scoring.Viewer}.moneyLine(p)
	if !strings.Contains(share.Value, "a month at their 20 hours a week from month 13") || strings.Contains(share.Value, "you") || share.Label != "What it earns them" {
		t.Errorf("share voice: %q / %q", share.Label, share.Value)
	}
}

func TestMoneyLineForAJobAndAPathWithoutARate(t *testing.T) {
	t.Parallel()
	job, _ := catalog.ByID("ai-research-scientist")
	line := reasons{answers: moneyPerson(10), voice: scoring.Owner}.moneyLine(job)
	if !strings.Contains(line.Value, "$136,620 a year") || !strings.Contains(line.Value, "above the $9,000 a month you said a new job must pay") ||
		!strings.Contains(line.Value, "$4,000 you take home today") || line.Source == nil {
		t.Errorf("job line: %q (%+v)", line.Value, line.Source)
	}
	saas, _ := catalog.ByID("ai-micro-saas")
	if got := (reasons{answers: moneyPerson(10), voice: scoring.Owner}).moneyLine(saas); !strings.HasPrefix(got.Value, "No published rate") {
		t.Errorf("micro-SaaS: %q", got.Value)
	}
}

// Three people in three countries read the line in their own currency:
// in the UK from a UK survey in pounds with Class 4 taken off; in Canada
// the US rate as published in US dollars, said to be so, never set
// against their Canadian-dollar goal; a job's US pay is never converted.
func TestMoneyLineInThePersonsCurrency(t *testing.T) {
	t.Parallel()
	p, _ := catalog.ByID("copywriting")
	uk := moneyPerson(12)
	uk[questionnaire.Country] = []string{"uk"}
	want := compare.PersonalFor(p, uk).Hustle
	line := reasons{answers: uk, voice: scoring.Owner}.moneyLine(p)
	gbp := func(v float64) string { return money.UK.Format(money.UK.In(v)) }
	for _, part := range []string{"About " + gbp(want.Gross) + " a month at your 12 hours a week", gbp(want.Net) + " kept after fee and Class 4 National Insurance",
		"Your £1,500 goal needs about "} {
		if !strings.Contains(line.Value, part) {
			t.Errorf("UK: %q lacks %q", line.Value, part)
		}
	}
	if strings.Contains(line.Value, "$") || !strings.Contains(line.Origin, "reported by Katie Lingo") || !strings.Contains(line.Origin, "a day is 8 hours") {
		t.Errorf("UK: %q (origin %q): pounds only, the secondary report and our day named", line.Value, line.Origin)
	}

	ca := moneyPerson(20)
	ca[questionnaire.Country] = []string{"ca"}
	got := compare.PersonalFor(p, ca).Hustle
	line = reasons{answers: ca, voice: scoring.Viewer}.moneyLine(p)
	usd := func(v float64) string { return money.Canada.Format(money.USD(v)) }
	if !strings.Contains(line.Value, "About "+usd(got.Gross)+" a month at their 20 hours a week") || !strings.Contains(line.Value, "after the platform fee: a US rate in US dollars, not converted, so not set against their goal in Canadian dollars.") ||
		strings.Contains(line.Value, "goal needs") || strings.Contains(line.Value, "1,500") || !strings.HasPrefix(usd(1), "US$") {
		t.Errorf("Canada: %q", line.Value)
	}

	job, _ := catalog.ByID("ai-research-scientist")
	au := moneyPerson(10)
	au[questionnaire.Country] = []string{"au"}
	line = reasons{answers: au, voice: scoring.Owner}.moneyLine(job)
	if !strings.Contains(line.Value, money.Australia.Format(money.USD(136620))+" a year in the United States") || strings.Contains(line.Value, "above") || strings.Contains(line.Value, "below") {
		t.Errorf("Australia, a job: %q", line.Value)
	}
}
